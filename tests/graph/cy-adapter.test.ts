import cytoscape from 'cytoscape';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCyAdapter } from '../../src/graph/cy-adapter';
import { graphElements } from '../../src/graph/elements';
import type { GraphNode } from '../../src/model/app-data';
import type { Edge } from '../../src/model/bundle';
import { edgeKey } from '../../src/model/graph-index';

const node = (id: string, x: number): GraphNode => ({
  id, kind: 'mechanism', name: `${id} name`, confidence: 'A', maturity: 'proven', degree: 1, x, y: 0, shard: 0,
});
// Enough edges for several chunks, so classes asked for mid-way are tested too.
const nodes = Array.from({ length: 60 }, (_, i) => node(`N${i}`, i * 100));
const edges: Edge[] = [];
for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < Math.min(nodes.length, i + 20); j++) edges.push({ source: `N${i}`, target: `N${j}`, type: 'uses' });

// Node has no frames; the adapter only needs "after the next frame".
const raf = globalThis.requestAnimationFrame;
beforeAll(() => {
  globalThis.requestAnimationFrame = (cb: FrameRequestCallback) => {
    setTimeout(() => cb(0), 0);
    return 0;
  };
});
afterAll(() => {
  globalThis.requestAnimationFrame = raf;
});

function setUp() {
  const els = graphElements(nodes, edges, false);
  const cy = cytoscape({ headless: true, styleEnabled: true });
  const adapter = createCyAdapter(cy, { onSelect: () => {}, onHover: () => {} }, { elements: els.initial, deferredEdges: els.deferredEdges });
  return { cy, adapter, els };
}

describe('deferred edges', () => {
  it('starts with nodes only, then adds every edge', async () => {
    const { cy, adapter, els } = setUp();
    expect(els.deferredEdges.length).toBe(edges.length);
    expect(edges.length).toBeGreaterThan(800);
    expect(cy.nodes().length).toBe(nodes.length);
    expect(cy.edges().length).toBe(0);
    await adapter.addDeferredEdges();
    expect(cy.edges().length).toBe(edges.length);
    // Asking again neither adds duplicates nor waits.
    await adapter.addDeferredEdges();
    expect(cy.edges().length).toBe(edges.length);
  });

  it('gives an edge the classes asked for before it arrived, and the latest ones only', async () => {
    const { cy, adapter } = setUp();
    const first = edgeKey(edges[0]!);
    const last = edgeKey(edges[edges.length - 1]!);
    adapter.applyClasses(new Map([[first, 'lit'], [last, 'lit'], ['N0', 'selected']]));
    expect(cy.getElementById('N0').hasClass('selected')).toBe(true);
    const pending = adapter.addDeferredEdges();
    // A newer selection while the chunks are going in replaces the older wish.
    adapter.applyClasses(new Map([[last, 'on-path']]));
    await pending;
    expect(cy.getElementById(last).hasClass('on-path')).toBe(true);
    expect(cy.getElementById(last).hasClass('lit')).toBe(false);
    expect(cy.getElementById('N0').hasClass('selected')).toBe(false);
    // And clearing afterwards works on edges that came in with classes.
    adapter.applyClasses(new Map());
    expect(cy.getElementById(last).hasClass('on-path')).toBe(false);
    expect(cy.getElementById(first).hasClass('lit')).toBe(false);
  });
});
