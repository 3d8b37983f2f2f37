/** Metrics, targets (from the performance issue), statistics and the printed/markdown tables. */
import type { RunResult } from './scenario.ts';
import { median } from './scenario.ts';

export type Unit = 'ms' | 'bytes' | 'fps';

export interface Target {
  op: '<=' | '>=';
  limit: number;
}

export interface MetricDef {
  key: string;
  label: string;
  unit: Unit;
  /** The target for a data set ('real' or a synthetic size), if the issue sets one. */
  target?: (set: string) => Target | undefined;
  /** A Long Tasks API value: 0 means no task of 50 ms or more. */
  longtask?: boolean;
  /** Per-run value; null when not measured in this run. */
  get(r: RunResult): number | null;
}

const KB = 1000;
const at = (sets: Record<string, Target>, fallback?: Target) => (set: string) => sets[set] ?? fallback;

export const METRICS: MetricDef[] = [
  { key: 'initialJsGzip', label: 'initial JS (gzip -9)', unit: 'bytes', get: (r) => r.initial.jsGzip },
  { key: 'initialCssGzip', label: 'initial CSS (gzip -9)', unit: 'bytes', get: (r) => r.initial.cssGzip },
  { key: 'initialTotalGzip', label: 'JS+CSS before graph-ready (gzip -9)', unit: 'bytes', get: (r) => r.initial.totalGzip },
  {
    key: 'beforeVisibleGzip',
    label: 'initial JS+CSS: requested before graph-visible (gzip -9)',
    unit: 'bytes',
    target: at({}, { op: '<=', limit: 250 * KB }),
    get: (r) => r.beforeVisibleGzip ?? null,
  },
  { key: 'initialJsRaw', label: 'initial JS (raw)', unit: 'bytes', get: (r) => r.initial.jsRaw },
  { key: 'graphJsonFetchedMs', label: 'graph.json received', unit: 'ms', get: (r) => r.graphJsonFetchedMs },
  { key: 'graphVisibleMs', label: 'navigation → graph-visible', unit: 'ms', get: (r) => r.graphVisibleMs ?? null },
  { key: 'graphReadyMs', label: 'navigation → graph-ready', unit: 'ms', get: (r) => r.graphReadyMs },
  { key: 'quietMs', label: 'navigation → main thread quiet (2 s without long task)', unit: 'ms', get: (r) => r.quietMs },
  { key: 'loadLongestTaskMs', longtask: true, label: 'longest task during load', unit: 'ms', get: (r) => r.loadLongestTaskMs },
  { key: 'clickColdMs', label: 'click → 1st diagram, cold', unit: 'ms', target: at({}, { op: '<=', limit: 1500 }), get: (r) => r.click.cold.ms },
  { key: 'clickWarmMs', label: 'click → 1st diagram, warm', unit: 'ms', target: at({}, { op: '<=', limit: 150 }), get: (r) => r.click.warm.ms },
  { key: 'clickRestedMs', label: 'click → 1st diagram, after resting on the node', unit: 'ms', get: (r) => r.click.rested?.ms ?? null },
  { key: 'clickColdAllMs', label: 'click → all diagrams, cold', unit: 'ms', get: (r) => r.click.cold.allDiagramsMs },
  { key: 'clickLongestTaskMs', longtask: true, label: 'longest task, clicks', unit: 'ms', get: (r) => r.click.longestTaskMs },
  { key: 'searchMedianMs', label: 'keystroke → results (median of 1–12 chars)', unit: 'ms', target: at({ real: { op: '<=', limit: 16 }, '5000': { op: '<=', limit: 50 } }), get: (r) => r.search.medianMs },
  { key: 'searchMaxMs', label: 'keystroke → results (worst of 1–12 chars)', unit: 'ms', target: at({ real: { op: '<=', limit: 16 }, '5000': { op: '<=', limit: 50 } }), get: (r) => r.search.maxMs },
  { key: 'searchDomMedianMs', label: 'keystroke → DOM updated (median)', unit: 'ms', get: (r) => r.search.domMedianMs },
  { key: 'searchLongestTaskMs', longtask: true, label: 'longest task, search', unit: 'ms', get: (r) => r.search.longestTaskMs },
  { key: 'interactionLongestTaskMs', longtask: true, label: 'longest task while interacting', unit: 'ms', target: at({ real: { op: '<=', limit: 200 } }), get: (r) => r.interactionLongestTaskMs },
  { key: 'panFps', label: 'pan/zoom frame rate', unit: 'fps', target: at({ '5000': { op: '>=', limit: 30 } }), get: (r) => r.pan?.fps ?? null },
  { key: 'panDragFps', label: 'pan/zoom frame rate: drag only', unit: 'fps', get: (r) => r.pan?.dragFps ?? null },
  { key: 'panWheelFps', label: 'pan/zoom frame rate: wheel only', unit: 'fps', get: (r) => r.pan?.wheelFps ?? null },
  { key: 'panWorstFrameMs', label: 'pan/zoom worst frame', unit: 'ms', get: (r) => r.pan?.worstFrameMs ?? null },
  { key: 'panLongestTaskMs', longtask: true, label: 'longest task, pan/zoom', unit: 'ms', get: (r) => r.pan?.longestTaskMs ?? null },
];

