/** Builds cytoscape element definitions from graph data. Pure; built once per data set. */
import type { ElementDefinition } from 'cytoscape';
import type { GraphNode } from '../model/app-data';
import type { Edge } from '../model/bundle';
import { edgeKey } from '../model/graph-index';

/** Node diameter grows with the log of its degree, so hubs stand out without swallowing the view. */
export function nodeSize(degree: number): number {
  return Math.round(22 + 9 * Math.log2(1 + degree));
}

export function toElements(nodes: readonly GraphNode[], edges: readonly Edge[]): ElementDefinition[] {
  const ids = new Set(nodes.map((n) => n.id));
  const out: ElementDefinition[] = nodes.map((n) => ({
    group: 'nodes',
    data: { id: n.id, label: `${n.id}\n${n.name}`, kind: n.kind, size: nodeSize(n.degree), confidence: n.confidence },
    position: { x: n.x, y: n.y },
    classes: `k-${n.kind} conf-${n.confidence}`,
  }));
  for (const e of edges) {
    if (!ids.has(e.source) || !ids.has(e.target)) continue;
    out.push({
      group: 'edges',
      data: { id: edgeKey(e), source: e.source, target: e.target, type: e.type, label: e.type },
      classes: `r-${e.type}`,
    });
  }
  return out;
}
