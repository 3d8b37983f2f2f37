// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/create-store';
import { startUrlSync } from '../../src/store/url-sync';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  window.history.replaceState(null, '', '/');
});

describe('url sync', () => {
  it('reads the initial hash into the store', () => {
    window.history.replaceState(null, '', '/#/entity/M5?kinds=mechanism&focus=1');
    const s = createAppStore();
    stop = startUrlSync(s);
    expect(s.getState().view).toEqual({ name: 'entity', id: 'M5' });
    expect([...s.getState().filters.kinds]).toEqual(['mechanism']);
    expect(s.getState().focus).toBe(true);
  });

  it('pushes a history entry per selection and replaces it for filter changes', () => {
    window.history.replaceState(null, '', '/#/');
    const s = createAppStore();
    stop = startUrlSync(s);
    const start = window.history.length;
    s.getState().selectEntity('G-LIN');
    expect(window.location.hash).toBe('#/entity/G-LIN');
    expect(window.history.length).toBe(start + 1);
    s.getState().toggleFacet('kinds', 'guarantee');
    expect(window.location.hash).toBe('#/entity/G-LIN?kinds=guarantee');
    expect(window.history.length).toBe(start + 1);
  });

  it('applies hash changes made outside the app (links, typing, back)', () => {
    const s = createAppStore();
    stop = startUrlSync(s);
    window.location.hash = '#/path/implement-cqrs/2';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(s.getState().view).toEqual({ name: 'path', pathId: 'implement-cqrs', step: 2 });
  });

  it('keeps a hostile address in the bar and shows it as invalid instead of crashing', () => {
    window.history.replaceState(null, '', '/#/entity/%E0%A4%A');
    const s = createAppStore();
    stop = startUrlSync(s);
    expect(s.getState().view.name).toBe('invalid');
    expect(window.location.hash).toBe('#/entity/%E0%A4%A');
  });
});
