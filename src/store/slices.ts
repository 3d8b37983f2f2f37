/** The store's slices. Each owns one concern; together they are the single source of truth for what the user sees. */
import type { StateCreator } from 'zustand/vanilla';
import { NO_FILTERS, toggle, toggleKindShown } from '../model/filters';
import type { AppState, FiltersSlice, NavigationSlice, PathSlice, UiSlice } from './types';

type Slice<T> = StateCreator<AppState, [], [], T>;

export const createNavigationSlice: Slice<NavigationSlice> = (set) => ({
  view: { name: 'home' },
  navigate: (view) => set({ view, panelOpen: true }),
  selectEntity: (id) => set(id === null ? { view: { name: 'home' } } : { view: { name: 'entity', id }, panelOpen: true }),
});

export const createFiltersSlice: Slice<FiltersSlice> = (set) => ({
  filters: NO_FILTERS,
  focus: false,
  hops: 1,
  hiddenRelations: new Set(),
  toggleKind: (kind) => set((s) => ({ filters: { ...s.filters, kinds: toggleKindShown(s.filters.kinds, kind) } })),
  toggleRelation: (type) => set((s) => ({ hiddenRelations: toggle(s.hiddenRelations, type) })),
  showAllRelations: () => set({ hiddenRelations: new Set() }),
  toggleFacet: (facet, value) =>
    set((s) => ({ filters: { ...s.filters, [facet]: toggle(s.filters[facet] as ReadonlySet<typeof value>, value) } })),
  setOnlyKind: (kind) => set((s) => ({ filters: { ...s.filters, kinds: kind ? new Set([kind]) : new Set() } })),
  clearFilters: () => set({ filters: NO_FILTERS, focus: false }),
  setFocus: (focus) => set({ focus }),
  setHops: (hops) => set({ hops }),
});

export const createPathSlice =
  (initialDone: ReadonlySet<string>): Slice<PathSlice> =>
  (set) => ({
    done: initialDone,
    toggleDone: (key) => set((s) => ({ done: toggle(s.done, key) })),
  });

export const createUiSlice =
  (initial: Pick<UiSlice, 'themePreference' | 'systemTheme'>): Slice<UiSlice> =>
  (set) => ({
    ...initial,
    listMode: false,
    panelOpen: true,
    panelWidth: 440,
    readingMode: false,
    panelSection: null,
    hoveredId: null,
    shortcutsOpen: false,
    menuOpen: false,
    filtersOpen: false,
    sheet: 'peek',
    panelFocusNonce: 0,
    fitNonce: 0,
    requestFit: () => set((s) => ({ fitNonce: s.fitNonce + 1 })),
    setThemePreference: (themePreference) => set({ themePreference }),
    setSystemTheme: (systemTheme) => set({ systemTheme }),
    toggleListMode: () => set((s) => ({ listMode: !s.listMode })),
    setPanelOpen: (panelOpen) => set({ panelOpen }),
    setPanelWidth: (px) => set({ panelWidth: Math.round(Math.min(Math.max(px, 300), 960)) }),
    setReadingMode: (readingMode) => set({ readingMode }),
    requestSection: (section, item) =>
      set((s) => ({ panelSection: section ? { section, ...(item ? { item } : {}), nonce: (s.panelSection?.nonce ?? 0) + 1 } : null })),
    setHovered: (hoveredId) => set({ hoveredId }),
    setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
    setMenuOpen: (menuOpen) => set({ menuOpen }),
    setFiltersOpen: (filtersOpen) => set({ filtersOpen }),
    setSheet: (sheet) => set({ sheet }),
    requestPanelFocus: () => set((s) => ({ panelFocusNonce: s.panelFocusNonce + 1 })),
  });
