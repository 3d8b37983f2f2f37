import type { Entity } from '../../model/bundle';
import type { Example } from '../../model/schema';
import { ExternalLink, hostOf } from '../../ui/links';
import { List } from './List';

export function Production({ entity: e }: { entity: Entity }) {
  const empty =
    !e.examples.length &&
    !e.failureModes.length &&
    !(e.kind === 'mechanism' && (e.parameters.length || e.cost)) &&
    !(e.kind === 'case-study' && e.scaleMetrics.length) &&
    !(e.kind === 'guarantee' && e.incidentAnalysis.length) &&
    !((e.kind === 'micro-pattern' || e.kind === 'system-pattern') && e.migration) &&
    e.kind !== 'incident';
  if (empty) return <p className="muted">No production details recorded yet.</p>;
  return (
    <>
      {e.kind === 'case-study' && e.scaleMetrics.length > 0 && <Figures title="Scale" figures={e.scaleMetrics} />}
      {e.kind === 'incident' && (
        <div className="sublist">
          <h4>Timeline</h4>
          <table className="table">
            <tbody>
              {e.timeline.map((t, i) => (
                <tr key={i}>
                  <th scope="row">{t.time}</th>
                  <td>{t.event}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            Postmortem: <ExternalLink href={e.postmortem}>{hostOf(e.postmortem)}</ExternalLink>
          </p>
        </div>
      )}
      {e.examples.length > 0 && (
        <div className="sublist">
          <h4>Examples in production</h4>
          {e.examples.map((x, i) => (
            <ExampleCard key={i} example={x} />
          ))}
        </div>
      )}
      {e.kind === 'mechanism' && e.parameters.length > 0 && (
        <div className="sublist">
          <h4>Configuration</h4>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Parameter</th>
                <th scope="col">Typical</th>
                <th scope="col">What it does</th>
              </tr>
            </thead>
            <tbody>
              {e.parameters.map((p, i) => (
                <tr key={i}>
                  <th scope="row">
                    <code>{p.name}</code>
                  </th>
                  <td>{p.typical}</td>
                  <td>
                    {p.description} {p.source && <ExternalLink href={p.source}>[{hostOf(p.source)}]</ExternalLink>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {e.failureModes.length > 0 && (
        <div className="sublist">
          <h4>Failure modes</h4>
          {e.failureModes.map((f, i) => (
            <details key={i} className="failure-mode" open={i === 0}>
              <summary>{f.name}</summary>
              <p>{f.description}</p>
              <p>
                <strong>Detect:</strong> {f.detection}
              </p>
              <p>
                <strong>Mitigate:</strong> {f.mitigation}
              </p>
            </details>
          ))}
        </div>
      )}
      {e.kind === 'guarantee' && e.incidentAnalysis.length > 0 && (
        <div className="sublist">
          <h4>Incident analysis</h4>
          {e.incidentAnalysis.map((a, i) => (
            <p key={i}>
              <strong>
                {a.title} ({a.year})
              </strong>{' '}
              — {a.lesson} <ExternalLink href={a.source}>[{hostOf(a.source)}]</ExternalLink>
            </p>
          ))}
        </div>
      )}
      {(e.kind === 'micro-pattern' || e.kind === 'system-pattern') && e.migration && (
        <div className="sublist">
          <h4>
            Migration: {e.migration.from} → {e.migration.to}
          </h4>
          <ol>
            {e.migration.steps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
        </div>
      )}
      {e.kind === 'mechanism' && e.cost && <List title="Cost" items={[e.cost]} />}
    </>
  );
}

function ExampleCard({ example: x }: { example: Example }) {
  return (
    <div className="example">
      <p>
        <strong>{x.system}</strong> · {x.organisation}
        {x.year && <> · {x.year}</>} {x.source && <ExternalLink href={x.source}>[{hostOf(x.source)}]</ExternalLink>}
      </p>
      <p>{x.description}</p>
      {x.figures.length > 0 && <Figures figures={x.figures} />}
    </div>
  );
}

function Figures({ title, figures }: { title?: string; figures: Example['figures'] }) {
  return (
    <div className="sublist">
      {title && <h4>{title}</h4>}
      <table className="table figures">
        <tbody>
          {figures.map((f, i) => (
            <tr key={i}>
              <th scope="row">{f.metric}</th>
              <td>{f.value}</td>
              <td>
                <ExternalLink href={f.source}>
                  {hostOf(f.source)}, {f.year}
                </ExternalLink>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
