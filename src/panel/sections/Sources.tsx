import type { Entity } from '../../model/bundle';
import type { SectionItem } from '../../model/sections';
import { ExternalLink, hostOf } from '../../ui/links';
import { Item } from '../Anchored';

export function Sources({ entity: e, items }: { entity: Entity; items: SectionItem[] }) {
  return (
    <ol className="sources item-list">
      {e.sources.map((s, i) => (
        <Item key={i} as="li" entityId={e.id} section="sources" slug={items[i].slug} label={`source ${i + 1}`}>
          <ExternalLink href={s.url}>{s.title}</ExternalLink> — {s.publisher ?? hostOf(s.url)}, {s.year}
          {s.archived && (
            <>
              {' '}
              (<ExternalLink href={s.archived}>archived copy</ExternalLink>)
            </>
          )}
        </Item>
      ))}
    </ol>
  );
}
