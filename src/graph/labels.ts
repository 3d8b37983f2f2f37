/**
 * Label text and collision-aware label placement. Pure: the overlay draws what
 * `placeLabels` accepts, and the browser tests read the same boxes back.
 *
 * Labels are drawn at a fixed size in screen pixels (never below MIN_LABEL_PX), so
 * level of detail comes from which labels fit, not from shrinking text: the most
 * important candidates are placed first and any label that would overlap one
 * already placed (or an obstacle such as the toolbar, or the canvas edge) is skipped.
 */
import type { GraphNode } from '../model/app-data';

/** The smallest label drawn, in CSS px (the readability floor). */
export const MIN_LABEL_PX = 10;

const FRAMEWORK = new Set<GraphNode['kind']>(['guarantee', 'mechanism', 'micro-pattern', 'system-pattern']);

/** Shortens at a word boundary (never mid-word) and marks the cut with an ellipsis. */
export function shortenWords(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const words = t.split(' ');
  let out = '';
  for (const w of words) {
    const next = out ? `${out} ${w}` : w;
    if (next.length + 1 > max) break;
    out = next;
  }
  // A first word longer than the limit is kept whole rather than cut.
  if (!out) out = words[0];
  return `${out.replace(/[,;:–—-]+$/, '')}…`;
}

/** Clauses after which a long incident or case-study name only adds detail. */
const DETAIL = [' from ', ' after ', ' during ', ' caused by ', ' due to ', ', ', ' — ', ': '];

/**
 * The label of a node: framework entities carry their code and name ("M5 Consensus"); case
 * studies, incidents and symptoms their name, without the detail clause, incidents with the year.
 */
export function nodeLabel(n: Pick<GraphNode, 'id' | 'kind' | 'name'>, max = 26): string {
  if (FRAMEWORK.has(n.kind)) return shortenWords(`${n.id} ${n.name}`, max + 4);
  const year = /\((?:[^()]*\b)?((?:19|20)\d\d)\)\s*$/.exec(n.name)?.[1] ?? (n.kind === 'incident' ? /-((?:19|20)\d\d)\b/.exec(n.id)?.[1] : undefined);
  let base = n.name.replace(/\s*\([^()]*\)\s*$/, '').trim();
  for (const sep of DETAIL) {
    const i = base.indexOf(sep);
    if (i > 0 && base.slice(0, i).split(' ').length >= 2) {
      base = base.slice(0, i);
      break;
    }
  }
  if (n.kind === 'incident' && year) {
    const short = shortenWords(base, max);
    return `${short} ${year}`;
  }
  return shortenWords(base || n.name, max);
}

/** The name alone, shorter: the fallback label when the full one does not fit ("Consensus"). */
export function compactLabel(n: Pick<GraphNode, 'id' | 'kind' | 'name'>, max = 18): string {
  if (FRAMEWORK.has(n.kind)) return shortenWords(n.name.replace(/\s*\([^()]*\)\s*$/, ''), max);
  return nodeLabel(n, max);
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelCandidate {
  id: string;
  text: string;
  fontPx: number;
  bold?: boolean;
  /** Higher goes first. */
  priority: number;
  /** Box in canvas CSS px: the preferred spot. */
  box: Box;
  /** Other spots (and shorter texts) to try, in order, when the preferred one is taken. */
  alternatives?: { box: Box; text?: string }[];
  kind: 'node' | 'edge' | 'region';
}

/** An accepted candidate; `box` is the spot it got. */
export type PlacedLabel = LabelCandidate;

export const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Greedy placement: candidates by priority (ties by id), each accepted only if its box lies inside
 * `bounds`, clears every obstacle and every label accepted before it. A uniform grid keeps the
 * overlap checks local, so thousands of candidates cost a few milliseconds.
 */
export function placeLabels(candidates: readonly LabelCandidate[], bounds: Box, obstacles: readonly Box[] = [], gap = 2): PlacedLabel[] {
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const grid = new BoxGrid(64);
  for (const o of obstacles) grid.add(o);
  const placed: PlacedLabel[] = [];
  for (const c of sorted) {
    if (c.fontPx < MIN_LABEL_PX) continue;
    for (const alt of [{ box: c.box, text: c.text }, ...(c.alternatives ?? [])]) {
      const b = alt.box;
      if (b.x1 < bounds.x1 || b.y1 < bounds.y1 || b.x2 > bounds.x2 || b.y2 > bounds.y2) continue;
      const padded = { x1: b.x1 - gap, y1: b.y1 - gap, x2: b.x2 + gap, y2: b.y2 + gap };
      if (grid.hits(padded)) continue;
      grid.add(b);
      placed.push(b === c.box ? c : { ...c, box: b, text: alt.text ?? c.text, alternatives: undefined });
      break;
    }
  }
  return placed;
}

class BoxGrid {
  private cells = new Map<number, Box[]>();
  constructor(private size: number) {}
  private *keys(b: Box) {
    const s = this.size;
    for (let i = Math.floor(b.x1 / s); i <= Math.floor(b.x2 / s); i++) for (let j = Math.floor(b.y1 / s); j <= Math.floor(b.y2 / s); j++) yield i * 100_003 + j;
  }
  add(b: Box) {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
  hits(b: Box): boolean {
    for (const k of this.keys(b)) for (const o of this.cells.get(k) ?? []) if (overlaps(o, b)) return true;
    return false;
  }
}
