import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../src/model/app-data';
import type { Edge } from '../../src/model/bundle';
import { NO_FILTERS, nodePasses, toggle, visibleIds } from '../../src/model/filters';
import { buildGraphIndex, neighbourhood } from '../../src/model/graph-index';
import { clampStep, doneKey, progress } from '../../src/model/paths';
import { shortestChains } from '../../src/model/relatedness';
import { relationGroups } from '../../src/model/relation-groups';

const node = (id: string, kind: GraphNode['kind'], extra: Partial<GraphNode> = {}): GraphNode => ({
  id, kind, name: id, confidence: 'A', maturity: 'battle-tested', degree: 0, x: 0, y: 0, shard: 0, ...extra,
});
const nodes = [
  node('G-LIN', 'guarantee', { family: 'strong-consistency' }),
  node('G-EXO', 'guarantee', { family: 'event-processing', confidence: 'B' }),
  node('M5', 'mechanism'),
  node('M3', 'mechanism'),
  node('MP1', 'micro-pattern'),
  node('CS-UBER', 'case-study', { domain: 'mobility-delivery' }),
  node('__proto__x', 'mechanism'),
];
const edges: Edge[] = [
  { source: 'G-LIN', target: 'M5', type: 'requires' },
  { source: 'G-EXO', target: 'M3', type: 'requires' },
  { source: 'M5', target: 'M3', type: 'uses' },
  { source: 'MP1', target: 'M3', type: 'uses' },
  { source: 'MP1', target: 'G-EXO', type: 'provides', why: 'atomic publish' },
  { source: 'CS-UBER', target: 'MP1', type: 'uses' },
  { source: 'CS-UBER', target: 'GHOST', type: 'uses' },
];
const index = buildGraphIndex({ nodes, edges });

describe('graph index', () => {
  it('looks nodes up through a Map, so prototype names are just misses', () => {
    expect(index.nodeById.get('__proto__')).toBeUndefined();
    expect(index.nodeById.get('constructor')).toBeUndefined();
    expect(index.nodeById.get('M5')?.kind).toBe('mechanism');
  });

  it('ignores edges to unknown nodes', () => {
    expect(index.outgoing.get('CS-UBER')?.map((e) => e.target)).toEqual(['MP1']);
  });

  it('computes 1- and 2-hop neighbourhoods in both directions', () => {
    expect([...neighbourhood(index, 'M3', 1).keys()].sort()).toEqual(['G-EXO', 'M3', 'M5', 'MP1']);
    const two = neighbourhood(index, 'G-LIN', 2);
    expect(two.get('M3')).toBe(2);
    expect(two.has('MP1')).toBe(false);
    expect(neighbourhood(index, 'NOPE', 2).size).toBe(0);
  });

  it('groups relations by type and direction with their why', () => {
    const g = relationGroups(index, 'G-EXO');
    expect(g.map((x) => x.label)).toEqual(['Requires', 'Provided by']);
    expect(g[1].items[0]).toMatchObject({ other: { id: 'MP1' }, why: 'atomic publish' });
  });
});

describe('filters', () => {
  it('passes everything with no filters', () => {
    expect(visibleIds(nodes, NO_FILTERS).size).toBe(nodes.length);
  });
  it('restricts kinds, and applies families only to guarantees and domains only to case studies', () => {
    const f = { ...NO_FILTERS, families: new Set(['event-processing'] as const) };
    expect(nodePasses(nodes[0], f)).toBe(false);
    expect(nodePasses(nodes[1], f)).toBe(true);
    expect(nodePasses(nodes[2], f)).toBe(true);
    const k = { ...NO_FILTERS, kinds: toggle(new Set<'mechanism'>(), 'mechanism' as const), confidence: new Set(['A'] as const) };
    expect([...visibleIds(nodes, k)].sort()).toEqual(['M3', 'M5', '__proto__x']);
  });
});

describe('relatedness', () => {
  it('finds the shortest typed chains between two entities', () => {
    const chains = shortestChains(index, 'G-LIN', 'CS-UBER');
    expect(chains).toHaveLength(1);
    expect(chains[0].nodes).toEqual(['G-LIN', 'M5', 'M3', 'MP1', 'CS-UBER']);
    expect(chains[0].edges.map((e) => e.type)).toEqual(['requires', 'uses', 'uses', 'uses']);
  });
  it('returns all equally short chains, and none for unknown or unconnected IDs', () => {
    expect(shortestChains(index, 'M3', 'M3')).toEqual([{ nodes: ['M3'], edges: [] }]);
    expect(shortestChains(index, 'M3', 'NOPE')).toEqual([]);
    expect(shortestChains(index, 'M3', '__proto__x')).toEqual([]);
  });
});

describe('paths', () => {
  const path = { id: 'p', title: 'P', description: 'D', steps: [1, 2, 3].map((i) => ({ entity: `M${i}`, verb: 'Read' as const, why: 'w' })) };
  it('clamps steps into range', () => {
    expect(clampStep(path, 0)).toBe(1);
    expect(clampStep(path, 99)).toBe(3);
    expect(clampStep(path, Number.NaN)).toBe(1);
    expect(clampStep(path, 2.7)).toBe(2);
  });
  it('counts progress from done keys', () => {
    expect(progress(path, new Set([doneKey('p', 1), doneKey('p', 3), doneKey('q', 2)]))).toEqual({ done: 2, total: 3 });
  });
});
