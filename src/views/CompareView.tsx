/** Compare 2–3 entities of one kind row by row; the URL (#/compare/A,B[,C]) is shareable. */
import { useMemo } from 'react';
import { useAppStore, useAtlasData } from '../store/context';
import { compareEntities } from '../model/compare';
import type { Entity } from '../model/bundle';
import { useAllEntities } from './useAllEntities';
import { EntityPicker } from './EntityPicker';
import { Loaded, ViewFrame } from './ViewFrame';

export function CompareView({ ids }: { ids: string[] }) {
  const state = useAllEntities();
  const store = useAppStore();
  const { index } = useAtlasData();
  const kind = ids.map((id) => index.nodeById.get(id)?.kind).find(Boolean);
  const setAt = (i: number, id: string) => {
    const next = [...ids];
    next[i] = id;
    const clean = next.filter(Boolean).slice(0, 3);
    store.getState().navigate({ name: 'compare', ids: clean });
  };
  return (
    <ViewFrame title="Compare">
      <div className="pickers">
        {[0, 1, 2].map((i) => (
          <EntityPicker key={i} label={i === 2 ? 'Third (optional)' : i === 0 ? 'First' : 'Second'} value={ids[i] ?? ''} kind={i === 0 ? undefined : kind} onChange={(id) => setAt(i, id)} />
        ))}
      </div>
      <Loaded state={state}>{(entities) => <CompareTable ids={ids.filter(Boolean)} entities={entities} />}</Loaded>
    </ViewFrame>
  );
}

function CompareTable({ ids, entities }: { ids: string[]; entities: Entity[] }) {
  const { graph } = useAtlasData();
  const byId = useMemo(() => new Map(entities.map((e) => [e.id, e])), [entities]);
  const chosen = ids.map((id) => byId.get(id)).filter((e): e is Entity => !!e);
  const unknown = ids.filter((id) => !byId.has(id));
  const result = useMemo(() => compareEntities(chosen, graph.edges), [chosen, graph.edges]);
  return (
    <>
      {unknown.length > 0 && <p role="status">Not found: {unknown.join(', ')}</p>}
      {!result.ok ? (
        <p className="muted">{result.reason}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Scrollable table">
          <table className="table compare">
            <thead>
              <tr>
                <td />
                {chosen.map((e) => (
                  <th key={e.id} scope="col">
                    <a href={`#/entity/${encodeURIComponent(e.id)}`}>{e.id}</a> {e.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.rows.map((r) => (
                <tr key={r.label}>
                  <th scope="row">{r.label}</th>
                  {r.values.map((v, i) => (
                    <td key={i}>
                      {v.length === 0 ? '—' : v.length === 1 ? v[0] : (
                        <ul>
                          {v.map((x, j) => (
                            <li key={j}>{x}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
