/** Lookups over the graph: nodes by ID (a Map, never object keys), edges by end, k-hop neighbourhoods. */
import type { GraphData, GraphNode } from './app-data';
import type { Edge } from './bundle';

export interface GraphIndex {
  nodes: GraphNode[];
  edges: Edge[];
  nodeById: ReadonlyMap<string, GraphNode>;
  outgoing: ReadonlyMap<string, Edge[]>;
  incoming: ReadonlyMap<string, Edge[]>;
}

export function buildGraphIndex(data: Pick<GraphData, 'nodes' | 'edges'>): GraphIndex {
  const nodeById = new Map(data.nodes.map((n) => [n.id, n] as const));
  const outgoing = new Map<string, Edge[]>();
  const incoming = new Map<string, Edge[]>();
  for (const e of data.edges) {
    if (!nodeById.has(e.source) || !nodeById.has(e.target)) continue;
    push(outgoing, e.source, e);
    push(incoming, e.target, e);
  }
  return { nodes: data.nodes, edges: data.edges, nodeById, outgoing, incoming };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export function edgesOf(index: GraphIndex, id: string): Edge[] {
  return [...(index.outgoing.get(id) ?? []), ...(index.incoming.get(id) ?? [])];
}

/** IDs within `hops` undirected steps of `id` (including `id`), with their distance. */
export function neighbourhood(index: GraphIndex, id: string, hops: number): Map<string, number> {
  const dist = new Map<string, number>();
  if (!index.nodeById.has(id)) return dist;
  dist.set(id, 0);
  let frontier = [id];
  for (let d = 1; d <= hops && frontier.length; d++) {
    const next: string[] = [];
    for (const cur of frontier) {
      for (const e of edgesOf(index, cur)) {
        const other = e.source === cur ? e.target : e.source;
        if (!dist.has(other)) {
          dist.set(other, d);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return dist;
}

export const edgeKey = (e: Edge) => `${e.source}→${e.target}:${e.type}`;
