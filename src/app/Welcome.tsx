/** What the panel shows before anything is selected: "What are you seeing?", the atlas at a glance and where to start. */
import { useMemo, useState } from 'react';
import { useAppStore, useAtlasData } from '../store/context';
import { KIND_LABELS } from '../model/kinds';
import { KINDS } from '../model/constants';
import { MAX_QUERY_LENGTH } from '../model/search';
import { symptomResults } from '../search/symptoms';
import { openResult } from '../search/SearchBox';

export function Welcome() {
  const { graph } = useAtlasData();
  const count = (k: string) => graph.nodes.filter((n) => n.kind === k).length;
  return (
    <div className="panel-body welcome">
      <h2 id="panel-title">The Atlas of distributed systems</h2>
      <p>
        Guarantees, the mechanisms that provide them, the patterns built from those, and the production systems and incidents that show
        how they hold up. Click a node, search (<kbd>/</kbd>) for what you see, or follow a path.
      </p>
      <SymptomIndex />
      <ul className="kind-counts">
        {KINDS.map((k) => (
          <li key={k}>
            <a href={`#/?kinds=${k}`}>
              {count(k)} {KIND_LABELS[k].many.toLowerCase()}
            </a>
          </li>
        ))}
        <li>{graph.edges.length} relations</li>
      </ul>
      <h3>Quick-start paths</h3>
      <ul>
        {graph.paths.map((p) => (
          <li key={p.id}>
            <a href={`#/path/${encodeURIComponent(p.id)}/1`}>{p.title}</a> <span className="muted">— {p.steps.length} steps</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The symptom list, filtered as you type: by full-text search over everything a symptom says
 * (what is observed, its causes, checks and mitigations) once the index is loaded, by name until then.
 */
function SymptomIndex() {
  const { graph, searcher } = useAtlasData();
  const store = useAppStore();
  const [query, setQuery] = useState('');
  const all = useMemo(() => symptomResults(graph.nodes), [graph.nodes]);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return all;
    const matched = new Set(searcher.searchItems(query, 40).flatMap((r) => (r.kind === 'symptom' && r.entity ? [r.entity] : [])));
    return all.filter((s) => matched.has(s.entity!) || s.name.toLowerCase().includes(q) || s.label.toLowerCase().includes(q));
  }, [all, query, searcher]);
  if (all.length === 0) return null;
  return (
    <section className="symptom-index" aria-labelledby="symptom-index-title">
      <h3 id="symptom-index-title">What are you seeing?</h3>
      <input
        type="search"
        aria-label="Filter symptoms"
        placeholder="stale reads, consumer lag, 503s …"
        maxLength={MAX_QUERY_LENGTH}
        value={query}
        onFocus={() => searcher.warm()}
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul>
        {shown.map((s) => (
          <li key={s.key}>
            <a
              href={`#/entity/${encodeURIComponent(s.entity!)}`}
              data-entity={s.entity}
              onClick={(e) => {
                e.preventDefault();
                openResult(store, s);
                store.getState().requestPanelFocus();
              }}
            >
              {s.name}
            </a>
          </li>
        ))}
        {shown.length === 0 && <li className="muted">No symptom matches “{query}”.</li>}
      </ul>
    </section>
  );
}
