/**
 * The data compiler: reads a data directory, validates everything, and returns
 * either the bundle or every problem found. Never throws for bad data.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type AtlasBundle, type Edge, type Entity, type QuickPath } from '../src/model/bundle.ts';
import { KINDS, type Kind, type PathData, type RelationSpec } from '../src/model/schema.ts';
import { computeLayout } from './bundle/layout.ts';
import { readCommittedLayout } from './bundle/layout-file.ts';
import { checkDiagrams, type CheckOptions } from './diagrams/check-diagrams.ts';
import { staticDiagramProblems } from './diagrams/static-checks.ts';
import { discoverDataFiles } from './load/discover.ts';
import { readYaml } from './load/read-yaml.ts';
import { ProblemList, type Problem } from './problems.ts';
import { validateFile } from './validate/validate-file.ts';
import { checkPaths, checkRelations, checkSymptomCauses, checkUniqueIds, type ParsedEntity } from './validate/references.ts';

export interface CompileOptions {
  /** Skip parsing diagrams with mermaid (static checks still run). */
  skipDiagramParse?: boolean;
  /** Skip the force layout (positions all zero); for tests that do not need it. */
  skipLayout?: boolean;
  diagrams?: CheckOptions;
}

export type CompileResult = { ok: true; bundle: AtlasBundle; problems: [] } | { ok: false; problems: Problem[] };

export async function compileData(dataDir: string, opts: CompileOptions = {}): Promise<CompileResult> {
  const problems = new ProblemList();
  const { files, strays } = discoverDataFiles(dataDir);
  for (const s of strays) problems.add(s.file, undefined, s.message);

  const entities: ParsedEntity[] = [];
  const paths: { file: string; data: PathData }[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file.absolute);
    } catch (err) {
      problems.add(file.display, undefined, `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
      continue;
    }
    const parsed = readYaml(bytes);
    if (!parsed.ok) {
      for (const issue of parsed.issues) problems.add(file.display, issue.path, issue.message);
      continue;
    }
    const data = validateFile(file, parsed.value, problems);
    if (!data) continue;
    if (file.kind === 'path') paths.push({ file: file.display, data: data as PathData });
    else entities.push({ id: data.id as string, kind: file.kind, file: file.display, data: data as ParsedEntity['data'] });
  }

  checkUniqueIds(entities, 'entity ID', problems);
  checkUniqueIds(paths.map((p) => ({ id: p.data.id, file: p.file })), 'path ID', problems);
  checkRelations(entities, problems);
  checkPaths(paths, entities, problems);
  checkSymptomCauses(entities, problems);

  const jobs = entities.flatMap((e) =>
    ((e.data.diagrams as { source: string }[]) ?? []).map((d, i) => ({ file: e.file, path: `diagrams[${i}].source`, source: d.source })),
  );
  const parseable = [];
  for (const job of jobs) {
    const found = staticDiagramProblems(job.source);
    for (const m of found) problems.add(job.file, job.path, m);
    if (found.length === 0) parseable.push(job);
  }
  if (!opts.skipDiagramParse) {
    for (const p of await checkDiagrams(parseable, opts.diagrams)) problems.add(p.file, p.path, p.message);
  }

  if (problems.size > 0) return { ok: false, problems: sortProblems(problems.items) };
  return { ok: true, bundle: assemble(dataDir, entities, paths, !opts.skipLayout), problems: [] };
}

function assemble(dataDir: string, parsed: ParsedEntity[], paths: { file: string; data: PathData }[], layout: boolean): AtlasBundle {
  const kindOrder = new Map(KINDS.map((k, i) => [k, i] as const));
  const sorted = [...parsed].sort(
    (a, b) => kindOrder.get(a.kind)! - kindOrder.get(b.kind)! || naturalCompare(a.id, b.id),
  );
  const edges: Edge[] = [];
  const entities: Entity[] = sorted.map((p) => {
    const { relations, ...fields } = p.data;
    for (const r of relations as RelationSpec[]) edges.push({ source: p.id, target: r.to, type: r.type, ...(r.why ? { why: r.why } : {}) });
    return { ...fields, kind: p.kind, file: relative(resolve(dataDir), resolve(p.file)) } as unknown as Entity;
  });
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  for (const e of entities) counts[e.kind]++;
  const quickPaths: QuickPath[] = paths.map((p) => p.data).sort((a, b) => a.id.localeCompare(b.id));
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    counts: { ...counts, edges: edges.length, paths: quickPaths.length, diagrams: entities.reduce((n, e) => n + e.diagrams.length, 0) },
    entities,
    edges,
    paths: quickPaths,
    layout: layout ? computeLayout(entities, edges, readCommittedLayout(dataDir)) : Object.fromEntries(entities.map((e) => [e.id, [0, 0]])),
  };
}

function sortProblems(items: Problem[]): Problem[] {
  return [...items].sort((a, b) => a.file.localeCompare(b.file) || naturalCompare(a.path ?? '', b.path ?? ''));
}

/** "M2" before "M10". */
export function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
