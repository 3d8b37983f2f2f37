/** Parameters, migration steps and an incident's timeline: numbered or named items, each with its anchor. */
import type { Entity } from '../../model/bundle';
import type { SectionItem } from '../../model/sections';
import { ExternalLink, hostOf } from '../../ui/links';
import { Item } from '../Anchored';

export function Parameters({ entity: e, items }: { entity: Entity; items: SectionItem[] }) {
  if (e.kind !== 'mechanism') return null;
  return (
    <div className="table-wrap">
      <table className="table params">
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            <th scope="col">Typical</th>
            <th scope="col">What it does</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {e.parameters.map((p, i) => (
            <Item key={i} as="tr" entityId={e.id} section="parameters" slug={items[i].slug} label={p.name}>
              <th scope="row">
                <code>{p.name}</code>
              </th>
              <td>{p.typical}</td>
              <td>
                {p.description} {p.source && <ExternalLink href={p.source}>[{hostOf(p.source)}]</ExternalLink>}
              </td>
            </Item>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Migration({ entity: e, items }: { entity: Entity; items: SectionItem[] }) {
  if ((e.kind !== 'micro-pattern' && e.kind !== 'system-pattern') || !e.migration) return null;
  return (
    <>
      <p>
        From <strong>{e.migration.from}</strong> to <strong>{e.migration.to}</strong>:
      </p>
      <ol className="item-list">
        {e.migration.steps.map((s, i) => (
          <Item key={i} as="li" entityId={e.id} section="migration" slug={items[i].slug} label={`step ${i + 1}`}>
            {s}
          </Item>
        ))}
      </ol>
    </>
  );
}

export function Timeline({ entity: e, items }: { entity: Entity; items: SectionItem[] }) {
  if (e.kind !== 'incident') return null;
  return (
    <>
      <div className="table-wrap">
        <table className="table timeline">
          <tbody>
            {e.timeline.map((t, i) => (
              <Item key={i} as="tr" entityId={e.id} section="timeline" slug={items[i].slug} label={`timeline entry ${i + 1}`}>
                <th scope="row">{t.time}</th>
                <td>{t.event}</td>
              </Item>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        Postmortem: <ExternalLink href={e.postmortem}>{hostOf(e.postmortem)}</ExternalLink>
      </p>
    </>
  );
}
