import type { Filters } from '../model/filters';
import type { View } from '../model/route';
import type { SheetState } from '../model/sheet';
import type { Confidence, Domain, Family, Kind, Maturity, PanelSection, RelationType } from '../model/schema';

export type Theme = 'light' | 'dark';
export type ThemePreference = Theme | 'system';

export interface NavigationSlice {
  /** What the URL shows: the entity, path step or view. */
  view: View;
  navigate(view: View): void;
  selectEntity(id: string | null): void;
}

export interface FacetValues {
  kinds: Kind;
  families: Family;
  domains: Domain;
  confidence: Confidence;
  maturity: Maturity;
}

export interface FiltersSlice {
  filters: Filters;
  focus: boolean;
  hops: 1 | 2;
  /** Relation types hidden from the graph (the relation legend's toggles); not in the URL. */
  hiddenRelations: ReadonlySet<RelationType>;
  toggleFacet<F extends keyof FacetValues>(facet: F, value: FacetValues[F]): void;
  /** Shows or hides one kind, leaving the others as they are (the kind chips). */
  toggleKind(kind: Kind): void;
  toggleRelation(type: RelationType): void;
  showAllRelations(): void;
  setOnlyKind(kind: Kind | null): void;
  clearFilters(): void;
  setFocus(on: boolean): void;
  setHops(h: 1 | 2): void;
}

export interface PathSlice {
  /** Steps marked done, as `pathId#step`; persisted. */
  done: ReadonlySet<string>;
  toggleDone(key: string): void;
}

export interface UiSlice {
  themePreference: ThemePreference;
  systemTheme: Theme;
  listMode: boolean;
  panelOpen: boolean;
  panelWidth: number;
  /** The entity page takes the whole window (graph and filters hidden). */
  readingMode: boolean;
  /**
   * Section (and, where the step names one, item) the panel should scroll to, set by path steps,
   * with a nonce so the same anchor can be re-requested. The panel finds it as anchorDomId(section, item).
   */
  panelSection: { section: PanelSection; item?: string; nonce: number } | null;
  hoveredId: string | null;
  shortcutsOpen: boolean;
  /** The app menu (views, paths, theme, help): the only way to them on a phone. */
  menuOpen: boolean;
  /** Narrow screens: the legend and filters as a drawer over the graph. */
  filtersOpen: boolean;
  /** Narrow screens: how far the entity panel's bottom sheet is pulled up. */
  sheet: SheetState;
  /** Bumped to move keyboard focus to the entity panel's heading once it has rendered. */
  panelFocusNonce: number;
  /** Bumped to ask the graph to fit itself (keyboard `f`). */
  fitNonce: number;
  requestFit(): void;
  setThemePreference(t: ThemePreference): void;
  setSystemTheme(t: Theme): void;
  toggleListMode(): void;
  setPanelOpen(open: boolean): void;
  setPanelWidth(px: number): void;
  setReadingMode(on: boolean): void;
  requestSection(section: PanelSection | null, item?: string): void;
  setHovered(id: string | null): void;
  setShortcutsOpen(open: boolean): void;
  setMenuOpen(open: boolean): void;
  setFiltersOpen(open: boolean): void;
  setSheet(s: SheetState): void;
  requestPanelFocus(): void;
}

export type AppState = NavigationSlice & FiltersSlice & PathSlice & UiSlice;
