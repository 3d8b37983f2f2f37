/**
 * Global keyboard shortcuts: / or Ctrl/Cmd-K search · Esc clear · ← → path
 * steps · f fit · l list view · t theme · ? help · F6 regions. Ignored while
 * typing and after focus silently left a text field (see shortcut-guard).
 */
import { useEffect } from 'react';
import { clampStep, findPath } from '../model/paths';
import type { QuickPath } from '../model/bundle';
import type { AppStore } from '../store/create-store';
import { selectTheme } from '../store/selectors';

import { createShortcutGuard, type FocusTarget } from './shortcut-guard';
import { focusNextRegion } from './regions';

const searchListOpen = () => document.getElementById('atlas-search')?.getAttribute('aria-expanded') === 'true';

export function useShortcuts(store: AppStore, paths: readonly QuickPath[]) {
  useEffect(() => {
    const guard = createShortcutGuard();
    const onFocusIn = (e: FocusEvent) => guard.focusIn(e.target as FocusTarget);
    const onPointerDown = () => guard.pointerDown();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F6' && !e.ctrlKey && !e.metaKey && !e.altKey) {
        guard.allows('F6', null, false);
        if (focusNextRegion(e.shiftKey)) e.preventDefault();
        return;
      }
      if ((e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        document.getElementById('atlas-search')?.focus();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (!guard.allows(e.key, e.target as FocusTarget, searchListOpen())) return;
      const s = store.getState();
      switch (e.key) {
        case '/':
          e.preventDefault();
          document.getElementById('atlas-search')?.focus();
          break;
        case 'Escape':
          // One layer per press, topmost first: a layer that handled Esc (the diagram reader,
          // a picker's list) prevents the default, and nothing else closes.
          if (e.defaultPrevented) break;
          if (s.shortcutsOpen) s.setShortcutsOpen(false);
          else if (s.menuOpen) s.setMenuOpen(false);
          else if (s.filtersOpen) s.setFiltersOpen(false);
          else if (s.readingMode) s.setReadingMode(false);
          else if (s.view.name !== 'home') s.selectEntity(null);
          else if (s.focus) s.setFocus(false);
          break;
        case 'ArrowLeft':
        case 'ArrowRight': {
          if (s.view.name !== 'path') return;
          const p = findPath(paths, s.view.pathId);
          if (!p) return;
          const step = clampStep(p, s.view.step + (e.key === 'ArrowRight' ? 1 : -1));
          if (step !== s.view.step) s.navigate({ name: 'path', pathId: p.id, step });
          e.preventDefault();
          break;
        }
        case 'f':
          s.requestFit();
          break;
        case 'l':
          s.toggleListMode();
          break;
        case 't':
          s.setThemePreference(selectTheme(s) === 'dark' ? 'light' : 'dark');
          break;
        case '?':
          s.setShortcutsOpen(!s.shortcutsOpen);
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('pointerdown', onPointerDown, true);
    };
  }, [store, paths]);
}
