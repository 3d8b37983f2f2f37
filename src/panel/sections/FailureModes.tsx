import type { Entity } from '../../model/bundle';
import type { SectionItem } from '../../model/sections';
import { Item } from '../Anchored';

/** Failure modes, then (for guarantees) what breaks it — in the order of sectionsOf's items. */
export function FailureModes({ entity: e, items }: { entity: Entity; items: SectionItem[] }) {
  const breaks = e.kind === 'guarantee' ? e.whatBreaksIt : [];
  const n = e.failureModes.length;
  if (!items.length) return <p className="muted">No failure modes recorded yet.</p>;
  return (
    <>
      {e.failureModes.map((f, i) => (
        <Item key={i} entityId={e.id} section="failure-modes" slug={items[i].slug} label={f.name} as="article" className="failure-mode">
          <h4>{f.name}</h4>
          <p>{f.description}</p>
          <p>
            <strong>Detect:</strong> {f.detection}
          </p>
          <p>
            <strong>Mitigate:</strong> {f.mitigation}
          </p>
        </Item>
      ))}
      {breaks.length > 0 && <h4 className="breaks-title">What breaks it</h4>}
      {breaks.map((w, i) => (
        <Item key={`b${i}`} entityId={e.id} section="failure-modes" slug={items[n + i].slug} label={items[n + i].label} className="breaks">
          <p>{w}</p>
        </Item>
      ))}
    </>
  );
}
