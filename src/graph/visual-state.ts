/**
 * Computes which dynamic classes every element should carry, from app state.
 * Pure, so it is tested without cytoscape; the adapter only applies the result.
 */
import type { Edge } from '../model/bundle';
import { edgeKey, edgesOf, neighbourhood, type GraphIndex } from '../model/graph-index';
import type { RelationType } from '../model/schema';

/** Two hops from a hub reach most of the atlas: only this many second-hop nodes are lit, the best connected. */
export const HOP2_CAP = 24;

/**
 * The selection's neighbourhood, with the second hop ranked and capped: second-hop nodes that
 * link to more of the first hop come first (then hubs, then ID), and only `cap` of them are kept.
 * `more` counts the ones left out ("+N more").
 */
export function cappedNeighbourhood(index: GraphIndex, id: string, hops: 1 | 2, cap = HOP2_CAP): { near: Map<string, number>; more: number } {
  const full = neighbourhood(index, id, hops);
  if (hops === 1) return { near: full, more: 0 };
  const second = [...full].filter(([, d]) => d === 2).map(([n]) => n);
  if (second.length <= cap) return { near: full, more: 0 };
  const links = (n: string) => {
    let k = 0;
    for (const e of edgesOf(index, n)) if (full.get(e.source === n ? e.target : e.source) === 1) k++;
    return k;
  };
  const score = new Map(second.map((n) => [n, links(n)] as const));
  second.sort((a, b) => score.get(b)! - score.get(a)! || (index.nodeById.get(b)?.degree ?? 0) - (index.nodeById.get(a)?.degree ?? 0) || (a < b ? -1 : 1));
  const near = new Map([...full].filter(([, d]) => d <= 1));
  for (const n of second.slice(0, cap)) near.set(n, 2);
  return { near, more: second.length - cap };
}

export interface VisualInput {
  /** Nodes that pass the filters; null when nothing is filtered. */
  visible: ReadonlySet<string> | null;
  selectedId: string | null;
  hoveredId: string | null;
  /** Light the hovered node's neighbourhood (off for large graphs, where restyling everything per hover is too slow). */
  hoverNeighbourhood?: boolean;
  /**
   * Dim everything outside the selection, path or chain (off for large graphs: restyling 5,000
   * nodes costs more than a frame, and there the lit edges and labels already stand out).
   */
  dimOthers?: boolean;
  hops: 1 | 2;
  focus: boolean;
  /** Entities of the active quick-start path, in step order, and the current one. */
  pathIds: readonly string[];
  pathCurrent: string | null;
  /** A highlighted chain of relations ("how are these related?"). */
  chain: { nodes: readonly string[]; edges: readonly Edge[] } | null;
  /** Visit every edge even when only a few can change (tests compare both ways). */
  exhaustive?: boolean;
  /** Relation types hidden from the legend. */
  hiddenRelations?: ReadonlySet<RelationType>;
}

/** Element ID → space-separated dynamic classes (only non-empty entries). */
export type ClassMap = Map<string, string>;

export function computeClasses(index: GraphIndex, input: VisualInput): ClassMap {
  const out: ClassMap = new Map();
  const add = (id: string, cls: string) => out.set(id, out.has(id) ? `${out.get(id)} ${cls}` : cls);

  const selected = input.selectedId && index.nodeById.has(input.selectedId) ? input.selectedId : null;
  const near = selected ? cappedNeighbourhood(index, selected, input.hops).near : null;
  const hoverNear =
    input.hoverNeighbourhood !== false && !selected && input.hoveredId && index.nodeById.has(input.hoveredId)
      ? neighbourhood(index, input.hoveredId, 1)
      : null;
  const lit = near ?? hoverNear;
  // Large graphs: hovering lights only the node's own edges and their ends, without dimming (restyling) everything else.
  const hoverLight =
    input.hoverNeighbourhood === false && !selected && input.hoveredId && index.nodeById.has(input.hoveredId) ? input.hoveredId : null;
  const hoverLit = hoverLight ? neighbourhood(index, hoverLight, 1) : null;
  const onPath = new Set(input.pathIds);
  const chainNodes = new Set(input.chain?.nodes ?? []);
  const chainEdges = new Set((input.chain?.edges ?? []).map(edgeKey));
  const emphasis = input.dimOthers !== false && (lit !== null || onPath.size > 0 || chainNodes.size > 0);

  const shown = (id: string) => {
    if (input.visible && !input.visible.has(id) && id !== selected && !onPath.has(id) && !chainNodes.has(id)) return false;
    if (input.focus && near && !near.has(id)) return false;
    return true;
  };

  for (const n of index.nodes) {
    const id = n.id;
    if (!shown(id)) {
      add(id, 'filtered');
      continue;
    }
    if (id === selected) add(id, 'selected');
    if (id === input.hoveredId) add(id, 'hovered');
    if (onPath.has(id)) add(id, 'on-path');
    if (id === input.pathCurrent) add(id, 'path-current');
    if (chainNodes.has(id)) add(id, 'on-chain');
    const d = lit?.get(id);
    if (d !== undefined) add(id, d <= 1 ? 'lit' : 'lit hop2');
    else if (hoverLit?.has(id) && id !== hoverLight) add(id, 'lit');
    else if (emphasis && !onPath.has(id) && !chainNodes.has(id)) add(id, 'dimmed');
  }
  const pathEdge = (e: Edge) => {
    const i = input.pathIds.indexOf(e.source);
    const j = input.pathIds.indexOf(e.target);
    return i >= 0 && j >= 0 && Math.abs(i - j) === 1;
  };
  // Without dimming or filtering, only edges touching the lit, hovered, path or chain nodes can get a
  // class: visiting just those keeps a selection cheap at 20,000 edges.
  const hiddenTypes = input.hiddenRelations ?? new Set<RelationType>();
  const everyEdge = emphasis || input.visible !== null || input.focus || input.exhaustive === true || hiddenTypes.size > 0;
  const centres = [selected, hoverNear ? input.hoveredId : null, hoverLight, ...onPath, ...chainNodes];
  const edges = everyEdge ? index.edges : candidateEdges(index, centres);
  for (const e of edges) {
    const key = edgeKey(e);
    if (!index.nodeById.has(e.source) || !index.nodeById.has(e.target)) continue;
    if (!shown(e.source) || !shown(e.target) || hiddenTypes.has(e.type)) {
      add(key, 'filtered');
      continue;
    }
    if (chainEdges.has(key)) add(key, 'on-chain');
    else if (pathEdge(e)) add(key, 'on-path');
    const centre = selected ?? (hoverNear ? input.hoveredId : null);
    const touchesCentre = centre !== null && (e.source === centre || e.target === centre);
    const inNear = lit !== null && lit.has(e.source) && lit.has(e.target) && (touchesCentre || input.hops === 2);
    if (inNear && touchesCentre) add(key, 'lit');
    else if (hoverLight && (e.source === hoverLight || e.target === hoverLight)) add(key, 'lit');
    else if (emphasis && !chainEdges.has(key) && !pathEdge(e) && !inNear) add(key, 'dimmed');
  }
  return out;
}

/** The distinct edges touching any of `ids` (nulls ignored). */
function candidateEdges(index: GraphIndex, ids: readonly (string | null)[]): Edge[] {
  const seen = new Set<Edge>();
  for (const id of ids) if (id !== null) for (const e of edgesOf(index, id)) seen.add(e);
  return [...seen];
}
