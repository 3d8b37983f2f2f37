import { RELATION_TYPES } from '../../src/model/constants';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeSize, toElements } from '../../src/graph/elements';
import { buildStylesheet } from '../../src/graph/stylesheet';
import { computeClasses, type VisualInput } from '../../src/graph/visual-state';
import type { GraphNode } from '../../src/model/app-data';
import type { Edge } from '../../src/model/bundle';
import { buildGraphIndex } from '../../src/model/graph-index';

const node = (id: string, kind: GraphNode['kind'] = 'mechanism', degree = 1): GraphNode => ({
  id, kind, name: `${id} name`, confidence: 'A', maturity: 'proven', degree, x: 0, y: 0, shard: 0,
});
const nodes = [node('A'), node('B'), node('C'), node('D'), node('E')];
const edges: Edge[] = [
  { source: 'A', target: 'B', type: 'uses' },
  { source: 'B', target: 'C', type: 'uses' },
  { source: 'C', target: 'D', type: 'uses' },
];
const index = buildGraphIndex({ nodes, edges });
const base: VisualInput = { visible: null, selectedId: null, hoveredId: null, hops: 1, focus: false, pathIds: [], pathCurrent: null, chain: null };
const cls = (input: Partial<VisualInput>) => computeClasses(index, { ...base, ...input });

describe('computeClasses', () => {
  it('adds nothing when nothing is selected, hovered or filtered', () => {
    expect(cls({}).size).toBe(0);
  });

  it('selects, lights 1-hop neighbours and dims the rest', () => {
    const c = cls({ selectedId: 'B' });
    expect(c.get('B')).toContain('selected');
    expect(c.get('A')).toBe('lit');
    expect(c.get('C')).toBe('lit');
    expect(c.get('D')).toBe('dimmed');
    expect(c.get('A→B:uses')).toBe('lit');
    expect(c.get('C→D:uses')).toBe('dimmed');
  });

  it('lights two hops on demand', () => {
    const c = cls({ selectedId: 'A', hops: 2 });
    expect(c.get('C')).toBe('lit hop2');
    expect(c.get('D')).toBe('dimmed');
  });

  it('hides filtered nodes and their edges, but never the selection', () => {
    const c = cls({ visible: new Set(['A', 'C']), selectedId: 'B' });
    expect(c.get('B')).toContain('selected');
    expect(c.get('D')).toBe('filtered');
    expect(c.get('C→D:uses')).toBe('filtered');
  });

  it('focus mode shows only the neighbourhood', () => {
    const c = cls({ selectedId: 'B', focus: true });
    expect(c.get('D')).toBe('filtered');
    expect(c.get('E')).toBe('filtered');
    expect(c.get('A')).toBe('lit');
  });

  it('highlights a path with its current step, and a relation chain', () => {
    const p = cls({ pathIds: ['A', 'B', 'C'], pathCurrent: 'B', selectedId: 'B' });
    expect(p.get('A')).toContain('on-path');
    expect(p.get('B')).toContain('path-current');
    expect(p.get('B→C:uses')).toContain('on-path');
    const ch = cls({ chain: { nodes: ['A', 'B'], edges: [edges[0]] } });
    expect(ch.get('A')).toBe('on-chain');
    expect(ch.get('A→B:uses')).toBe('on-chain');
    expect(ch.get('D')).toBe('dimmed');
  });

  it('hovering lights the hovered node’s neighbourhood when nothing is selected', () => {
    const c = cls({ hoveredId: 'C' });
    expect(c.get('C')).toContain('hovered');
    expect(c.get('D')).toBe('lit');
    expect(c.get('A')).toBe('dimmed');
  });

  it('treats unknown IDs as no selection', () => {
    expect(cls({ selectedId: '__proto__' }).size).toBe(0);
  });
});

