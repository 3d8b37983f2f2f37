/**
 * Store factory: one store per app (and per test), React Flow style. Slices
 * are combined here; side effects (URL, localStorage) live in their own modules.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createFiltersSlice, createNavigationSlice, createPathSlice, createUiSlice } from './slices';
import type { AppState, Theme, ThemePreference } from './types';

export interface StoreInit {
  done?: ReadonlySet<string>;
  themePreference?: ThemePreference;
  systemTheme?: Theme;
}

export type AppStore = StoreApi<AppState>;

export function createAppStore(init: StoreInit = {}): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createNavigationSlice(...a),
    ...createFiltersSlice(...a),
    ...createPathSlice(init.done ?? new Set())(...a),
    ...createUiSlice({ themePreference: init.themePreference ?? 'system', systemTheme: init.systemTheme ?? 'light' })(...a),
  }));
}
