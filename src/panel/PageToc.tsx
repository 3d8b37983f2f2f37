/** "On this page": the sections present (from sectionsOf), with the one being read marked (scrollspy). */
import type { PageSection } from '../model/sections';
import { anchorDomId } from '../model/sections';
import { itemHref } from './Anchored';

export function PageToc({ entityId, sections, active, onGo }: { entityId: string; sections: PageSection[]; active: string | null; onGo: (section: string, item?: string) => void }) {
  return (
    <nav className="page-toc" aria-label="On this page">
      <h3 className="toc-title">On this page</h3>
      <ol>
        {sections.map((s) => (
          <li key={s.id} className={s.id === active ? 'active' : undefined}>
            <a
              href={itemHref(entityId, s.id)}
              aria-current={s.id === active ? 'location' : undefined}
              onClick={() => onGo(s.id)}
              data-target={anchorDomId(s.id)}
            >
              {s.label}
              {s.items.length > 0 && s.id !== 'diagrams' && <span className="count"> {s.items.length}</span>}
            </a>
            {s.items.length > 0 && s.id !== 'sources' && (
              <ol className="toc-items">
                {s.items.map((it) => (
                  <li key={it.slug}>
                    <a href={itemHref(entityId, s.id, it.slug)} onClick={() => onGo(s.id, it.slug)}>
                      {it.label}
                    </a>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
