/**
 * An item of the entity page with its own deep-link anchor (`id` from anchorDomId) and a
 * "copy link" button, so anyone can share "M2 › Failure modes › Split brain" exactly.
 */
import { useState, type ReactNode } from 'react';
import { anchorDomId } from '../model/sections';
import { formatRoute } from '../model/route';

export function itemHref(entityId: string, section: string, item?: string): string {
  return formatRoute({ view: { name: 'entity', id: entityId, section, ...(item !== undefined ? { item } : {}) } });
}

export function CopyLink({ entityId, section, item, label }: { entityId: string; section: string; item?: string; label: string }) {
  const [copied, setCopied] = useState(false);
  const href = itemHref(entityId, section, item);
  const copy = () => {
    const url = `${location.origin}${location.pathname}${location.search}${href}`;
    navigator.clipboard?.writeText(url).then(
      () => {
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      },
      () => undefined,
    );
  };
  return (
    <button type="button" className="copy-link" onClick={copy} aria-label={`Copy link to ${label}`} title="Copy link">
      {copied ? '✓' : '#'}
    </button>
  );
}

type Tag = 'div' | 'li' | 'tr' | 'article';

/** Wraps one item; `as="tr"` puts the copy button into the row's last cell. */
export function Item({
  entityId,
  section,
  slug,
  label,
  as = 'div',
  className,
  children,
}: {
  entityId: string;
  section: string;
  slug: string;
  label: string;
  as?: Tag;
  className?: string;
  children: ReactNode;
}) {
  const Tag = as;
  const cls = `page-item${className ? ` ${className}` : ''}`;
  if (as === 'tr') {
    return (
      <tr id={anchorDomId(section, slug)} className={cls}>
        {children}
        <td className="copy-cell">
          <CopyLink entityId={entityId} section={section} item={slug} label={label} />
        </td>
      </tr>
    );
  }
  return (
    <Tag id={anchorDomId(section, slug)} className={cls}>
      <CopyLink entityId={entityId} section={section} item={slug} label={label} />
      {children}
    </Tag>
  );
}
