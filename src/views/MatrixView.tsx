/** Production readiness matrix per kind: computed from the data, sortable and filterable; rows open the entity. */
import { useMemo, useState } from 'react';
import { useAtlasData } from '../store/context';
import { KIND_LABELS } from '../model/kinds';
import { KINDS, type Kind } from '../model/constants';
import { buildMatrix, filterRows, sortRows, type SortDir } from '../model/matrix';
import type { Entity } from '../model/bundle';
import { useAllEntities } from './useAllEntities';
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
  const { graph } = useAtlasData();
  const matrix = useMemo(() => buildMatrix(kind, entities, graph.edges), [kind, entities, graph.edges]);
  const [sort, setSort] = useState<{ key: string | null; dir: SortDir }>({ key: null, dir: 'asc' });
  const [query, setQuery] = useState('');
  const rows = useMemo(() => sortRows(filterRows(matrix.rows, query), sort.key, sort.dir), [matrix.rows, query, sort]);
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
        Filter rows <input type="search" value={query} maxLength={64} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <p className="muted">
        {rows.length} of {matrix.rows.length} rows. A ✓ appears only when the data holds it; numbers count entries.
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Scrollable table">
        <table className="table matrix">
          <thead>
            <tr>
              {header('id', 'ID')}
              {header('name', 'Name')}
              {matrix.columns.map((c) => header(c.key, c.label))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <a href={`#/entity/${encodeURIComponent(r.id)}`}>{r.id}</a>
                </th>
                <td>{r.name}</td>
                {matrix.columns.map((c) => (
                  <td key={c.key} className={r.cells[c.key]?.present ? 'present' : 'absent'}>
                    {r.cells[c.key]?.text ?? '—'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
