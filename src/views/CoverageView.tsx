/** Coverage dashboard: where the content is thin, so contributors can see the gaps. */
import { useMemo } from 'react';
import { useAtlasData } from '../store/context';
import { computeCoverage } from '../model/coverage';
import { CONFIDENCE_LABELS, KIND_LABELS } from '../model/kinds';
import { CONFIDENCE } from '../model/constants';
import type { Entity } from '../model/bundle';
import { useAllEntities } from './useAllEntities';
import { Loaded, ViewFrame } from './ViewFrame';

export function CoverageView() {
  const state = useAllEntities();
  return (
    <ViewFrame title="Coverage">
      <Loaded state={state}>{(entities) => <CoverageBody entities={entities} />}</Loaded>
    </ViewFrame>
  );
}

function CoverageBody({ entities }: { entities: Entity[] }) {
  const { graph } = useAtlasData();
  const c = useMemo(() => computeCoverage(entities, graph.edges), [entities, graph.edges]);
  const total = entities.length || 1;
  return (
    <div className="coverage">
      <table className="table">
        <caption>Entities and diagrams per kind</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Entities</th>
            <th scope="col">Diagrams</th>
            <th scope="col">Diagrams per entity</th>
            <th scope="col">Fewest diagrams</th>
          </tr>
        </thead>
        <tbody>
          {c.perKind.map((k) => (
            <tr key={k.kind}>
              <th scope="row">
                <a href={`#/matrix/${k.kind}`}>{KIND_LABELS[k.kind].many}</a>
              </th>
              <td>{k.entities}</td>
              <td>{k.diagrams}</td>
              <td>{k.entities ? (k.diagrams / k.entities).toFixed(1) : '—'}</td>
              <td>{k.entities ? k.minDiagrams : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Confidence</h3>
      <ul className="bars">
        {CONFIDENCE.map((k) => (
          <li key={k}>
            <span className="bar-label">{CONFIDENCE_LABELS[k]}</span>
            <span className="bar" style={{ width: `${(100 * c.confidence[k]) / total}%` }} aria-hidden="true" />
            <span>
              {c.confidence[k]} ({Math.round((100 * c.confidence[k]) / total)}%)
            </span>
          </li>
        ))}
      </ul>
      <Gap title="Missing sources" ids={c.missingSources} />
      <Gap title="Missing diagrams" ids={c.missingDiagrams} />
      <Gap title="Core entities below two diagrams" ids={c.belowTwoDiagrams} />
      <Gap title="Guarantees and mechanisms no incident points at" ids={c.withoutIncidents} />
      <Gap title="Entities without any sourced figure" ids={c.withoutFigures} />
      <p className="muted">
        {entities.length} entities, {c.totalEdges} relations, {c.totalDiagrams} diagrams.
      </p>
    </div>
  );
}

function Gap({ title, ids }: { title: string; ids: string[] }) {
  return (
    <div className="gap">
      <h3>
        {title} <span className="count">{ids.length}</span>
      </h3>
      {ids.length === 0 ? (
        <p className="muted">None — fully covered.</p>
      ) : (
        <p className="gap-list">
          {ids.map((id) => (
            <a key={id} href={`#/entity/${encodeURIComponent(id)}`}>
              {id}
            </a>
          ))}
        </p>
      )}
    </div>
  );
}
