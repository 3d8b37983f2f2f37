/**
 * The legend doubles as the filter panel: one toggle per kind (with the glyph drawn on the
 * canvas), facets that say which kinds they narrow, and the relation styles, each a toggle.
 */
import { useMemo } from 'react';
import { useAppState, useAppStore, useAtlasData } from '../store/context';
import { isFiltering, kindShown } from '../model/filters';
import { DOMAIN_LABELS, FAMILY_LABELS, KIND_LABELS, MATURITY_LABELS, RELATION_LABELS } from '../model/kinds';
import { CONFIDENCE, DOMAINS, FAMILIES, KINDS, MATURITY, RELATION_TYPES } from '../model/constants';
import { selectFilters, selectTheme } from '../store/selectors';
import type { FacetValues } from '../store/types';
import { DASH, KIND_STYLE, RELATION_STYLE } from './encoding';

export function Legend() {
  const { graph } = useAtlasData();
  const store = useAppStore();
  const filters = useAppState(selectFilters);
  const theme = useAppState(selectTheme);
  const hidden = useAppState((s) => s.hiddenRelations);
  const counts = useMemo(() => {
    const c = new Map<string, number>();
    for (const n of graph.nodes) c.set(n.kind, (c.get(n.kind) ?? 0) + 1);
    for (const e of graph.edges) c.set(`r:${e.type}`, (c.get(`r:${e.type}`) ?? 0) + 1);
    return c;
  }, [graph.nodes, graph.edges]);
  const toggle = <F extends keyof FacetValues>(f: F, v: FacetValues[F]) => store.getState().toggleFacet(f, v);
  const present = KINDS.filter((k) => counts.has(k));

  return (
    <nav className="legend" aria-label="Legend and filters">
      <fieldset>
        <legend>Kinds</legend>
        {present.map((k) => {
          const on = kindShown(filters.kinds, k);
          return (
            <button
              key={k}
              type="button"
              className="legend-kind"
              aria-pressed={on}
              onClick={() => store.getState().toggleKind(k)}
              title={`${on ? 'Hide' : 'Show'} ${KIND_LABELS[k].many.toLowerCase()}`}
            >
              <span className="kind-glyph" aria-hidden="true" style={{ color: KIND_STYLE[k][theme] }}>
                {KIND_STYLE[k].glyph}
              </span>{' '}
              {KIND_LABELS[k].many} <span className="count">{counts.get(k) ?? 0}</span>
            </button>
          );
        })}
        {filters.kinds.size > 0 && (
          <button type="button" className="show-all" onClick={() => store.setState((s) => ({ filters: { ...s.filters, kinds: new Set() } }))}>
            Show all kinds
          </button>
        )}
      </fieldset>
      <Facet title="Family" note="narrows guarantees only; other kinds stay" values={FAMILIES} labels={FAMILY_LABELS} active={filters.families} onToggle={(v) => toggle('families', v)} />
      <Facet title="Domain" note="narrows case studies only; other kinds stay" values={DOMAINS} labels={DOMAIN_LABELS} active={filters.domains} onToggle={(v) => toggle('domains', v)} />
      <Facet title="Confidence" note="applies to every kind" values={CONFIDENCE} labels={{ A: 'A', B: 'B', C: 'C' }} active={filters.confidence} onToggle={(v) => toggle('confidence', v)} />
      <Facet title="Maturity" note="applies to every kind" values={MATURITY} labels={MATURITY_LABELS} active={filters.maturity} onToggle={(v) => toggle('maturity', v)} />
      {isFiltering(filters) && (
        <button type="button" className="clear-filters" onClick={() => store.getState().clearFilters()}>
          Clear filters
        </button>
      )}
      <fieldset className="edge-legend">
        <legend>Relations</legend>
        <ul>
          {RELATION_TYPES.filter((r) => counts.has(`r:${r}`)).map((r) => {
            const s = RELATION_STYLE[r];
            const on = !hidden.has(r);
            return (
              <li key={r}>
                <button type="button" className="relation-toggle" aria-pressed={on} onClick={() => store.getState().toggleRelation(r)} title={`${on ? 'Hide' : 'Show'} “${r}” relations (${RELATION_LABELS[r].forward.toLowerCase()})`}>
                  <svg width="34" height="10" aria-hidden="true" className="line-sample">
                    <line x1="1" y1="5" x2="33" y2="5" stroke={s[theme]} strokeWidth={Math.max(2, s.width)} strokeDasharray={DASH[s.line]} strokeLinecap={s.line === 'dotted' ? 'round' : 'butt'} />
                  </svg>
                  {r} <span className="count">{counts.get(`r:${r}`)}</span>
                </button>
              </li>
            );
          })}
        </ul>
        {hidden.size > 0 && (
          <button type="button" className="show-all" onClick={() => store.getState().showAllRelations()}>
            Show all relations
          </button>
        )}
      </fieldset>
    </nav>
  );
}

function Facet<T extends string>({
  title,
  note,
  values,
  labels,
  active,
  onToggle,
}: {
  title: string;
  note: string;
  values: readonly T[];
  labels: Record<T, string>;
  active: ReadonlySet<T>;
  onToggle: (v: T) => void;
}) {
  return (
    <fieldset>
      <legend>{title}</legend>
      <p className="facet-note">{note}</p>
      <div className="chips">
        {values.map((v) => (
          <button key={v} type="button" className="chip" aria-pressed={active.has(v)} onClick={() => onToggle(v)}>
            {labels[v]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