/**
 * Ratios of the app's median to the naive reference build's median graph-ready, measured in the
 * same run (interleaved), with the targets of the performance issue. Ratios are what compare
 * across sessions: absolute times drift with the machine.
 */
export interface RatioDef {
  key: string;
  label: string;
  /** The app metric (a METRICS key) divided by the naive build's graph-ready. */
  appMetric: string;
  target?: (set: string) => Target | undefined;
}

export const RATIOS: RatioDef[] = [
  { key: 'visibleRatio', label: 'graph-visible ÷ naive graph-ready', appMetric: 'graphVisibleMs', target: at({}, { op: '<=', limit: 0.5 }) },
  { key: 'readyRatio', label: 'graph-ready ÷ naive graph-ready', appMetric: 'graphReadyMs', target: at({ '5000': { op: '<=', limit: 0.4 } }, { op: '<=', limit: 0.7 }) },
];

export function ratioOf(r: SetReport, def: RatioDef): number | null {
  const app = r.stats[def.appMetric];
  const naive = r.naive?.graphReadyMs;
  return app && naive ? app.median / naive.median : null;
}

export interface Stat {
  median: number;
  min: number;
  max: number;
  n: number;
}
export type Stats = Record<string, Stat | null>;

export function statsOf(runs: RunResult[]): { stats: Stats; raw: Record<string, (number | null)[]> } {
  const stats: Stats = {};
  const raw: Record<string, (number | null)[]> = {};
  for (const m of METRICS) {
    const vals = runs.map((r) => m.get(r));
    raw[m.key] = vals;
    const ok = vals.filter((v): v is number => v !== null && Number.isFinite(v));
    stats[m.key] = ok.length ? { median: median(ok), min: Math.min(...ok), max: Math.max(...ok), n: ok.length } : null;
  }
  return { stats, raw };
}

/** Like format(), but a Long Tasks value of 0 reads "< 50 ms" (the API only reports tasks of 50 ms or more). */
export function formatMetric(v: number, m: MetricDef): string {
  return m.longtask && v === 0 ? '< 50 ms' : format(v, m.unit);
}

