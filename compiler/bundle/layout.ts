/**
 * Build-time positions: a banded map that stays put.
 *
 * - A fresh layout puts each kind in its own region, in the framework's order
 *   (guarantees | mechanisms | micro-patterns | system patterns | case studies | incidents),
 *   with symptoms in a band underneath, each under what it indicates. Within a band nodes sit on a
 *   grid (no overlaps by construction), ordered by the barycentre of their neighbours so related
 *   nodes face each other across bands (the ordering step of a Sugiyama/yEd layered layout).
 * - Positions are committed next to the data (data/layout.json, see layout-file.ts). A build keeps
 *   every committed position and lays out only entities missing from the file, each at the nearest
 *   free spot to what it connects to, inside its kind's region. So adding content never moves an
 *   existing node; `npm run layout:update` writes the result back.
 *
 * Deterministic: no randomness, ties broken by ID.
 */
import Graph from 'graphology';
import type { Edge, Entity } from '../../src/model/bundle.ts';
import type { Kind } from '../../src/model/schema.ts';

export type Positions = Record<string, [number, number]>;

/** Grid spacing in layout units: room for the largest node (≤ 90) and a short label. */
export const CELL_W = 170;
export const CELL_H = 110;
/** Empty columns between two bands, so regions read as regions. */
const BAND_GAP = 2 * CELL_W;
/** Two nodes closer than this on both axes would crowd each other; placement keeps them apart. */
const MIN_DX = 0.9 * CELL_W;
const MIN_DY = 0.9 * CELL_H;
/** Target width : height of the fresh layout (a desktop canvas beside the panel). */
const ASPECT = 1.05;

/** Column bands, left to right: the framework's logic from promises to production failures. */
export const BAND_ORDER: Kind[] = ['guarantee', 'mechanism', 'micro-pattern', 'system-pattern', 'case-study', 'incident'];
/** Kinds laid out as a row under the bands, each node under the things it points at. */
export const ROW_KINDS: Kind[] = ['symptom'];

type Node = Pick<Entity, 'id' | 'kind'>;

export function computeLayout(entities: readonly Node[], edges: readonly Edge[], committed: Positions = {}): Positions {
  const ids = new Set(entities.map((e) => e.id));
  const kept: Positions = {};
  for (const [id, p] of Object.entries(committed)) if (ids.has(id)) kept[id] = [p[0], p[1]];
  const graph = undirected(entities, edges);
  if (Object.keys(kept).length === 0) return freshLayout(entities, graph);
  return placeNew(entities, graph, kept);
}

function undirected(entities: readonly Node[], edges: readonly Edge[]): Graph {
  const g = new Graph({ type: 'undirected', multi: false });
  for (const e of entities) g.addNode(e.id, { kind: e.kind });
  for (const ed of edges) {
    if (ed.source !== ed.target && g.hasNode(ed.source) && g.hasNode(ed.target) && !g.hasEdge(ed.source, ed.target)) g.addEdge(ed.source, ed.target);
  }
  return g;
}

// ---------------------------------------------------------------- fresh layout

