/** "How are these related?": the shortest chains of typed relations between two entities, also lit in the graph. */
import { useMemo } from 'react';
import { useAppStore, useAtlasData } from '../store/context';
import { RELATION_RULES } from '../model/constants';
import { shortestChains } from '../model/relatedness';
import { EntityPicker } from './EntityPicker';

export function WhyPanel({ from, to }: { from: string; to: string }) {
  const { index } = useAtlasData();
  const store = useAppStore();
  const chains = useMemo(() => shortestChains(index, from, to, 5), [index, from, to]);
  const go = (a: string, b: string) => store.getState().navigate({ name: 'why', from: a, to: b });
  const name = (id: string) => index.nodeById.get(id)?.name ?? id;
  const unknown = [from, to].filter((id) => id && !index.nodeById.has(id));
  const ready = !!from && !!to && unknown.length === 0;
  return (
    <div className="panel-body why">
      <h2 id="panel-title">How are these related?</h2>
      <div className="pickers">
        <EntityPicker label="From" value={index.nodeById.has(from) ? from : ''} onChange={(id) => go(id, to)} />
        <EntityPicker label="To" value={index.nodeById.has(to) ? to : ''} onChange={(id) => go(from, id)} />
      </div>
      {unknown.length > 0 && <p role="status">Not found: {unknown.join(', ')}</p>}
      {!from || !to ? <p className="muted">Pick two entities.</p> : null}
      {ready && chains.length === 0 && <p>No chain of relations connects {from} and {to}.</p>}
      {chains.length > 0 && (
        <p className="muted">
          {chains.length === 1 ? 'One shortest chain' : `${chains.length} shortest chains`} of {chains[0].edges.length} relation
          {chains[0].edges.length === 1 ? '' : 's'}, highlighted in the graph.
        </p>
      )}
      {chains.map((c, i) => (
        <ol key={i} className="chain" aria-label={`Chain ${i + 1}`}>
          <li>
            <a href={`#/entity/${encodeURIComponent(c.nodes[0])}`}>
              <strong>{c.nodes[0]}</strong> {name(c.nodes[0])}
            </a>
          </li>
          {c.edges.map((e, j) => {
            const next = c.nodes[j + 1];
            const forward = e.source === c.nodes[j];
            return (
              <li key={j}>
                <span className="chain-edge">
                  {forward ? '↓' : '↑'} <code>{e.type}</code> {forward ? '' : '(reverse)'} — {e.why ?? RELATION_RULES[e.type].meaning}
                </span>
                <a href={`#/entity/${encodeURIComponent(next)}`}>
                  <strong>{next}</strong> {name(next)}
                </a>
              </li>
            );
          })}
        </ol>
      ))}
    </div>
  );
}
