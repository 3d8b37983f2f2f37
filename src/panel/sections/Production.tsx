import type { Entity } from '../../model/bundle';
import type { Example } from '../../model/schema';
import type { SectionItem } from '../../model/sections';
import { ExternalLink, hostOf } from '../../ui/links';
import { Item } from '../Anchored';

/** Production examples, incident analysis, scale figures and an incident's facts, each its own anchor. */
export function Production({ entity: e, items }: { entity: Entity; items: SectionItem[] }) {
  let k = 0;
  const next = () => items[k++];
  const blocks: React.ReactNode[] = [];
  e.examples.forEach((x, i) => {
    const it = next();
    blocks.push(
      <Item key={`x${i}`} entityId={e.id} section="production" slug={it.slug} label={it.label} className="example">
        <ExampleCard example={x} />
      </Item>,
    );
  });
  if (e.kind === 'guarantee') {
    e.incidentAnalysis.forEach((a, i) => {
      const it = next();
      blocks.push(
        <Item key={`a${i}`} entityId={e.id} section="production" slug={it.slug} label={it.label} className="analysis">
          <h4>
            {a.title} ({a.year})
          </h4>
          <p>
            {a.lesson} <ExternalLink href={a.source}>[{hostOf(a.source)}]</ExternalLink>
          </p>
        </Item>,
      );
    });
  }
  if (e.kind === 'case-study' && e.scaleMetrics.length > 0) {
    blocks.push(
      <div key="scale" className="sublist">
        <h4>Scale</h4>
        <div className="table-wrap">
          <table className="table figures">
            <tbody>
              {e.scaleMetrics.map((f, i) => {
                const it = next();
                return (
                  <Item key={i} as="tr" entityId={e.id} section="production" slug={it.slug} label={it.label}>
                    <FigureCells figure={f} />
                  </Item>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>,
    );
  }
  if (e.kind === 'incident') {
    const facts: [string, React.ReactNode][] = [
      [
        'Impact',
        <>
          {e.impact.summary}
          {e.impact.duration && <> Duration: {e.impact.duration}.</>}
          {e.impact.users && <> Users: {e.impact.users}.</>}
          {e.impact.dataLoss && <> Data loss: {e.impact.dataLoss}.</>}
        </>,
      ],
      ['Trigger', e.trigger],
      ['Root cause', e.rootCause],
      ['Fix', e.fix],
      [
        'Lessons',
        <ul key="l">
          {e.lessons.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ul>,
      ],
    ];
    facts.forEach(([title, body]) => {
      const it = next();
      blocks.push(
        <Item key={title} entityId={e.id} section="production" slug={it.slug} label={title}>
          <h4>{title}</h4>
          <div>{body}</div>
        </Item>,
      );
    });
  }
  if (!blocks.length) return <p className="muted">No production details recorded yet.</p>;
  return <>{blocks}</>;
}

function ExampleCard({ example: x }: { example: Example }) {
  return (
    <>
      <p>
        <strong>{x.system}</strong> · {x.organisation}
        {x.year && <> · {x.year}</>} {x.source && <ExternalLink href={x.source}>[{hostOf(x.source)}]</ExternalLink>}
      </p>
      <p>{x.description}</p>
      {x.figures.length > 0 && (
        <div className="table-wrap">
          <table className="table figures">
            <tbody>
              {x.figures.map((f, i) => (
                <tr key={i}>
                  <FigureCells figure={f} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function FigureCells({ figure: f }: { figure: Example['figures'][number] }) {
  return (
    <>
      <th scope="row">{f.metric}</th>
      <td>{f.value}</td>
      <td className="figure-source">
        <ExternalLink href={f.source}>
          {hostOf(f.source)}, {f.year}
        </ExternalLink>
      </td>
    </>
  );
}
