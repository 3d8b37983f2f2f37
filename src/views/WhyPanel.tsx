/** "How are these related?": the shortest chains of typed relations between two entities (also lit in the graph). */
import { useMemo } from 'react';
import { useAppStore, useAtlasData } from '../store/context';
import { RELATION_RULES } from '../model/constants';
import { shortestChains } from '../model/relatedness';
import { EntityPicker } from './EntityPicker';
import { ViewFrame } from './ViewFrame';
import { EntityName } from './EntityName';

export function WhyView({ from, to }: { from: string; to: string }) {
  const { index } = useAtlasData();
  const store = useAppStore();
  const chains = useMemo(() => shortestChains(index, from, to, 5), [index, from, to]);
  const go = (a: string, b: string) => store.getState().navigate({ name: 'why', from: a, to: b });
  const unknown = [from, to].filter((id) => id && !index.nodeById.has(id));
  const ready = !!from && !!to && unknown.length === 0;
  return (
    <ViewFrame title="How are these related?">
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
          {chains[0].edges.length === 1 ? '' : 's'}.
        </p>
      )}
      <div className="chains">
        {chains.map((c, i) => (
          <ol key={i} className="chain" aria-label={`Chain ${i + 1}`}>
            <li>
              <EntityName id={c.nodes[0]} />
            </li>
            {c.edges.map((e, j) => {
              const next = c.nodes[j + 1];
              const forward = e.source === c.nodes[j];
              return (
                <li key={j}>
                  <span className="chain-edge">
                    {forward ? '↓' : '↑'} <code>{e.type}</code> {forward ? '' : '(reverse)'} — {e.why ?? RELATION_RULES[e.type].meaning}
                  </span>
                  <EntityName id={next} />
                </li>
              );
            })}
          </ol>
        ))}
      </div>
    </ViewFrame>
  );
}