export function freshLayout(entities: readonly Node[], graph: Graph): Positions {
  const byKind = new Map<Kind, string[]>();
  for (const e of entities) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e.id]);
  for (const list of byKind.values()) list.sort(naturalCompare);
  const bands = BAND_ORDER.filter((k) => byKind.has(k));
  const rowKinds = ROW_KINDS.filter((k) => byKind.has(k));
  // Kinds this build does not know about still get a band, at the right.
  for (const k of byKind.keys()) if (!bands.includes(k) && !rowKinds.includes(k)) bands.push(k);

  const counts = bands.map((k) => byKind.get(k)!.length);
  const rows = pickRowCount(counts, rowKinds.reduce((n, k) => n + byKind.get(k)!.length, 0));
  const cols = counts.map((n) => Math.ceil(n / rows));

  // Each band's left edge, in grid units.
  const bandX: number[] = [];
  let x = 0;
  for (let b = 0; b < bands.length; b++) {
    bandX.push(x);
    x += (cols[b] - 1) * CELL_W + CELL_W + BAND_GAP;
  }

  // Barycentre ordering: a node's vertical rank follows the mean rank of its neighbours, swept a few
  // times across the bands (each sweep uses the previous one's ranks), so edges run mostly level.
  const rank = new Map<string, number>();
  for (const k of bands) byKind.get(k)!.forEach((id, i, all) => rank.set(id, all.length > 1 ? i / (all.length - 1) : 0.5));
  const bandOf = new Map<string, number>();
  bands.forEach((k, b) => byKind.get(k)!.forEach((id) => bandOf.set(id, b)));
  for (let sweep = 0; sweep < 12; sweep++) {
    const order = sweep % 2 === 0 ? bands : [...bands].reverse();
    for (const k of order) {
      const list = byKind.get(k)!;
      const score = new Map(list.map((id) => [id, meanOf(graph.neighbors(id), rank) ?? rank.get(id)!] as const));
      list.sort((a, b) => score.get(a)! - score.get(b)! || naturalCompare(a, b));
      list.forEach((id, i) => rank.set(id, list.length > 1 ? i / (list.length - 1) : 0.5));
    }
  }

  const out: Positions = {};
  bands.forEach((k, b) => {
    const list = byKind.get(k)!;
    for (let r = 0; r * cols[b] < list.length; r++) {
      // Within a row, nodes whose neighbours lie in bands further right sit further right.
      const row = list.slice(r * cols[b], (r + 1) * cols[b]);
      const side = new Map(row.map((id) => [id, meanOf(graph.neighbors(id), bandOf) ?? b] as const));
      row.sort((p, q) => side.get(p)! - side.get(q)! || naturalCompare(p, q));
      // A short last row is centred in its band.
      const offset = ((cols[b] - row.length) * CELL_W) / 2;
      row.forEach((id, c) => (out[id] = [bandX[b] + offset + c * CELL_W, r * CELL_H]));
    }
  });

  // Rows under the bands: each node goes to the free cell nearest the mean x of what it links to.
  let top = rows * CELL_H + CELL_H;
  const width = x - BAND_GAP;
  for (const k of rowKinds) {
    const list = byKind.get(k)!;
    const perRow = Math.max(1, Math.floor(width / CELL_W) + 1);
    const target = new Map(list.map((id) => [id, meanX(graph.neighbors(id), out) ?? width / 2] as const));
    list.sort((a, b) => target.get(a)! - target.get(b)! || naturalCompare(a, b));
    const taken = new Set<string>();
    for (const id of list) {
      const want = Math.round(target.get(id)! / CELL_W);
      let placed = false;
      for (let r = 0; !placed; r++) {
        for (let d = 0; d <= perRow && !placed; d++) {
          for (const c of d === 0 ? [want] : [want - d, want + d]) {
            if (c < 0 || c >= perRow || taken.has(`${r},${c}`)) continue;
            taken.add(`${r},${c}`);
            out[id] = [c * CELL_W, top + r * CELL_H];
            placed = true;
            break;
          }
        }
      }
    }
    const usedRows = Math.max(1, ...[...taken].map((t) => Number(t.split(',')[0]) + 1));
    top += usedRows * CELL_H + CELL_H;
  }
  return centred(out);
}

/** The row count whose overall shape is closest to ASPECT. */
function pickRowCount(counts: number[], rowItems: number): number {
  const most = Math.max(1, ...counts);
  let best = 1;
  let bestErr = Infinity;
  for (let rows = 1; rows <= most; rows++) {
    const cols = counts.reduce((n, c) => n + Math.ceil(c / rows), 0);
    const width = cols * CELL_W + (counts.length - 1) * BAND_GAP;
    const extraRows = rowItems ? Math.ceil(rowItems / Math.max(1, width / CELL_W)) + 1 : 0;
    const height = (rows + extraRows) * CELL_H;
    const err = Math.abs(Math.log(width / height / ASPECT));
    if (err < bestErr) [best, bestErr] = [rows, err];
  }
  return best;
}

function centred(p: Positions): Positions {
  const pts = Object.values(p);
  if (pts.length === 0) return p;
  const cx = snap((Math.min(...pts.map((q) => q[0])) + Math.max(...pts.map((q) => q[0]))) / 2, CELL_W);
  const cy = snap((Math.min(...pts.map((q) => q[1])) + Math.max(...pts.map((q) => q[1]))) / 2, CELL_H);
  const out: Positions = {};
  for (const [id, [x, y]] of Object.entries(p)) out[id] = [Math.round(x - cx), Math.round(y - cy)];
  return out;
}

// ---------------------------------------------------------------- incremental placement

/**
 * Keeps every known position and places the rest one at a time: the node with the most placed
 * neighbours first, at the free lattice point nearest the mean of those neighbours, kept inside its
 * kind's region (a band grows along its long axis rather than spilling into the next band).
 */
export function placeNew(entities: readonly Node[], graph: Graph, kept: Positions): Positions {
  const out: Positions = { ...kept };
  const grid = new SpatialGrid();
  for (const p of Object.values(out)) grid.add(p);
  const kindOf = new Map(entities.map((e) => [e.id, e.kind] as const));
  const pending = entities.filter((e) => !(e.id in out)).map((e) => e.id).sort(naturalCompare);

  while (pending.length) {
    // The pending node with the most placed neighbours; ties by ID.
    let bestIdx = 0;
    let bestN = -1;
    pending.forEach((id, i) => {
      const n = graph.neighbors(id).filter((m) => m in out).length;
      if (n > bestN) [bestIdx, bestN] = [i, n];
    });
    const id = pending.splice(bestIdx, 1)[0];
    const kind = kindOf.get(id)!;
    const region = regionOf(kind, out, kindOf);
    const anchor = meanPoint(graph.neighbors(id).filter((m) => m in out).map((m) => out[m]));
    const target = clampToRegion(anchor ?? region?.centreOrEdge ?? fallbackTarget(out), region);
    const p = nearestFree(target, grid, region);
    out[id] = p;
    grid.add(p);
  }
  return out;
}