export function format(v: number, unit: Unit): string {
  if (unit === 'bytes') return v >= 1e6 ? `${(v / 1e6).toFixed(2)} MB` : `${(v / 1e3).toFixed(1)} kB`;
  if (unit === 'fps') return `${v.toFixed(1)} fps`;
  return v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(1)} ms`;
}

export function targetText(t: Target, unit: Unit): string {
  return `${t.op === '<=' ? '≤' : '≥'} ${format(t.limit, unit).replace('.0 ', ' ')}`;
}

export function meets(v: number, t: Target): boolean {
  return t.op === '<=' ? v <= t.limit : v >= t.limit;
}

export interface SetReport {
  set: string;
  title: string;
  entities: number;
  edges: number;
  runs: number;
  failedRuns: number;
  stats: Stats;
  /** The naive reference build, measured in the same run. */
  naive?: { graphReadyMs: Stat | null };
  facts: { label: string; value: string }[];
}

const ratioText = (v: number) => `${v.toFixed(2)}×`;
const ratioTarget = (t: Target) => `${t.op === '<=' ? '≤' : '≥'} ${t.limit}×`;

/** A plain-text table for one data set, printed after its runs. */
export function textTable(r: SetReport): string {
  const rows: string[][] = [['metric', 'median', 'min', 'max', 'target']];
  for (const m of METRICS) {
    const s = r.stats[m.key];
    if (!s) continue;
    const t = m.target?.(r.set);
    rows.push([
      m.label,
      formatMetric(s.median, m),
      formatMetric(s.min, m),
      formatMetric(s.max, m),
      t ? `${targetText(t, m.unit)} ${meets(s.median, t) ? '✓' : '✗'}` : '',
    ]);
  }
  const naive = r.naive?.graphReadyMs;
  if (naive) rows.push(['naive build: navigation → graph-ready', format(naive.median, 'ms'), format(naive.min, 'ms'), format(naive.max, 'ms'), '']);
  for (const d of RATIOS) {
    const v = ratioOf(r, d);
    if (v === null) continue;
    const t = d.target?.(r.set);
    rows.push([d.label, ratioText(v), '', '', t ? `${ratioTarget(t)} ${meets(v, t) ? '✓' : '✗'}` : '']);
  }
  const width = rows[0].map((_, c) => Math.max(...rows.map((row) => [...row[c]].length)));
  const line = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(width[c]) : cell.padStart(width[c]))).join('  ');
  const facts = r.facts.map((f) => `  ${f.label}: ${f.value}`).join('\n');
  return [
    `\n== ${r.title}: ${r.entities} entities, ${r.edges} edges — ${r.runs - r.failedRuns}/${r.runs} runs ok ==`,
    facts,
    '',
    ...rows.map(line),
  ].join('\n');
}

/** One markdown table for all sets: median (min–max) per cell, ✓/✗ where the issue sets a target. */
export function markdownTable(reports: SetReport[]): string {
  const head = ['metric', ...reports.map((r) => `${r.title} (${r.entities.toLocaleString('en')})`)];
  const out = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const m of METRICS) {
    if (reports.every((r) => !r.stats[m.key])) continue;
    const cells = reports.map((r) => {
      const s = r.stats[m.key];
      if (!s) return '—';
      const t = m.target?.(r.set);
      const range = formatMetric(s.min, m) === formatMetric(s.max, m) ? '' : ` (${formatMetric(s.min, m)}–${formatMetric(s.max, m)})`;
      const mark = t ? ` ${meets(s.median, t) ? '✓' : '✗'} ${targetText(t, m.unit)}` : '';
      return `${formatMetric(s.median, m)}${range}${mark}`;
    });
    out.push(`| ${m.label} | ${cells.join(' | ')} |`);
  }
  if (reports.some((r) => r.naive?.graphReadyMs)) {
    const cells = reports.map((r) => {
      const s = r.naive?.graphReadyMs;
      return s ? `${format(s.median, 'ms')} (${format(s.min, 'ms')}–${format(s.max, 'ms')})` : '—';
    });
    out.push(`| naive build: navigation → graph-ready | ${cells.join(' | ')} |`);
    for (const d of RATIOS) {
      const vals = reports.map((r) => {
        const v = ratioOf(r, d);
        const t = d.target?.(r.set);
        return v === null ? '—' : `${ratioText(v)}${t ? ` ${meets(v, t) ? '✓' : '✗'} ${ratioTarget(t)}` : ''}`;
      });
      out.push(`| **${d.label}** | ${vals.join(' | ')} |`);
    }
  }
  return out.join('\n');
}

export function factsTable(reports: SetReport[]): string {
  const labels = [...new Set(reports.flatMap((r) => r.facts.map((f) => f.label)))];
  const head = ['data set', ...labels];
  const out = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const r of reports) {
    out.push(`| ${r.title} | ${labels.map((l) => r.facts.find((f) => f.label === l)?.value ?? '—').join(' | ')} |`);
  }
  return out.join('\n');
}
