/**
 * The data compiler: reads a data directory, validates everything, and returns
 * either the bundle or every problem found. Never throws for bad data.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type AtlasBundle, type Edge, type Entity, type QuickPath } from '../src/model/bundle.ts';
import { KINDS, type Kind, type PathData, type RelationSpec } from '../src/model/schema.ts';
import { computeLayout } from './bundle/layout.ts';
import { checkDiagrams, type CheckOptions, type DiagramJob, type DiagramProblem } from './diagrams/check-diagrams.ts';
import { lineColOf, staticDiagramProblems } from './diagrams/static-checks.ts';
import { readCommittedLayout } from './bundle/layout-file.ts';
import { discoverDataFiles } from './load/discover.ts';
import { readYaml, type LocateInside } from './load/read-yaml.ts';
import { ProblemList, type Problem } from './problems.ts';
import { validateFile } from './validate/validate-file.ts';
import { checkPaths, checkRelations, checkSymptomCauses, checkUniqueIds, type ParsedEntity } from './validate/references.ts';

export interface CompileOptions {
  /** Skip parsing diagrams with mermaid (static checks still run). */
  skipDiagramParse?: boolean;
  /** Skip the force layout (positions all zero); for tests that do not need it. */
  skipLayout?: boolean;
  diagrams?: CheckOptions;
  /** A further check of the diagrams that passed (check:data --render renders them in Chromium). */
  renderDiagrams?: (jobs: DiagramJob[]) => Promise<DiagramProblem[]>;
}

export type CompileResult = { ok: true; bundle: AtlasBundle; problems: [] } | { ok: false; problems: Problem[] };

export async function compileData(dataDir: string, opts: CompileOptions = {}): Promise<CompileResult> {
  const problems = new ProblemList();
  const { files, strays } = discoverDataFiles(dataDir);
  for (const s of strays) problems.add(s.file, undefined, s.message);

  const entities: ParsedEntity[] = [];
  const locateInside = new Map<string, LocateInside>();
  const paths: { file: string; data: PathData }[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file.absolute);
    } catch (err) {
      problems.add(file.display, undefined, `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
      continue;
    }
    const text = new TextDecoder().decode(bytes);
    const parsed = readYaml(bytes);
    problems.setSource(file.display, text, parsed.ok ? (p) => parsed.locate(p) : undefined);
    if (!parsed.ok) {
      for (const issue of parsed.issues) problems.add(file.display, issue.path, issue.message, issue.at);
      // Reported once: the ID it would define (its file name) still counts, so references to it are not reported again.
      if (file.kind !== 'path') entities.push(placeholder(file.stem, file.kind, file.display));
      continue;
    }
    const { data, relations } = validateFile(file, parsed.value, problems, parsed.locate);
    if (file.kind === 'path') {
      if (data) paths.push({ file: file.display, data: data as PathData });
    } else if (data) {
      entities.push({ id: data.id as string, kind: file.kind, file: file.display, data: data as ParsedEntity['data'] });
      locateInside.set(file.display, parsed.locateInside);
    } else entities.push(placeholder(file.stem, file.kind, file.display, relations));
  }

  checkUniqueIds(real(entities), 'entity ID', problems);
  checkUniqueIds(paths.map((p) => ({ id: p.data.id, file: p.file })), 'path ID', problems);
  checkRelations(entities, problems);
  checkPaths(paths, entities, problems);
  checkSymptomCauses(entities, problems);

  const jobs = real(entities).flatMap((e) =>
    ((e.data.diagrams as { source: string }[]) ?? []).map((d, i) => ({ file: e.file, path: `diagrams[${i}].source`, index: i, source: d.source })),
  );
  // A line inside a diagram, mapped to the YAML file's line (literal block scalars keep their lines).
  const inDiagram = (job: (typeof jobs)[number], at: { line: number; col?: number }) => {
    const pos = locateInside.get(job.file)?.(['diagrams', job.index, 'source'], at.line, at.col ?? 1);
    if (!pos) return { suffix: ` (line ${at.line} of the diagram)`, pos: undefined };
    return { suffix: pos.exact ? '' : ` (line ${at.line} of the diagram)`, pos };
  };
  const parseable = [];
  for (const job of jobs) {
    const found = staticDiagramProblems(job.source);
    for (const m of found) {
      const { suffix, pos } = inDiagram(job, lineColOf(job.source, m.index));
      problems.add(job.file, job.path, m.message + suffix, pos);
    }
    if (found.length === 0) parseable.push(job);
  }
  if (!opts.skipDiagramParse) {
    const byKey = new Map(parseable.map((j) => [`${j.file}|${j.path}`, j] as const));
    const found = await checkDiagrams(parseable, opts.diagrams);
    if (opts.renderDiagrams) {
      const failed = new Set(found.map((p) => `${p.file}|${p.path}`));
      found.push(...(await opts.renderDiagrams(parseable.filter((j) => !failed.has(`${j.file}|${j.path}`)))));
    }
    for (const p of found) {
      const job = byKey.get(`${p.file}|${p.path}`);
      if (job && p.at) {
        const { suffix, pos } = inDiagram(job, p.at);
        problems.add(p.file, p.path, p.message + suffix, pos);
      } else problems.add(p.file, p.path, p.message);
    }
  }

  if (problems.size > 0) return { ok: false, problems: sortProblems(problems.items) };
  return { ok: true, bundle: assemble(dataDir, real(entities), paths, !opts.skipLayout), problems: [] };
}

const real = (entities: ParsedEntity[]) => entities.filter((e) => !e.placeholder);

function placeholder(id: string, kind: ParsedEntity['kind'], file: string, relations?: RelationSpec[]): ParsedEntity {
  return { id, kind, file, placeholder: true, data: { relations: relations ?? [] } };
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
  return [...items].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0) || naturalCompare(a.path ?? '', b.path ?? ''),
  );
}

/** "M2" before "M10". */
export function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
