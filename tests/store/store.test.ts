import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/create-store';
import { selectedIdFor, selectTheme } from '../../src/store/selectors';

const paths = [{ id: 'p', title: 'P', description: 'D', steps: [{ entity: 'MP5', verb: 'Read' as const, why: 'w' }, { entity: 'M1', verb: 'Check' as const, why: 'w' }] }];

describe('app store slices', () => {
  it('gives each store its own state (factory)', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().selectEntity('M5');
    expect(b.getState().view).toEqual({ name: 'home' });
  });

  it('selects and clears entities, opening the panel', () => {
    const s = createAppStore();
    s.getState().setPanelOpen(false);
    s.getState().selectEntity('G-LIN');
    expect(s.getState().view).toEqual({ name: 'entity', id: 'G-LIN' });
    expect(s.getState().panelOpen).toBe(true);
    expect(selectedIdFor(s.getState(), paths)).toBe('G-LIN');
    s.getState().selectEntity(null);
    expect(selectedIdFor(s.getState(), paths)).toBeNull();
  });

  it('derives the selection from the current path step, clamped', () => {
    const s = createAppStore();
    s.getState().navigate({ name: 'path', pathId: 'p', step: 9 });
    expect(selectedIdFor(s.getState(), paths)).toBe('M1');
    s.getState().navigate({ name: 'path', pathId: 'missing', step: 1 });
    expect(selectedIdFor(s.getState(), paths)).toBeNull();
  });

  it('toggles facets immutably and clears them', () => {
    const s = createAppStore();
    const before = s.getState().filters;
    s.getState().toggleFacet('kinds', 'mechanism');
    s.getState().toggleFacet('confidence', 'A');
    expect([...s.getState().filters.kinds]).toEqual(['mechanism']);
    expect(before.kinds.size).toBe(0);
    s.getState().toggleFacet('kinds', 'mechanism');
    expect(s.getState().filters.kinds.size).toBe(0);
    s.getState().setFocus(true);
    s.getState().clearFilters();
    expect(s.getState().filters.confidence.size).toBe(0);
    expect(s.getState().focus).toBe(false);
  });

  it('follows the system theme unless the user chose one', () => {
    const s = createAppStore({ systemTheme: 'dark' });
    expect(selectTheme(s.getState())).toBe('dark');
    s.getState().setThemePreference('light');
    s.getState().setSystemTheme('dark');
    expect(selectTheme(s.getState())).toBe('light');
  });

  it('marks path steps done and bounds the panel width', () => {
    const s = createAppStore({ done: new Set(['p#1']) });
    s.getState().toggleDone('p#2');
    s.getState().toggleDone('p#1');
    expect([...s.getState().done]).toEqual(['p#2']);
    s.getState().setPanelWidth(10);
    expect(s.getState().panelWidth).toBe(300);
    s.getState().setPanelWidth(5000);
    expect(s.getState().panelWidth).toBe(960);
  });
});
