import type { Entity } from '../../model/bundle';
import { ExternalLink, hostOf } from '../../ui/links';

export function Sources({ entity: e }: { entity: Entity }) {
  return (
    <ol className="sources">
      {e.sources.map((s, i) => (
        <li key={i}>
          <ExternalLink href={s.url}>{s.title}</ExternalLink> — {s.publisher ?? hostOf(s.url)}, {s.year}
        </li>
      ))}
    </ol>
  );
}
