// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderHook } from '@testing-library/react';
import { buildGraphIndex } from '../../src/model/graph-index';
import type { GraphNode } from '../../src/model/app-data';
import type { Edge, Entity } from '../../src/model/bundle';
import { renderCached } from '../../src/diagram/svg-cache';
import { NEIGHBOURS_PRERENDERED, neighboursToPrerender, useNeighbourPrefetch } from '../../src/graph/use-neighbour-prefetch';

vi.mock('../../src/diagram/svg-cache', () => ({ renderCached: vi.fn(async (source: string) => ({ svg: `<svg>${source}</svg>` })) }));
// Idle at once: the test is about what is rendered and in which order, not when.
vi.mock('../../src/ui/when-idle', () => ({
  whenIdle: (fn: () => void) => {
    const t = setTimeout(fn, 0);
    return () => clearTimeout(t);
  },
}));
const diagramsOf = (id: string) => (id === 'LEAF-5' ? [] : [{ title: 't', type: 'flowchart', source: `first of ${id}` }, { title: 't', type: 'flowchart', source: `second of ${id}` }]);
vi.mock('../../src/panel/details-cache', () => ({
  fetchShard: vi.fn(async () => ({ get: (id: string) => ({ id, diagrams: diagramsOf(id) }) as unknown as Entity })),
}));

const node = (id: string, degree: number): GraphNode => ({ id, kind: 'mechanism', name: id, confidence: 'A', maturity: 'proven', degree, x: 0, y: 0, shard: 0 });
// HUB has ten neighbours of falling degree; LEAF-0 also links to FAR, two hops from HUB.
const nodes = [node('HUB', 10), ...Array.from({ length: 10 }, (_, i) => node(`LEAF-${i}`, 20 - i)), node('FAR', 99)];
const edges = [...Array.from({ length: 10 }, (_, i) => ({ source: 'HUB', target: `LEAF-${i}`, type: 'uses' })), { source: 'LEAF-0', target: 'FAR', type: 'uses' }] as Edge[];
const index = buildGraphIndex({ nodes, edges });
const rendered = () => vi.mocked(renderCached).mock.calls.map((c) => c[0]);

afterEach(() => {
  vi.useRealTimers();
  vi.mocked(renderCached).mockClear();
  vi.mocked(renderCached).mockImplementation(async (source: string) => ({ svg: `<svg>${source}</svg>` }));
});

describe('neighbour prefetch', () => {
  it('picks the best-connected direct neighbours, never the node itself or two hops away', () => {
    expect(neighboursToPrerender(index, 'HUB')).toEqual(['LEAF-0', 'LEAF-1', 'LEAF-2', 'LEAF-3', 'LEAF-4', 'LEAF-5']);
    expect(neighboursToPrerender(index, 'HUB')).toHaveLength(NEIGHBOURS_PRERENDERED);
    expect(neighboursToPrerender(index, 'LEAF-0')).toEqual(['FAR', 'HUB']);
  });

  it("renders the selection's own diagrams first, then the first diagram of each chosen neighbour", async () => {
    vi.useFakeTimers();
    const { unmount } = renderHook(() => useNeighbourPrefetch('HUB', index, '/', 'light'));
    await vi.runAllTimersAsync();
    // LEAF-5 has no diagram: nothing to render for it, and the queue ends there (six chosen).
    expect(rendered()).toEqual(['first of HUB', 'second of HUB', 'first of LEAF-0', 'first of LEAF-1', 'first of LEAF-2', 'first of LEAF-3', 'first of LEAF-4']);
    unmount();
  });

  it('waits for each render, stops when the selection changes, and starts on the new one', async () => {
    vi.useFakeTimers();
    // Renders finish only when the test says so.
    const pending: (() => void)[] = [];
    vi.mocked(renderCached).mockImplementation((source: string) => new Promise((done) => pending.push(() => done({ svg: source }))));
    const settle = async () => {
      pending.splice(0).forEach((done) => done());
      await vi.runAllTimersAsync();
    };
    const { rerender, unmount } = renderHook(({ id }: { id: string | null }) => useNeighbourPrefetch(id, index, '/', 'dark'), { initialProps: { id: 'HUB' as string | null } });
    await vi.runAllTimersAsync();
    expect(rendered()).toEqual(['first of HUB', 'second of HUB']); // nothing guessed while its own are under way
    await settle();
    expect(rendered()).toEqual(['first of HUB', 'second of HUB', 'first of LEAF-0']); // one at a time
    rerender({ id: null });
    await settle();
    expect(rendered()).toEqual(['first of HUB', 'second of HUB', 'first of LEAF-0']);
    rerender({ id: 'LEAF-0' });
    await vi.runAllTimersAsync();
    await settle();
    await settle();
    expect(rendered()).toEqual(['first of HUB', 'second of HUB', 'first of LEAF-0', 'first of LEAF-0', 'second of LEAF-0', 'first of FAR', 'first of HUB']);
    unmount();
  });
});
