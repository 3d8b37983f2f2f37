/** Module-level selectors: stable functions, so components re-render only when their slice of state changes. */
import type { QuickPath } from '../model/bundle';
import { clampStep, findPath } from '../model/paths';
import type { AppState, Theme } from './types';

export const selectTheme = (s: AppState): Theme => (s.themePreference === 'system' ? s.systemTheme : s.themePreference);
export const selectView = (s: AppState) => s.view;
export const selectFilters = (s: AppState) => s.filters;
export const selectFocus = (s: AppState) => s.focus;
export const selectHops = (s: AppState) => s.hops;
export const selectDone = (s: AppState) => s.done;
export const selectListMode = (s: AppState) => s.listMode;
export const selectHovered = (s: AppState) => s.hoveredId;

/** The entity the user is looking at: the routed entity, or the current path step's entity. */
export function selectedIdFor(s: AppState, paths: readonly QuickPath[]): string | null {
  const v = s.view;
  if (v.name === 'entity') return v.id;
  if (v.name === 'path') {
    const p = findPath(paths, v.pathId);
    return p ? p.steps[clampStep(p, v.step) - 1].entity : null;
  }
  return null;
}
