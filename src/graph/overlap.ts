/**
 * Pushes nodes apart after a live force layout, which can leave them on top of each other.
 * Pure and deterministic: the largest nodes keep their spot, every other node moves to the
 * nearest point of a fine lattice where it clears all nodes placed before it.
 */
export interface Sized {
  id: string;
  x: number;
  y: number;
  /** Diameter. */
  size: number;
}

/** Extra room between two nodes' edges, so borders and the label below stay apart. */
const GAP = 24;

export function removeOverlaps(nodes: readonly Sized[], gap = GAP): Sized[] {
  const order = [...nodes].sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1));
  const step = Math.max(8, Math.min(...order.map((n) => n.size), 40) / 2);
  const placed: Sized[] = [];
  const cell = Math.max(...order.map((n) => n.size), 1) + gap;
  const buckets = new Map<string, Sized[]>();
  const key = (x: number, y: number) => `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
  const clear = (x: number, y: number, size: number) => {
    const cx = Math.floor(x / cell);
    const cy = Math.floor(y / cell);
    for (let i = cx - 1; i <= cx + 1; i++)
      for (let j = cy - 1; j <= cy + 1; j++)
        for (const o of buckets.get(`${i},${j}`) ?? []) if (Math.hypot(o.x - x, o.y - y) < (o.size + size) / 2 + gap) return false;
    return true;
  };
  for (const n of order) {
    let spot = { x: n.x, y: n.y };
    if (!clear(n.x, n.y, n.size)) {
      // Spiral out over the lattice around the node, nearest candidates first.
      search: for (let ring = 1; ring < 2000; ring++) {
        const cands: [number, number, number][] = [];
        for (let dx = -ring; dx <= ring; dx++)
          for (let dy = -ring; dy <= ring; dy++) {
            if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
            const x = n.x + dx * step;
            const y = n.y + dy * step;
            cands.push([Math.hypot(dx, dy), x, y]);
          }
        cands.sort((a, b) => a[0] - b[0] || a[2] - b[2] || a[1] - b[1]);
        for (const [, x, y] of cands)
          if (clear(x, y, n.size)) {
            spot = { x, y };
            break search;
          }
      }
    }
    const out = { ...n, ...spot };
    placed.push(out);
    const k = key(out.x, out.y);
    buckets.set(k, [...(buckets.get(k) ?? []), out]);
  }
  return placed;
}

/** Pairs of nodes whose discs overlap. */
export function countOverlaps(nodes: readonly Sized[]): number {
  let n = 0;
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++)
      if (Math.hypot(nodes[i].x - nodes[j].x, nodes[i].y - nodes[j].y) < (nodes[i].size + nodes[j].size) / 2) n++;
  return n;
}

export const hasOverlap = (nodes: readonly Sized[]) => countOverlaps(nodes) > 0;