describe('elements and stylesheet', () => {
  it('builds one element per node and per resolvable edge, with precomputed positions', () => {
    const els = toElements([{ ...node('A'), x: 10, y: -5 }, node('B')], [...edges, { source: 'A', target: 'Z', type: 'uses' }]);
    expect(els.filter((e) => e.group === 'nodes')).toHaveLength(2);
    expect(els.filter((e) => e.group === 'edges')).toHaveLength(1);
    expect(els[0].position).toEqual({ x: 10, y: -5 });
    expect(els[0].classes).toBe('k-mechanism conf-A');
  });

  it('sizes hubs up, capped below the layout grid spacing', () => {
    expect(nodeSize(20)).toBeGreaterThan(nodeSize(1));
    expect(nodeSize(100_000)).toBeLessThanOrEqual(90);
  });

  it('has a rule per kind and per relation type in both themes, state classes last', () => {
    for (const theme of ['light', 'dark'] as const) {
      const sheet = buildStylesheet(theme) as { selector: string }[];
      const selectors = sheet.map((r) => r.selector);
      expect(selectors).toContain('node.k-incident');
      expect(selectors).toContain('edge.r-violates');
      expect(selectors.indexOf('node.selected')).toBeGreaterThan(selectors.indexOf('node.k-incident'));
    }
  });

  it('keeps arrows and text off overview edges (each property costs per edge on first draw)', () => {
    const sheet = buildStylesheet('light') as { selector: string; style: Record<string, unknown> }[];
    const base = sheet.find((r) => r.selector === 'edge')!.style;
    expect(Object.keys(base).length).toBeLessThanOrEqual(4);
    expect(base).not.toHaveProperty('target-arrow-shape');
    expect(base).not.toHaveProperty('text-rotation');
    const arrowed = sheet.find((r) => r.style['target-arrow-shape'] === 'data(arrow)')!;
    expect(arrowed.selector.split(', ').sort()).toEqual(['edge.detailed', 'edge.lit', 'edge.on-chain', 'edge.on-path']);
    // Cytoscape draws no text at all: the label layer does (see label-layer.ts).
    expect(sheet.some((r) => 'label' in r.style)).toBe(false);
  });

  it('gives each relation type its own colour + line style pair, in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const sheet = buildStylesheet(theme) as { selector: string; style: Record<string, unknown> }[];
      const pairs = RELATION_TYPES.map((r) => {
        const s = sheet.find((x) => x.selector === `edge.r-${r}`)!.style;
        return `${s['line-color']}|${s['line-style'] ?? 'solid'}`;
      });
      expect(new Set(pairs).size).toBe(RELATION_TYPES.length);
    }
  });

  it('gives every edge the arrow of its relation type', () => {
    const edge = toElements([node('A'), node('B')], [{ source: 'A', target: 'B', type: 'violates' }]).find((e) => e.group === 'edges')!;
    expect(edge.data.arrow).toBe('tee');
  });
});

describe('large-graph selection', () => {
  it('lights the neighbourhood without dimming (restyling) everything else', () => {
    const dimmed = (c: Map<string, string>) => [...c].filter(([, v]) => v.includes('dimmed')).map(([k]) => k);
    expect(dimmed(computeClasses(index, { ...base, selectedId: 'B' }))).toContain('D');
    const c = computeClasses(index, { ...base, selectedId: 'B', dimOthers: false });
    expect(c.get('B')).toContain('selected');
    expect([c.get('A'), c.get('A→B:uses')]).toEqual(['lit', 'lit']);
    expect(dimmed(c)).toEqual([]);
    expect(c.has('D')).toBe(false);
  });
});

describe('large-graph hover', () => {
  it('lights only the hovered node, its edges and their ends, dimming nothing', () => {
    const c = computeClasses(index, { ...base, hoveredId: 'B', hoverNeighbourhood: false });
    expect(c.get('B')).toBe('hovered');
    expect(c.get('A')).toBe('lit');
    expect(c.get('A→B:uses')).toBe('lit');
    expect(c.get('B→C:uses')).toBe('lit');
    expect(c.has('D')).toBe(false);
    expect(c.has('C→D:uses')).toBe(false);
  });
});

describe('edge pass shortcut', () => {
  it('gives the same classes as visiting every edge, for any graph and state without dimming', () => {
    const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
    const id = fc.constantFrom(...ids);
    const edge = fc.record({ source: id, target: id, type: fc.constantFrom('uses', 'requires', 'implies') as fc.Arbitrary<Edge['type']> });
    fc.assert(
      fc.property(
        fc.uniqueArray(edge, { selector: (e) => `${e.source}${e.target}${e.type}`, maxLength: 14 }),
        fc.option(id, { nil: null }),
        fc.option(id, { nil: null }),
        fc.constantFrom(1 as const, 2 as const),
        fc.boolean(),
        fc.uniqueArray(id, { maxLength: 3 }),
        fc.option(fc.uniqueArray(id, { minLength: 2, maxLength: 3 }), { nil: null }),
        (es, selectedId, hoveredId, hops, hoverNeighbourhood, pathIds, chainIds) => {
          const idx = buildGraphIndex({ nodes: ids.map((i) => node(i)), edges: es });
          const chain = chainIds ? { nodes: chainIds, edges: es.filter((e) => chainIds.includes(e.source) && chainIds.includes(e.target)).slice(0, 2) } : null;
          const input: VisualInput = { ...base, selectedId, hoveredId, hops, hoverNeighbourhood, pathIds, pathCurrent: pathIds[0] ?? null, chain, dimOthers: false };
          const fast = computeClasses(idx, input);
          const full = computeClasses(idx, { ...input, exhaustive: true });
          expect(new Map([...fast].sort())).toEqual(new Map([...full].sort()));
        },
      ),
      { numRuns: 300 },
    );
  });
});
