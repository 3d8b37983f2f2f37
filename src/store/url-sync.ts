/**
 * The one module that syncs the store with the address bar. Changing the view
 * pushes a history entry (so Back/Forward walk through selections); changing
 * filters or focus replaces the current entry.
 */
import { formatRoute, parseHash } from '../model/route';
import type { AppStore } from './create-store';
import type { AppState } from './types';

const routeOf = (s: AppState) => formatRoute({ view: s.view, filters: s.filters, focus: s.focus, hops: s.hops });

export function applyHash(store: AppStore, hash: string): void {
  const r = parseHash(hash);
  store.setState({ view: r.view, filters: r.filters, focus: r.focus, hops: r.hops });
}

export function startUrlSync(store: AppStore, win: Window = window): () => void {
  applyHash(store, win.location.hash);
  let applying = false;
  const onPop = () => {
    applying = true;
    try {
      applyHash(store, win.location.hash);
    } finally {
      applying = false;
    }
  };
  win.addEventListener('hashchange', onPop);
  win.addEventListener('popstate', onPop);
  const unsubscribe = store.subscribe((s, prev) => {
    if (applying) return;
    if (s.view === prev.view && s.filters === prev.filters && s.focus === prev.focus && s.hops === prev.hops) return;
    const next = routeOf(s);
    // An invalid address stays in the bar, so the user sees what they typed next to the not-found note.
    if (s.view.name === 'invalid' || next === win.location.hash) return;
    const url = `${win.location.pathname}${win.location.search}${next}`;
    if (s.view !== prev.view) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  });
  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', onPop);
    win.removeEventListener('popstate', onPop);
  };
}
