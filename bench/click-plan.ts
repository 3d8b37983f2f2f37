/** Which nodes the scenario clicks: entities with diagrams, most connected first (big nodes are easy to hit). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClickPlan } from './scenario.ts';

export function clickPlan(dist: string): { plan: ClickPlan; entities: number; edges: number } {
  const graph = JSON.parse(readFileSync(join(dist, 'atlas', 'graph.json'), 'utf8')) as {
    nodes: { id: string; degree?: number }[];
    edges: { source: string; target: string }[];
  };
  let withDiagrams: Set<string>;
  const bundleFile = join(dist, 'atlas', 'bundle.json');
  if (existsSync(bundleFile)) {
    const bundle = JSON.parse(readFileSync(bundleFile, 'utf8')) as { entities: { id: string; diagrams?: unknown[] }[] };
    withDiagrams = new Set(bundle.entities.filter((e) => (e.diagrams?.length ?? 0) > 0).map((e) => e.id));
  } else {
    withDiagrams = new Set(graph.nodes.map((n) => n.id));
  }
  const neighbours = new Map<string, string[]>();
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    (neighbours.get(e.source) ?? neighbours.set(e.source, []).get(e.source)!).push(e.target);
    (neighbours.get(e.target) ?? neighbours.set(e.target, []).get(e.target)!).push(e.source);
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const candidates = graph.nodes
    .map((n) => n.id)
    .filter((id) => withDiagrams.has(id))
    .sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0));
  if (!candidates.length) throw new Error('no entity in this data set has a diagram: nothing to click');
  return { plan: { candidates, neighbours, withDiagrams, allIds: graph.nodes.map((n) => n.id) }, entities: graph.nodes.length, edges: graph.edges.length };
}
