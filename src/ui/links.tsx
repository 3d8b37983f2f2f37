/** Links from data: only http(s) URLs become links; anything else is shown as plain text. */
import type { ReactNode } from 'react';

export function safeHttpUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const safe = safeHttpUrl(href);
  if (!safe) return <span className="unsafe-link">{children}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url.slice(0, 40);
  }
}

/** A link that selects an entity in the app (hash route). */
export function EntityLink({ id, children }: { id: string; children: ReactNode }) {
  return <a href={`#/entity/${encodeURIComponent(id)}`}>{children}</a>;
}
