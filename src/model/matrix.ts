/**
 * The framework index's readiness matrices, computed honestly from the data:
 * a cell is ✓ only when the data holds it, and carries a count. Pure.
 */
import type { Edge, Entity } from './bundle';
import type { Kind } from './constants';

export interface Cell {
  /** Sort key: a count, or a rank for text columns. */
  sort: number | string;
  /** What the cell says. */
  text: string;
  present: boolean;
}

export interface MatrixColumn {
  key: string;
  label: string;
}

export interface MatrixRow {
  id: string;
  name: string;
  cells: Record<string, Cell>;
}

export interface Matrix {
  kind: Kind;
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

const count = (n: number, what = ''): Cell => ({ sort: n, text: n ? `✓ ${n}${what}` : '—', present: n > 0 });
const list = (ids: string[]): Cell => ({ sort: ids.length, text: ids.length ? ids.join(', ') : '—', present: ids.length > 0 });
const flag = (ok: boolean, text = '✓'): Cell => ({ sort: ok ? 1 : 0, text: ok ? text : '—', present: ok });
const textCell = (t: string | undefined): Cell => ({ sort: t ?? '', text: t ?? '—', present: !!t });

export function edgeLookup(edges: readonly Edge[]) {
  const out = (id: string, type?: string) => edges.filter((e) => e.source === id && (!type || e.type === type)).map((e) => e.target);
  const inc = (id: string, type?: string) => edges.filter((e) => e.target === id && (!type || e.type === type)).map((e) => e.source);
  return { out, inc };
}

const isMechanism = (id: string) => /^M\d+$/.test(id);
const isCase = (id: string) => id.startsWith('CS-');

export function buildMatrix(kind: Kind, entities: readonly Entity[], edges: readonly Edge[]): Matrix {
  const { out, inc } = edgeLookup(edges);
  const rows: MatrixRow[] = [];
  const confidence = (e: Entity): Cell => ({ sort: e.confidence, text: e.confidence, present: true });
  const failureModes = (e: Entity) => e.failureModes.length;
  const diagrams = (e: Entity) => count(e.diagrams.length);

  for (const e of entities) {
    if (e.kind !== kind) continue;
    let cells: Record<string, Cell> = {};
    switch (e.kind) {
      case 'guarantee':
        cells = {
          mechanisms: list(out(e.id, 'requires')),
          examples: count(e.examples.length + inc(e.id, 'provides').filter(isCase).length),
          incidents: count(e.incidentAnalysis.length + inc(e.id, 'violates').length),
          cost: flag(!!e.relativeCost, e.relativeCost.factor),
          failures: count(e.whatBreaksIt.length + failureModes(e)),
          diagrams: diagrams(e),
          confidence: confidence(e),
        };
        break;
      case 'mechanism':
        cells = {
          category: textCell(e.category),
          examples: count(e.examples.length + inc(e.id, 'uses').filter(isCase).length),
          config: count(e.parameters.length),
          failures: count(failureModes(e)),
          incidents: count(inc(e.id, 'involves').length),
          diagrams: diagrams(e),
          confidence: confidence(e),
        };
        break;
      case 'micro-pattern':
      case 'system-pattern':
        cells = {
          mechanisms: list(out(e.id, 'uses').filter(isMechanism)),
          examples: count(e.examples.length + inc(e.id, 'uses').filter(isCase).length),
          migration: flag(!!e.migration, e.migration ? `✓ ${e.migration.from} → ${e.migration.to}` : ''),
          cost: textCell(e.costImpact),
          complexity: textCell(e.complexity),
          failures: count(failureModes(e)),
          confidence: confidence(e),
        };
        break;
      case 'case-study':
        cells = {
          organisation: textCell(e.organisation),
          guarantees: list(out(e.id, 'provides')),
          uses: count(out(e.id, 'uses').length),
          scale: count(e.scaleMetrics.length),
          incidents: list(inc(e.id, 'affects')),
          diagrams: diagrams(e),
          confidence: confidence(e),
        };
        break;
      case 'incident':
        cells = {
          date: textCell(e.date),
          violates: list(out(e.id, 'violates')),
          involves: list(out(e.id, 'involves')),
          affects: list(out(e.id, 'affects')),
          timeline: count(e.timeline.length),
          lessons: count(e.lessons.length),
          confidence: confidence(e),
        };
        break;
      case 'symptom':
        cells = {
          indicates: list(out(e.id, 'indicates')),
          causes: count(e.likelyCauses.length),
          checks: count(e.checks.length),
          seenIn: list(out(e.id, 'seen-in')),
          diagrams: diagrams(e),
          confidence: confidence(e),
        };
        break;
    }
    rows.push({ id: e.id, name: e.name, cells });
  }
  return { kind, columns: COLUMNS[kind], rows };
}

function cols(...pairs: [string, string][]): MatrixColumn[] {
  return pairs.map(([key, label]) => ({ key, label }));
}

/** The index's columns per kind (cells are filled in buildMatrix). */
const COLUMNS: Record<Kind, MatrixColumn[]> = {
  guarantee: cols(['mechanisms', 'Mechanisms'], ['examples', 'Real examples'], ['incidents', 'Incident analysis'], ['cost', 'Cost data'], ['failures', 'What breaks it / failure modes'], ['diagrams', 'Diagrams'], ['confidence', 'Confidence']),
  mechanism: cols(['category', 'Category'], ['examples', 'Production examples'], ['config', 'Configuration'], ['failures', 'Failure modes'], ['incidents', 'Incidents'], ['diagrams', 'Diagrams'], ['confidence', 'Confidence']),
  'micro-pattern': cols(['mechanisms', 'Mechanisms used'], ['examples', 'Production examples'], ['migration', 'Migration guide'], ['cost', 'Cost impact'], ['complexity', 'Complexity'], ['failures', 'Failure modes'], ['confidence', 'Confidence']),
  'system-pattern': cols(['mechanisms', 'Mechanisms used'], ['examples', 'Production examples'], ['migration', 'Migration guide'], ['cost', 'Cost impact'], ['complexity', 'Complexity'], ['failures', 'Failure modes'], ['confidence', 'Confidence']),
  'case-study': cols(['organisation', 'Organisation'], ['guarantees', 'Guarantees'], ['uses', 'Mechanisms & patterns'], ['scale', 'Scale metrics'], ['incidents', 'Incidents'], ['diagrams', 'Diagrams'], ['confidence', 'Confidence']),
  symptom: cols(['indicates', 'Guarantees at risk'], ['causes', 'Likely causes'], ['checks', 'Checks'], ['seenIn', 'Seen in incidents'], ['diagrams', 'Diagrams'], ['confidence', 'Confidence']),
  incident: cols(['date', 'Date'], ['violates', 'Guarantees violated'], ['involves', 'Mechanisms involved'], ['affects', 'Systems'], ['timeline', 'Timeline entries'], ['lessons', 'Lessons'], ['confidence', 'Confidence']),
};

export type SortDir = 'asc' | 'desc';

export function sortRows(rows: readonly MatrixRow[], key: string | null, dir: SortDir): MatrixRow[] {
  const copy = [...rows];
  if (!key) return copy;
  const sign = dir === 'asc' ? 1 : -1;
  const val = (r: MatrixRow) => (key === 'id' ? r.id : key === 'name' ? r.name : r.cells[key]?.sort ?? '');
  return copy.sort((a, b) => {
    const x = val(a);
    const y = val(b);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en', { numeric: true });
    return sign * c || a.id.localeCompare(b.id, 'en', { numeric: true });
  });
}

export function filterRows(rows: readonly MatrixRow[], query: string): MatrixRow[] {
  const q = query.trim().toLowerCase().slice(0, 64);
  if (!q) return [...rows];
  return rows.filter((r) => [r.id, r.name, ...Object.values(r.cells).map((c) => c.text)].some((t) => t.toLowerCase().includes(q)));
}
