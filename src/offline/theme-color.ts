/**
 * The browser's title bar and the installed app's window follow the app's theme. index.html
 * carries one theme-color per system scheme; once the app picks a theme (the user may override
 * the system's), both follow that choice.
 */
import type { Theme } from '../store/types';

/** The header's surface colour in each theme (styles.css --surface). */
export const THEME_CHROME: Record<Theme, string> = { light: '#ffffff', dark: '#111827' };

export function applyThemeColor(doc: Document, theme: Theme): void {
  for (const meta of doc.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) meta.content = THEME_CHROME[theme];
}

/** Follows `<html data-theme>` (set by the app) for the page's lifetime. Returns a stop function. */
export function followThemeColor(doc: Document = document): () => void {
  const root = doc.documentElement;
  const sync = () => {
    const t = root.dataset.theme;
    if (t === 'light' || t === 'dark') applyThemeColor(doc, t);
  };
  const observer = new MutationObserver(sync);
  observer.observe(root, { attributes: true, attributeFilter: ['data-theme'] });
  sync();
  return () => observer.disconnect();
}
