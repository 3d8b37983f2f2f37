import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileData } from '../../compiler/compile';
import { problemHeadline } from '../../compiler/problems';
import { fixtureDir, MINI } from './fixture-dir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function problemsFor(files: Record<string, string | Uint8Array | null>, parse = false): Promise<string[]> {
  const { dir, cleanup } = fixtureDir(files);
  cleanups.push(cleanup);
  const r = await compileData(dir, { skipDiagramParse: !parse, skipLayout: true, diagrams: { cacheFile: null } });
  return r.ok ? [] : r.problems.map((p) => problemHeadline({ ...p, file: p.file.replace(/^.*atlas-fixture-[^/]+\//, '') }));
}

const mechanism = (extra: string) => `id: M5
name: Consensus
summary: Agreement.
confidence: A
maturity: battle-tested
category: Agreement
sources:
  - { url: "https://example.org/raft", title: Raft, year: 2014 }
${extra}`;

describe('compiler', () => {
  it('compiles the mini fixture into a bundle with entities, edges, paths and layout', async () => {
    const r = await compileData(MINI, { diagrams: { cacheFile: null } });
    expect(r.problems).toEqual([]);
    if (!r.ok) return;
    expect(r.bundle.format).toBe('atlas-bundle');
    expect(r.bundle.entities.map((e) => e.id)).toEqual(['G-LIN', 'G-SEQ', 'M5', 'MP5', 'SP1', 'CS-NETFLIX', 'INC-EXAMPLE-2020']);
    expect(r.bundle.edges).toContainEqual({ source: 'G-LIN', target: 'M5', type: 'requires', why: 'Replicas agree on one order.' });
    expect(r.bundle.paths[0].id).toBe('mini-walk');
    expect(Object.keys(r.bundle.layout)).toHaveLength(7);
    expect(r.bundle.entities[0]).toMatchObject({ id: 'G-LIN', kind: 'guarantee', file: 'guarantees/G-LIN.yaml' });
    expect(r.bundle.entities[0]).not.toHaveProperty('relations');
  });

  it('lays out deterministically', async () => {
    const a = await compileData(MINI, { skipDiagramParse: true });
    const b = await compileData(MINI, { skipDiagramParse: true });
    expect(a.ok && b.ok && a.bundle.layout).toEqual(b.ok && b.bundle.layout);
  });

  const table: [string, Record<string, string | Uint8Array | null>, string][] = [
    ['unknown keys', { 'mechanisms/M5.yaml': mechanism('colour: red\n') }, 'mechanisms/M5.yaml:9:1: unknown field "colour"'],
    ['wrong types', { 'mechanisms/M5.yaml': mechanism('parameters: 12\n') }, 'mechanisms/M5.yaml:9:13: parameters: must be array, found number'],
    ['null where text is required', { 'mechanisms/M5.yaml': mechanism('').replace('summary: Agreement.', 'summary: null') }, 'mechanisms/M5.yaml:3:10: summary: must be string, found null'],
    ['missing required field', { 'mechanisms/M5.yaml': mechanism('').replace('category: Agreement\n', '') }, 'mechanisms/M5.yaml:1:1: category: is required'],
    ['empty file', { 'mechanisms/M5.yaml': '' }, 'mechanisms/M5.yaml: file is empty'],
    ['top-level list', { 'mechanisms/M5.yaml': '- a\n- b\n' }, 'mechanisms/M5.yaml:1:1: expected a mapping of fields at the top level, found a list'],
    ['same ID in two files', { 'mechanisms/M6.yaml': mechanism('') }, 'mechanisms/M6.yaml:1:5: id: "M5" does not match the file name "M6"'],
    ['dangling reference', { 'mechanisms/M5.yaml': mechanism('relations:\n  - { type: uses, to: M55 }\n') }, 'mechanisms/M5.yaml:10:23: relations[0].to: unknown entity "M55" (did you mean "M5" or "MP5"?)'],
    ['empty reference', { 'mechanisms/M5.yaml': mechanism('relations:\n  - { type: uses, to: "" }\n') }, 'mechanisms/M5.yaml:10:23: relations[0].to: must name an entity'],
    ['relation that does not fit the kinds', { 'mechanisms/M5.yaml': mechanism('relations:\n  - { type: requires, to: G-LIN }\n') }, 'mechanisms/M5.yaml:10:13: relations[0].type: "requires" cannot join a mechanism to a guarantee'],
    ['self reference', { 'mechanisms/M5.yaml': mechanism('relations:\n  - { type: uses, to: M5 }\n') }, 'relations[0].to: an entity cannot relate to itself'],
    ['ID with selector characters', { 'mechanisms/M5.yaml': mechanism('').replace('id: M5', 'id: "M5[x]"') }, 'mechanisms/M5.yaml:1:5: id: "M5[x]" does not follow the mechanism ID convention'],
    ['ID with bidi characters', { 'mechanisms/M5.yaml': mechanism('').replace('id: M5', 'id: "M\u202e5"') }, 'does not follow the mechanism ID convention'],
    ['ID with a confusable (Cyrillic) letter', { 'mechanisms/M5.yaml': mechanism('').replace('id: M5', 'id: "\u041c5"') }, 'does not follow the mechanism ID convention'],
    ['control characters in text', { 'mechanisms/M5.yaml': mechanism('').replace('summary: Agreement.', 'summary: "Agree\u0007ment"') }, 'mechanisms/M5.yaml:3:10: summary: contains control, zero-width or bidi characters'],
    ['oversized string', { 'mechanisms/M5.yaml': mechanism('').replace('name: Consensus', `name: ${'x'.repeat(500)}`) }, 'mechanisms/M5.yaml:2:7: name: must be at most 120 characters'],
    ['non-http link', { 'mechanisms/M5.yaml': mechanism('').replace('https://example.org/raft', 'javascript:alert(1)') }, 'mechanisms/M5.yaml:8:12: sources[0].url: must be an absolute http(s) URL'],
    ['year in the future', { 'mechanisms/M5.yaml': mechanism('').replace('year: 2014', 'year: 2999') }, 'mechanisms/M5.yaml:8:59: sources[0].year: must not be in the future'],
    ['duplicate keys', { 'mechanisms/M5.yaml': mechanism('name: Again\n') }, 'mechanisms/M5.yaml:9:1: YAML error: Map keys must be unique'],
    ['stray file', { 'mechanisms/notes.txt': 'hello' }, 'mechanisms/notes.txt: not a .yaml file'],
    ['unknown folder', { 'widgets/W1.yaml': 'id: W1\n' }, 'widgets: unknown folder'],
    ['path step to an unknown entity', { 'paths/mini-walk.yaml': 'id: mini-walk\ntitle: T\ndescription: D\nsteps:\n  - { entity: MP5, verb: Read, why: x }\n  - { entity: NOPE, verb: Read, why: y }\n' }, 'paths/mini-walk.yaml:6:15: steps[1].entity: unknown entity "NOPE"'],
    ['diagram with an init directive', { 'mechanisms/M5.yaml': mechanism("diagrams:\n  - title: T\n    type: how-it-works\n    source: |\n      %%{init: {'securityLevel': 'loose'}}%%\n      flowchart LR\n        A --> B\n") }, 'mechanisms/M5.yaml:13:7: diagrams[0].source: init directives'],
    ['diagram with a click callback', { 'mechanisms/M5.yaml': mechanism('diagrams:\n  - title: T\n    type: how-it-works\n    source: |\n      flowchart LR\n        A --> B\n        click A call alert()\n') }, 'diagrams[0].source: click/call/href interactions are not allowed'],
    ['diagram with script HTML', { 'mechanisms/M5.yaml': mechanism('diagrams:\n  - title: T\n    type: how-it-works\n    source: |\n      flowchart LR\n        A["<img src=x onerror=alert(1)>"] --> B\n') }, 'mechanisms/M5.yaml:14:12: diagrams[0].source: HTML tag "<img src=x onerror=alert(1)>" is not allowed'],
    ['diagram over 50,000 characters', { 'mechanisms/M5.yaml': mechanism(`diagrams:\n  - title: T\n    type: how-it-works\n    source: "flowchart LR\\n${'A-->B\\n'.repeat(9000)}"\n`) }, 'diagrams[0].source: must be at most 50000 characters'],
  ];
  it.each(table)('reports %s with file and field', async (_name, files, expected) => {
    const problems = await problemsFor(files);
    expect(problems.join('\n')).toContain(expected);
  });

  it('reports every problem at once, across files', async () => {
    const problems = await problemsFor({
      'mechanisms/M5.yaml': mechanism('colour: red\n'),
      'guarantees/G-SEQ.yaml': 'id: G-SEQ\n',
    });
    expect(problems.filter((p) => p.startsWith('mechanisms/M5.yaml')).length).toBeGreaterThan(0);
    expect(problems.filter((p) => p.startsWith('guarantees/G-SEQ.yaml')).length).toBeGreaterThan(3);
  });

  it('rejects diagrams mermaid cannot parse, and diagrams with too many edges', async () => {
    const edges = Array.from({ length: 520 }, (_, i) => `  N${i} --> N${i + 1}`).join('\\n');
    const problems = await problemsFor(
      {
        'mechanisms/M5.yaml': mechanism(
          `diagrams:\n  - title: Broken\n    type: how-it-works\n    source: "flowchart LR\\n  A --> "\n  - title: Huge\n    type: how-it-works\n    source: "flowchart LR\\n${edges}"\n`,
        ),
      },
      true,
    );
    expect(problems.join('\n')).toContain('mechanisms/M5.yaml:12:13: diagrams[0].source: mermaid cannot parse this diagram: found the end of the diagram where it expects');
    expect(problems.join('\n')).toContain('diagrams[1].source: has more than 500 edges; mermaid renders at most 500');
  });

  it('never writes through the mini fixture sources (sanity)', () => {
    expect(readFileSync(join(MINI, 'mechanisms', 'M5.yaml'), 'utf8')).toContain('id: M5');
  });
});
