/** The legend doubles as the filter panel: one toggle per kind (with its shape and colour), then facets. */
import { useMemo } from 'react';
import { useAppState, useAppStore, useAtlasData } from '../store/context';
import { isFiltering } from '../model/filters';
import { DOMAIN_LABELS, FAMILY_LABELS, KIND_LABELS, MATURITY_LABELS } from '../model/kinds';
import { CONFIDENCE, DOMAINS, FAMILIES, KINDS, MATURITY, RELATION_TYPES } from '../model/constants';
import { selectFilters, selectTheme } from '../store/selectors';
import type { FacetValues } from '../store/types';
import { KIND_STYLE, RELATION_STYLE } from './encoding';

export function Legend() {
  const { graph } = useAtlasData();
  const store = useAppStore();
  const filters = useAppState(selectFilters);
  const theme = useAppState(selectTheme);
  const counts = useMemo(() => {
    const c = new Map<string, number>();
    for (const n of graph.nodes) c.set(n.kind, (c.get(n.kind) ?? 0) + 1);
    return c;
  }, [graph.nodes]);
  const toggle = <F extends keyof FacetValues>(f: F, v: FacetValues[F]) => store.getState().toggleFacet(f, v);

  return (
    <nav className="legend" aria-label="Legend and filters">
      <fieldset>
        <legend>Kinds</legend>
        {KINDS.map((k) => (
          <button
            key={k}
            type="button"
            className="legend-kind"
            aria-pressed={filters.kinds.has(k)}
            onClick={() => toggle('kinds', k)}
            title={`Show only ${KIND_LABELS[k].many.toLowerCase()} (toggle)`}
          >
            <span aria-hidden="true" style={{ color: KIND_STYLE[k][theme] }}>
              {KIND_STYLE[k].glyph}
            </span>{' '}
            {KIND_LABELS[k].many} <span className="count">{counts.get(k) ?? 0}</span>
          </button>
        ))}
      </fieldset>
      <Facet title="Family (guarantees)" values={FAMILIES} labels={FAMILY_LABELS} active={filters.families} onToggle={(v) => toggle('families', v)} />
      <Facet title="Domain (case studies)" values={DOMAINS} labels={DOMAIN_LABELS} active={filters.domains} onToggle={(v) => toggle('domains', v)} />
      <Facet title="Confidence" values={CONFIDENCE} labels={{ A: 'A', B: 'B', C: 'C' }} active={filters.confidence} onToggle={(v) => toggle('confidence', v)} />
      <Facet title="Maturity" values={MATURITY} labels={MATURITY_LABELS} active={filters.maturity} onToggle={(v) => toggle('maturity', v)} />
      {isFiltering(filters) && (
        <button type="button" className="clear-filters" onClick={() => store.getState().clearFilters()}>
          Clear filters
        </button>
      )}
      <details className="edge-legend">
        <summary>Relation styles</summary>
        <ul>
          {RELATION_TYPES.map((r) => (
            <li key={r}>
              <span className={`line line-${RELATION_STYLE[r].line}`} aria-hidden="true" /> {r}
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}

function Facet<T extends string>({
  title,
  values,
  labels,
  active,
  onToggle,
}: {
  title: string;
  values: readonly T[];
  labels: Record<T, string>;
  active: ReadonlySet<T>;
  onToggle: (v: T) => void;
}) {
  return (
    <fieldset>
      <legend>{title}</legend>
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
