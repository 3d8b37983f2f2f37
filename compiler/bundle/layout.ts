/**
 * Deterministic force-directed positions computed at build time, so the browser
 * paints the graph at once and never runs a layout on load. Same data in, same
 * positions out: initial positions come from a hash of each ID, not Math.random.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Edge, Entity } from '../../src/model/bundle.ts';
import { KINDS } from '../../src/model/schema.ts';

export function computeLayout(entities: Pick<Entity, 'id' | 'kind'>[], edges: Edge[]): Record<string, [number, number]> {
  const g = new Graph({ type: 'undirected', multi: false });
  const kindIndex = new Map(KINDS.map((k, i) => [k, i] as const));
  for (const e of entities) {
    // Start each kind on its own sector of a circle: the force layout then pulls related nodes together.
    const sector = (kindIndex.get(e.kind) ?? 0) / KINDS.length;
    const angle = 2 * Math.PI * (sector + hash01(e.id) / KINDS.length);
    const radius = 100 + 400 * hash01(e.id + '#r');
    g.addNode(e.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle), size: 1 });
  }
  for (const ed of edges) {
    if (ed.source !== ed.target && !g.hasEdge(ed.source, ed.target)) g.addEdge(ed.source, ed.target);
  }
  if (g.order > 1) {
    const large = g.order > 1000;
    forceAtlas2.assign(g, {
      iterations: large ? 120 : 600,
      settings: {
        ...forceAtlas2.inferSettings(g),
        barnesHutOptimize: g.order > 300,
        scalingRatio: 12,
        gravity: 1,
        strongGravityMode: false,
        adjustSizes: false,
        linLogMode: false,
      },
    });
  }
  return normalise(g);
}

/** Scales positions so the median nearest-neighbour gap is about 90 px, room for a label. */
function normalise(g: Graph): Record<string, [number, number]> {
  const pts: [string, number, number][] = [];
  g.forEachNode((id, a) => pts.push([id, a.x as number, a.y as number]));
  if (pts.length === 0) return {};
  const cx = pts.reduce((s, p) => s + p[1], 0) / pts.length;
  const cy = pts.reduce((s, p) => s + p[2], 0) / pts.length;
  const sample = pts.length > 400 ? pts.filter((_, i) => i % Math.ceil(pts.length / 400) === 0) : pts;
  const gaps = sample
    .map(([id, x, y]) => {
      let best = Infinity;
      for (const [o, ox, oy] of sample) if (o !== id) best = Math.min(best, Math.hypot(ox - x, oy - y));
      return best;
    })
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  const median = gaps.length ? gaps[Math.floor(gaps.length / 2)] : 1;
  const scale = median > 0 ? 90 / median : 1;
  const out: Record<string, [number, number]> = {};
  for (const [id, x, y] of pts) out[id] = [Math.round((x - cx) * scale), Math.round((y - cy) * scale)];
  return out;
}

/** FNV-1a hash of a string mapped to [0, 1). */
function hash01(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 2 ** 32;
}
