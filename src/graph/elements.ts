/** Builds cytoscape element definitions from graph data. Pure; built once per data set. */
import type { ElementDefinition } from 'cytoscape';
import type { GraphNode } from '../model/app-data';
import type { Edge } from '../model/bundle';
import { edgeKey } from '../model/graph-index';
import { RELATION_STYLE } from './encoding';

/** Node diameter grows with the log of its degree, so hubs stand out without swallowing the view. */
export function nodeSize(degree: number): number {
  // Capped below the layout's grid spacing (compiler/bundle/layout.ts), so nodes never overlap.
  return Math.min(90, Math.round(22 + 9 * Math.log2(1 + degree)));
}

export function toElements(nodes: readonly GraphNode[], edges: readonly Edge[]): ElementDefinition[] {
  const ids = new Set(nodes.map((n) => n.id));
  const out: ElementDefinition[] = nodes.map((n) => ({
    group: 'nodes',
    data: { id: n.id, kind: n.kind, size: nodeSize(n.degree), confidence: n.confidence },
    position: { x: n.x, y: n.y },
    classes: `k-${n.kind} conf-${n.confidence}`,
  }));
  for (const e of edges) {
    if (!ids.has(e.source) || !ids.has(e.target)) continue;
    out.push({
      group: 'edges',
      data: { id: edgeKey(e), source: e.source, target: e.target, type: e.type, arrow: RELATION_STYLE[e.type].arrow },
      classes: `r-${e.type}`,
    });
  }
  return out;
}

export interface GraphElements {
  /** What cytoscape is created with. */
  initial: ElementDefinition[];
  /** Edges kept out of cytoscape until something lights them (large graphs only), by edge key. */
  lazyEdges: Map<string, ElementDefinition> | null;
  /** Edges added in chunks after the first frame (graphs below the large threshold). */
  deferredEdges: ElementDefinition[];
}

/**
 * Every graph starts with nodes only. Styling and drawing the edges was about two thirds of the
 * live graph's first frame on the real atlas (2,000+ edges), so a graph below the large threshold
 * gets them right after that frame, in chunks (the pre-painted picture shows faint edges meanwhile).
 * Large graphs never get them all: 20,000 edges cost seconds and show nothing readable at overview
 * zoom, so the adapter adds an edge when it is lit (selection, hover, path, chain).
 */
export function graphElements(nodes: readonly GraphNode[], edges: readonly Edge[], large: boolean): GraphElements {
  const initial: ElementDefinition[] = [];
  const edgeDefs: ElementDefinition[] = [];
  for (const el of toElements(nodes, edges)) (el.group === 'edges' ? edgeDefs : initial).push(el);
  if (!large) return { initial, lazyEdges: null, deferredEdges: edgeDefs };
  return { initial, lazyEdges: new Map(edgeDefs.map((el) => [String(el.data.id), el])), deferredEdges: [] };
}