interface Region {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Bands are columns (vertical) or rows (horizontal); new nodes stay within the short axis. */
  vertical: boolean;
  /** Where a node with no placed neighbours goes: just past the region's far end. */
  centreOrEdge: [number, number];
}

function regionOf(kind: Kind, pos: Positions, kindOf: Map<string, Kind>): Region | null {
  const pts = Object.entries(pos).filter(([id]) => kindOf.get(id) === kind).map(([, p]) => p);
  if (pts.length === 0) return null;
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const vertical = ROW_KINDS.includes(kind) ? false : true;
  return { x0, x1, y0, y1, vertical, centreOrEdge: vertical ? [(x0 + x1) / 2, y1 + CELL_H] : [x1 + CELL_W, (y0 + y1) / 2] };
}

function clampToRegion(p: [number, number], r: Region | null): [number, number] {
  if (!r) return p;
  return r.vertical ? [clamp(p[0], r.x0, r.x1), p[1]] : [p[0], clamp(p[1], r.y0, r.y1)];
}

/** A kind with no region yet starts to the right of everything. */
function fallbackTarget(pos: Positions): [number, number] {
  const pts = Object.values(pos);
  if (pts.length === 0) return [0, 0];
  return [Math.max(...pts.map((p) => p[0])) + CELL_W + BAND_GAP, Math.min(...pts.map((p) => p[1]))];
}

/** The free lattice point (half-cell steps) nearest `target`, within the region's short axis if it has one. */
function nearestFree(target: [number, number], grid: SpatialGrid, region: Region | null): [number, number] {
  const sx = CELL_W / 2;
  const sy = CELL_H / 2;
  const gx = Math.round(target[0] / sx);
  const gy = Math.round(target[1] / sy);
  const inside = (x: number, y: number) => {
    if (!region) return true;
    return region.vertical ? x >= region.x0 - sx && x <= region.x1 + sx : y >= region.y0 - sy && y <= region.y1 + sy;
  };
  for (let ring = 0; ring < 10_000; ring++) {
    // Candidates on this ring, nearest first (Euclidean in layout units), so placement is deterministic.
    const cands: [number, number, number][] = [];
    for (let dx = -ring; dx <= ring; dx++) {
      for (let dy = -ring; dy <= ring; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        const x = (gx + dx) * sx;
        const y = (gy + dy) * sy;
        cands.push([Math.hypot(x - target[0], y - target[1]), x, y]);
      }
    }
    cands.sort((a, b) => a[0] - b[0] || a[2] - b[2] || a[1] - b[1]);
    for (const [, x, y] of cands) if (inside(x, y) && grid.free(x, y)) return [x, y];
  }
  throw new Error('layout: no free position found');
}

/** Buckets of positions, so "is anything too close?" is a constant-time look-up. */
class SpatialGrid {
  private cells = new Map<string, [number, number][]>();
  private key(cx: number, cy: number) {
    return `${cx},${cy}`;
  }
  add(p: [number, number]) {
    const k = this.key(Math.floor(p[0] / CELL_W), Math.floor(p[1] / CELL_H));
    const list = this.cells.get(k);
    if (list) list.push(p);
    else this.cells.set(k, [p]);
  }
  free(x: number, y: number): boolean {
    const cx = Math.floor(x / CELL_W);
    const cy = Math.floor(y / CELL_H);
    for (let i = cx - 1; i <= cx + 1; i++) {
      for (let j = cy - 1; j <= cy + 1; j++) {
        for (const p of this.cells.get(this.key(i, j)) ?? []) if (Math.abs(p[0] - x) < MIN_DX && Math.abs(p[1] - y) < MIN_DY) return false;
      }
    }
    return true;
  }
}

// ---------------------------------------------------------------- helpers

function meanOf(ids: string[], value: Map<string, number>): number | undefined {
  let s = 0;
  let n = 0;
  for (const id of ids) {
    const v = value.get(id);
    if (v !== undefined) {
      s += v;
      n++;
    }
  }
  return n ? s / n : undefined;
}

function meanX(ids: string[], pos: Positions): number | undefined {
  const pts = ids.filter((id) => id in pos).map((id) => pos[id][0]);
  return pts.length ? pts.reduce((a, b) => a + b, 0) / pts.length : undefined;
}

function meanPoint(pts: [number, number][]): [number, number] | null {
  if (pts.length === 0) return null;
  return [pts.reduce((s, p) => s + p[0], 0) / pts.length, pts.reduce((s, p) => s + p[1], 0) / pts.length];
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const snap = (v: number, step: number) => Math.round(v / step) * step;

function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
