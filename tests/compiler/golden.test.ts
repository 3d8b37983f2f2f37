/**
 * The exact output of check:data for a directory with one problem of each class: a file that
 * does not parse (reported once, no cascade), misspelt keys, relation types and IDs (did you mean),
 * relation kinds checked alongside schema errors, mermaid errors mapped to the YAML line with a
 * caret, diagrams mermaid parses but cannot draw, real markup — and a diagram with comparisons,
 * colour comments and odd line breaks that must be accepted.
 * Regenerate after an intended change: ATLAS_UPDATE_GOLDEN=1 npx vitest run tests/compiler/golden.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileData } from '../../compiler/compile';
import { formatProblem } from '../../compiler/problems';

const ROOT = join(import.meta.dirname, '..', '..');
const BROKEN = join(ROOT, 'tests', 'fixtures', 'broken');
const GOLDEN = join(ROOT, 'tests', 'fixtures', 'broken.expected.txt');

describe('check:data output on a broken directory (golden)', () => {
  it('prints exactly the expected problems', async () => {
    const r = await compileData(BROKEN, { skipLayout: true, diagrams: { cacheFile: null } });
    expect(r.ok).toBe(false);
    const text = r.problems.map((p) => formatProblem({ ...p, file: relative(ROOT, join(process.cwd(), p.file)) })).join('\n') + '\n';
    if (process.env.ATLAS_UPDATE_GOLDEN) writeFileSync(GOLDEN, text);
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'));
  }, 120_000);
});
