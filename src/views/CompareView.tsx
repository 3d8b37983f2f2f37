/**
 * Compare 2–3 entities of one kind: first how they relate (the direct relations and their
 * reasons), then when to pick which, then aligned rows with the differences marked.
 * The URL (#/compare/A,B[,C]) is shareable.
 */
import { useMemo, type ReactNode } from 'react';
import { useAppStore, useAtlasData } from '../store/context';
import { compareEntities } from '../model/compare';
import { RELATION_LABELS } from '../model/kinds';
import type { Entity } from '../model/bundle';
import { useAllEntities } from './useAllEntities';
import { EntityPicker } from './EntityPicker';
import { EntityName } from './EntityName';
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
          <EntityPicker key={i} label={i === 2 ? 'Third (optional)' : i === 0 ? 'First' : 'Second'} value={ids[i] ?? ''} kind={i === 0 && ids.length <= 1 ? undefined : kind} onChange={(id) => setAt(i, id)} />
        ))}
      </div>
      <Loaded state={state}>{(entities) => <CompareBody ids={ids.filter(Boolean)} entities={entities} />}</Loaded>
    </ViewFrame>
  );
}

function CompareBody({ ids, entities }: { ids: string[]; entities: Entity[] }) {
  const { graph, index } = useAtlasData();
  const byId = useMemo(() => new Map(entities.map((e) => [e.id, e])), [entities]);
  const chosen = useMemo(() => ids.map((id) => byId.get(id)).filter((e): e is Entity => !!e), [ids, byId]);
  const unknown = ids.filter((id) => !byId.has(id));
  const result = useMemo(() => compareEntities(chosen, graph.edges), [chosen, graph.edges]);
  const set = new Set(chosen.map((e) => e.id));
  const direct = graph.edges.filter((e) => set.has(e.source) && set.has(e.target) && e.source !== e.target);
  const value = (x: string): ReactNode => {
    const m = /^(implies|implied by) (.+)$/.exec(x);
    if (m && index.nodeById.has(m[2])) return <>{m[1]} <EntityName id={m[2]} /></>;
    return index.nodeById.has(x) ? <EntityName id={x} /> : x;
  };
  return (
    <>
      {unknown.length > 0 && <p role="status">Not found: {unknown.join(', ')}</p>}
      {!result.ok ? (
        <p className="muted">{result.reason}</p>
      ) : (
        <>
          <section className="compare-block" aria-labelledby="cmp-rel">
            <h3 id="cmp-rel">How they relate</h3>
            {direct.length === 0 ? (
              <p className="muted">No direct relation between them in the atlas; try “How related?” for longer chains.</p>
            ) : (
              <ul className="compare-relations">
                {direct.map((e, i) => (
                  <li key={i}>
                    <EntityName id={e.source} /> <strong className="rel-type">{RELATION_LABELS[e.type].forward.toLowerCase()}</strong> <EntityName id={e.target} />
                    {e.why && <span className="why"> — {e.why}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="compare-block" aria-labelledby="cmp-pick">
            <h3 id="cmp-pick">When to pick which</h3>
            <div className="pick-grid" style={{ ['--cols' as string]: chosen.length }}>
              {chosen.map((e) => (
                <div key={e.id} className="pick-card">
                  <h4>
                    <EntityName id={e.id} />
                  </h4>
                  {e.whenToUse.length > 0 ? (
                    <>
                      <p className="pick-label">Pick it when</p>
                      <ul>
                        {e.whenToUse.map((w, i) => (
                          <li key={i}>{w}</li>
                        ))}
                      </ul>
                    </>
                  ) : (
                    <p className="muted">{e.summary}</p>
                  )}
                  {e.whenNotToUse.length > 0 && (
                    <>
                      <p className="pick-label">Not when</p>
                      <ul>
                        {e.whenNotToUse.map((w, i) => (
                          <li key={i}>{w}</li>
                        ))}
                      </ul>
                    </>
                  )}
                </div>
              ))}
            </div>
          </section>
          <h3>Side by side</h3>
          <p className="muted">Rows that differ are marked; entries only one side has are highlighted.</p>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Comparison table">
            <table className="table compare sticky-first">
              <thead>
                <tr>
                  <td />
                  {chosen.map((e) => (
                    <th key={e.id} scope="col">
                      <EntityName id={e.id} />
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.rows.map((r) => {
                  const all = r.values.map((v) => new Set(v));
                  const shared = (x: string) => all.every((s) => s.has(x));
                  const differs = r.values.some((v) => v.join('\u0000') !== r.values[0].join('\u0000'));
                  // Only lists (relations, failure modes…) have entries to tell apart; prose always differs.
                  const listy = r.values.some((v) => v.length > 1) || r.values.flat().some((x) => index.nodeById.has(x));
                  return (
                    <tr key={r.label} className={differs ? 'differs' : 'same'}>
                      <th scope="row">
                        {r.label}
                        {differs && <span className="visually-hidden"> (differs)</span>}
                      </th>
                      {r.values.map((v, i) => (
                        <td key={i}>
                          {v.length === 0 ? (
                            '—'
                          ) : (
                            <ul className="cmp-values">
                              {v.map((x, j) => (
                                <li key={j} className={differs && listy && !shared(x) ? 'only-here' : undefined}>
                                  {value(x)}
                                </li>
                              ))}
                            </ul>
                          )}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
