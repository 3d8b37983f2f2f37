/** "How are these related?": the shortest chains of typed relations between two entities (edges walked in either direction). */
import type { Edge } from './bundle';
import { edgesOf, type GraphIndex } from './graph-index';

export interface Chain {
  nodes: string[];
  edges: Edge[];
}

/** All shortest chains (up to `limit`), found by breadth-first search with parent lists. */
export function shortestChains(index: GraphIndex, from: string, to: string, limit = 5, maxDepth = 6): Chain[] {
  if (!index.nodeById.has(from) || !index.nodeById.has(to)) return [];
  if (from === to) return [{ nodes: [from], edges: [] }];
  const depth = new Map<string, number>([[from, 0]]);
  const parents = new Map<string, { node: string; edge: Edge }[]>();
  let frontier = [from];
  for (let d = 1; d <= maxDepth && frontier.length && !depth.has(to); d++) {
    const next: string[] = [];
    for (const cur of frontier) {
      for (const e of edgesOf(index, cur)) {
        const other = e.source === cur ? e.target : e.source;
        const seen = depth.get(other);
        if (seen === undefined) {
          depth.set(other, d);
          next.push(other);
        }
        if ((seen === undefined || seen === d) && other !== from) {
          const list = parents.get(other) ?? [];
          list.push({ node: cur, edge: e });
          parents.set(other, list);
        }
      }
    }
    frontier = next;
  }
  if (!depth.has(to)) return [];
  const out: Chain[] = [];
  const walk = (node: string, nodes: string[], edges: Edge[]) => {
    if (out.length >= limit) return;
    if (node === from) {
      out.push({ nodes: [from, ...nodes], edges: [...edges] });
      return;
    }
    for (const p of parents.get(node) ?? []) walk(p.node, [node, ...nodes], [p.edge, ...edges]);
  };
  walk(to, [], []);
  return out;
}
