/**
 * Property: a diagram the compiler accepts (static rules, then mermaid parse and render in the
 * Node worker with the app's config) renders in Chromium with the app's config — no error card.
 * Generated flowcharts, sequence and state diagrams with labels full of the characters that trip
 * mermaid up (<, >, #, :, quotes, brackets, breaks).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDiagrams } from '../../compiler/diagrams/check-diagrams';
import { staticDiagramProblems } from '../../compiler/diagrams/static-checks';
import { openRenderer, type BrowserRender } from '../../compiler/diagrams/browser-render';

const piece = fc.constantFrom('Latency', '<', '>', ' < ', '<200ms', '#10B981', ' #', ':', '(', ')', '[', ']', '{', '&', '<br/>', '<br//>', 'p99', ' ', '=', '"', "'", 'é', '-->', '<b>', '%');
const label = fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join('').trim() || 'x');
const diagram = fc.oneof(
  fc.array(label, { minLength: 2, maxLength: 5 }).map((ls) => `flowchart LR\n${ls.map((l, i) => `  N${i}["${l}"] --> N${i + 1}`).join('\n')}`),
  fc.array(label, { minLength: 1, maxLength: 4 }).map((ls) => `sequenceDiagram\n${ls.map((l) => `  A->>B: ${l}`).join('\n')}`),
  fc.array(label, { minLength: 1, maxLength: 4 }).map((ls) => `stateDiagram-v2\n  [*] --> S0\n${ls.map((l, i) => `  S${i} --> S${i + 1}: ${l}`).join('\n')}`),
);

let renderer: BrowserRender;
beforeAll(async () => {
  renderer = await openRenderer();
});
afterAll(async () => {
  await renderer?.close();
});

describe('accepted diagrams render in Chromium (property)', () => {
  it('every generated diagram the compiler accepts renders without an error', async () => {
    const sources = fc.sample(diagram, { numRuns: 60, seed: 14 });
    const statically = sources.filter((s) => staticDiagramProblems(s).length === 0);
    const jobs = statically.map((source, i) => ({ file: `g${i}`, path: 'diagrams[0].source', source }));
    const refused = new Set((await checkDiagrams(jobs, { cacheFile: null })).map((p) => p.file));
    const accepted = jobs.filter((j) => !refused.has(j.file));
    expect(accepted.length).toBeGreaterThan(10);
    const failures: string[] = [];
    for (const j of accepted) {
      const r = await renderer.render(j.source);
      if (!r.ok) failures.push(`${JSON.stringify(j.source)}: ${r.error}`);
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
