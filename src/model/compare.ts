/** Side-by-side comparison of 2–3 entities of one kind, aligned row by row. Pure. */
import type { Edge, Entity } from './bundle';
import { edgeLookup } from './matrix';

export interface CompareRow {
  label: string;
  /** One value list per entity, in the order given. */
  values: string[][];
}

export type CompareResult = { ok: true; kind: Entity['kind']; rows: CompareRow[] } | { ok: false; reason: string };

export function compareEntities(entities: readonly Entity[], edges: readonly Edge[]): CompareResult {
  if (entities.length < 2 || entities.length > 3) return { ok: false, reason: 'Pick two or three entities to compare.' };
  const kind = entities[0].kind;
  if (entities.some((e) => e.kind !== kind)) return { ok: false, reason: 'Compare entities of the same kind (e.g. two micro-patterns).' };
  const { out, inc } = edgeLookup(edges);
  const row = (label: string, f: (e: Entity) => string[]): CompareRow => ({ label, values: entities.map(f) });
  const guarantees = (e: Entity) => [...out(e.id, 'provides'), ...out(e.id, 'violates')];
  const rows: CompareRow[] = [
    row('Summary', (e) => [e.summary]),
    row('Confidence · maturity', (e) => [`${e.confidence} · ${e.maturity}`]),
    row('Guarantees', (e) => (e.kind === 'guarantee' ? [...out(e.id, 'implies').map((x) => `implies ${x}`), ...inc(e.id, 'implies').map((x) => `implied by ${x}`)] : guarantees(e))),
    row('Mechanisms', (e) => [...out(e.id, 'requires'), ...out(e.id, 'uses'), ...(e.kind === 'incident' ? out(e.id, 'involves') : [])].filter((x) => /^M\d+$/.test(x))),
    row('Patterns', (e) => [...out(e.id, 'uses'), ...inc(e.id, 'uses')].filter((x) => /^(MP|SP)\d+$/.test(x))),
    row('Cost', (e) => (e.kind === 'guarantee' ? [`${e.relativeCost.factor} — ${e.relativeCost.explanation}`] : 'costImpact' in e ? [e.costImpact] : e.kind === 'mechanism' && e.cost ? [e.cost] : [])),
    row('Complexity', (e) => ('complexity' in e ? [e.complexity] : [])),
    row('Failure modes', (e) => [...(e.kind === 'guarantee' ? e.whatBreaksIt : []), ...e.failureModes.map((f) => f.name)]),
    row('Incidents', (e) => [...inc(e.id, 'violates'), ...inc(e.id, 'involves'), ...inc(e.id, 'affects')]),
    row('Production examples', (e) => [...e.examples.map((x) => `${x.system} (${x.organisation})`), ...inc(e.id, 'uses').filter((x) => x.startsWith('CS-')), ...inc(e.id, 'provides').filter((x) => x.startsWith('CS-'))]),
    row('Diagrams', (e) => e.diagrams.map((d) => d.title)),
  ];
  return { ok: true, kind, rows: rows.filter((r) => r.values.some((v) => v.length > 0)) };
}
