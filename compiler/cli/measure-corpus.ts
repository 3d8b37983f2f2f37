/**
 * `npx tsx compiler/cli/measure-corpus.ts [--render] [--write-variants]`: how many diagrams of the
 * corpus in tests/fixtures/diagram-corpus/ the compiler refuses, and why. Each diagram is put in a
 * data file as a literal block scalar, as authors write them. ATLAS_COMPILER=path/to/compile.ts
 * measures another compiler (e.g. an older commit extracted to a folder) with the same corpus.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from './args.ts';

const CORPUS = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'diagram-corpus');

const LABELS = [
  'Latency < SLA', 'p99 <200ms', '<baseline', 'two<br//>lines', 'Service Plane #10B981', 'x >= y', 'cost 2x',
  '50% of writes', 'A & B', 'quorum W+R > N', 'naïve read', '日本語 replica', 'lag <= 5 s', 'retry <3 times', 'a -> b',
];
const TEMPLATES: ((l: string) => string)[] = [
  (l) => `flowchart LR\n  A["${l}"] --> B[Next]`,
  (l) => `flowchart TD\n  A[Start] -->|"${l}"| B[End]`,
  (l) => `sequenceDiagram\n  A->>B: ${l}\n  Note over A,B: ${l}`,
  (l) => `stateDiagram-v2\n  [*] --> S1\n  S1 --> S2: ${l}`,
  (l) => `classDiagram\n  A --> B : ${l}`,
  (l) => `erDiagram\n  A ||--o{ B : "${l}"`,
  (l) => `timeline\n  title T\n  2020 : ${l}`,
  (l) => `pie\n  "${l}" : 1\n  "other" : 2`,
];

export function variants(): string[] {
  return LABELS.flatMap((l) => TEMPLATES.map((t) => t(l)));
}

export function readCorpus(): string[] {
  const base = readFileSync(join(CORPUS, 'base.md'), 'utf8');
  const blocks = [...base.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]);
  return [...blocks, ...variants()];
}

runCli(async () => {
  const args = process.argv.slice(2);
  const diagrams = readCorpus();
  if (args.includes('--write-variants')) {
    writeFileSync(join(CORPUS, 'variants.md'), `# Generated label variants (${variants().length})\n\n${variants().map((v) => '```mermaid\n' + v + '\n```\n').join('\n')}`);
  }
  const compilerPath = resolve(process.env.ATLAS_COMPILER ?? join(import.meta.dirname, '..', 'compile.ts'));
  const { compileData } = (await import(pathToFileURL(compilerPath).href)) as typeof import('../compile.ts');
  const dir = mkdtempSync(join(tmpdir(), 'atlas-corpus-'));
  const mini = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'mini');
  const { cpSync } = await import('node:fs');
  cpSync(mini, dir, { recursive: true });
  mkdirSync(join(dir, 'mechanisms'), { recursive: true });
  const where: string[] = [];
  for (let f = 0; f * 12 < diagrams.length; f++) {
    const id = `M${100 + f}`;
    const chunk = diagrams.slice(f * 12, f * 12 + 12);
    const yaml = [
      `id: ${id}`, 'name: Corpus', 'summary: Corpus file.', 'confidence: A', 'maturity: proven', 'category: Corpus',
      'sources:', '  - { url: "https://example.org/c", title: C, year: 2020 }', 'diagrams:',
      ...chunk.flatMap((d, i) => {
        where[f * 12 + i] = `${id}#${i}`;
        return [`  - title: D${i}`, '    type: how-it-works', '    source: |', ...d.replace(/\n$/, '').split('\n').map((l) => `      ${l}`)];
      }),
    ].join('\n');
    writeFileSync(join(dir, 'mechanisms', `${id}.yaml`), yaml + '\n');
  }
  const opts: Record<string, unknown> = { skipLayout: true, diagrams: { cacheFile: null } };
  if (args.includes('--render')) opts.renderDiagrams = (await import('../diagrams/browser-render.ts')).renderInBrowser;
  const r = await compileData(dir, opts);
  rmSync(dir, { recursive: true, force: true });
  const refused = new Map<number, string>();
  for (const p of r.problems) {
    const m = /M(\d+)\.yaml/.exec(p.file);
    const d = /^diagrams\[(\d+)\]/.exec(p.path ?? '');
    if (!m || !d) {
      console.log(`other problem: ${p.file}: ${p.path}: ${p.message}`);
      continue;
    }
    const n = (Number(m[1]) - 100) * 12 + Number(d[1]);
    if (!refused.has(n)) refused.set(n, p.message);
  }
  const expectRefuse = diagrams.map((d) => /%% expect: refuse/.test(d));
  const reasons = new Map<string, number>();
  for (const msg of refused.values()) {
    const key = msg.replace(/"[^"]*"/g, '"…"').replace(/:.*$/s, '').slice(0, 120) + ': ' + msg.split(':').slice(1).join(':').trim().slice(0, 90);
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
  }
  const falseRefusals = [...refused.keys()].filter((n) => !expectRefuse[n]);
  const missed = expectRefuse.map((e, n) => (e && !refused.has(n) ? n : -1)).filter((n) => n >= 0);
  console.log(`${diagrams.length} diagrams, ${refused.size} refused (${expectRefuse.filter(Boolean).length} are truly broken)`);
  console.log(`false refusals: ${falseRefusals.length}; broken but accepted: ${missed.length}`);
  for (const n of falseRefusals) console.log(`  refused valid #${n}: ${diagrams[n].split('\n').slice(0, 3).join(' / ')} -> ${refused.get(n)}`);
  for (const n of missed) console.log(`  accepted broken #${n}: ${diagrams[n].split('\n').slice(1, 4).join(' / ')}`);
  console.log('reasons:');
  for (const [k, v] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${v} × ${k}`);
  return 0;
});
