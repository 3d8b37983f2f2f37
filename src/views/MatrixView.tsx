/** Production readiness matrix per kind: computed from the data, sortable and filterable; rows open the entity. */
import { useMemo, useState } from 'react';
import { useAtlasData } from '../store/context';
import { KIND_LABELS } from '../model/kinds';
import { KINDS, type Kind } from '../model/constants';
import { buildMatrix, filterRows, sortRows, type SortDir } from '../model/matrix';
import type { Entity } from '../model/bundle';
import type { GraphIndex } from '../model/graph-index';
import { useAllEntities } from './useAllEntities';
import { EntityName } from './EntityName';
import { Loaded, ViewFrame } from './ViewFrame';

export function MatrixView({ kind }: { kind: Kind }) {
  const state = useAllEntities();
  const nav = (
    <nav aria-label="Matrix kind" className="view-tabs">
      {KINDS.map((k) => (
        <a key={k} href={`#/matrix/${k}`} aria-current={k === kind ? 'page' : undefined}>
          {KIND_LABELS[k].many}
        </a>
      ))}
    </nav>
  );
  return (
    <ViewFrame title={`Production readiness: ${KIND_LABELS[kind].many.toLowerCase()}`} nav={nav}>
      <Loaded state={state}>{(entities) => <MatrixTable kind={kind} entities={entities} />}</Loaded>
    </ViewFrame>
  );
}

function MatrixTable({ kind, entities }: { kind: Kind; entities: Entity[] }) {
  const { graph, index } = useAtlasData();
  const matrix = useMemo(() => buildMatrix(kind, entities, graph.edges), [kind, entities, graph.edges]);
  // The filter matches the names of the entities a cell lists, as well as their codes.
  const searchable = useMemo(
    () =>
      matrix.rows.map((r) => ({
        ...r,
        cells: Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, { ...c, text: `${c.text} ${(idsIn(c.text, index) ?? []).map((id) => index.nodeById.get(id)!.name).join(' ')}` }])),
      })),
    [matrix.rows, index],
  );
  const [sort, setSort] = useState<{ key: string | null; dir: SortDir }>({ key: null, dir: 'asc' });
  const [query, setQuery] = useState('');
  const rows = useMemo(() => sortRows(filterRows(searchable, query), sort.key, sort.dir), [searchable, query, sort]);
  const byId = useMemo(() => new Map(matrix.rows.map((r) => [r.id, r])), [matrix.rows]);
  const header = (key: string, label: string) => {
    const active = sort.key === key;
    return (
      <th key={key} scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="sort" onClick={() => setSort({ key, dir: active && sort.dir === 'asc' ? 'desc' : 'asc' })}>
          {label} {active ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
        </button>
      </th>
    );
  };
  return (
    <>
      <label className="table-filter">
        Filter rows (names or codes) <input type="search" value={query} maxLength={64} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <p className="muted">
        {rows.length} of {matrix.rows.length} rows. A ✓ appears only when the data holds it; numbers count entries.
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Scrollable table">
        <table className="table matrix sticky-first">
          <thead>
            <tr>
              {header('id', 'Entity')}
              {matrix.columns.map((c) => header(c.key, c.label))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const r = byId.get(row.id)!;
              return (
                <tr key={r.id}>
                  <th scope="row">
                    <EntityName id={r.id} />
                  </th>
                  {matrix.columns.map((c) => {
                    const text = r.cells[c.key]?.text ?? '—';
                    const ids = idsIn(text, index);
                    return (
                      <td key={c.key} className={r.cells[c.key]?.present ? 'present' : 'absent'}>
                        {ids ? (
                          <ul className="cell-list">
                            {ids.map((id) => (
                              <li key={id}>
                                <EntityName id={id} />
                              </li>
                            ))}
                          </ul>
                        ) : (
                          text
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The entity IDs a list cell names ("M5, M7"), or null when the cell is not a list of IDs. */
function idsIn(text: string, index: GraphIndex): string[] | null {
  if (!text || text === '—') return null;
  const parts = text.split(', ');
  return parts.every((p) => index.nodeById.has(p)) ? parts : null;
}
