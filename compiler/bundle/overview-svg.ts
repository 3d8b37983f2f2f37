/**
 * The overview as a static SVG, drawn at build time from the committed layout: every node in its
 * kind's colour and shape and, below the large-graph threshold, every edge as a faint line. The
 * page shows it (index.html, `<img>`) before any JavaScript has run, and the live graph replaces it
 * once it is interactive (src/graph/prepaint.ts). Framed like the live graph's first fit
 * (src/graph/framing.ts), so the swap does not move anything. No text: labels need the live layer.
 */
import type { GraphData } from '../../src/model/app-data.ts';
import type { Kind } from '../../src/model/schema.ts';
import { nodeSize } from '../../src/graph/elements.ts';
import { KIND_STYLE, RELATION_STYLE } from '../../src/graph/encoding.ts';
import { MAX_FIT_ZOOM, fitBounds } from '../../src/graph/framing.ts';
import { LARGE_GRAPH } from '../../src/graph/stylesheet.ts';

export const OVERVIEW_FILE = 'overview.svg';

type Pt = [number, number];

/** Cytoscape's node shapes as unit polygons (y down), close enough for a picture shown for a moment. */
function ngon(sides: number, radius = 1, offset = 0): Pt[] {
  const start = (sides % 2 === 0 ? Math.PI / 2 + Math.PI / sides : Math.PI / 2) + offset;
  return Array.from({ length: sides }, (_, i) => [radius * Math.cos(start + (2 * Math.PI * i) / sides), -radius * Math.sin(start + (2 * Math.PI * i) / sides)] as Pt);
}
function fitToSquare(points: Pt[]): Pt[] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return points.map(([x, y]) => [((x - x0) / (x1 - x0)) * 2 - 1, ((y - y0) / (y1 - y0)) * 2 - 1]);
}
function star(): Pt[] {
  const outer = ngon(5);
  const inner = ngon(5, 0.382, Math.PI / 5);
  return fitToSquare(outer.flatMap((p, i) => [p, inner[i]!]));
}
const POLYGONS: Partial<Record<string, Pt[]>> = {
  diamond: [[0, -1], [1, 0], [0, 1], [-1, 0]],
  hexagon: fitToSquare(ngon(6)),
  triangle: fitToSquare(ngon(3)),
  star: star(),
  vee: [[-1, -1], [0, -0.333], [1, -1], [0, 1]],
};

const r1 = (n: number) => Math.round(n * 10) / 10;

/** SVG path data for one node of `shape`, centred on (x, y), `size` wide. */
export function shapePath(shape: string, x: number, y: number, size: number): string {
  const h = size / 2;
  if (shape === 'ellipse') return `M${r1(x - h)} ${r1(y)}a${r1(h)} ${r1(h)} 0 1 0 ${r1(size)} 0a${r1(h)} ${r1(h)} 0 1 0 ${r1(-size)} 0z`;
  const poly = POLYGONS[shape];
  if (!poly) {
    // round-rectangle (and anything else): a rectangle with rounded corners.
    const c = r1(size / 5);
    const s = r1(size - 2 * c);
    return `M${r1(x - h + c)} ${r1(y - h)}h${s}q${c} 0 ${c} ${c}v${s}q0 ${c} ${-c} ${c}h${-s}q${-c} 0 ${-c} ${-c}v${-s}q0 ${-c} ${c} ${-c}z`;
  }
  return `M${poly.map(([px, py]) => `${r1(x + px * h)} ${r1(y + py * h)}`).join('L')}z`;
}

/**
 * The SVG text. Its viewBox is the live graph's fit rectangle (positions ± FIT_MARGIN) and its
 * intrinsic size that rectangle at MAX_FIT_ZOOM, so `max-width/max-height: 100%` inside the canvas
 * minus FIT_PAD scales it exactly as the camera will.
 */
export function overviewSvg(graph: Pick<GraphData, 'nodes' | 'edges'>): string {
  const b = fitBounds(graph.nodes) ?? { x0: 0, y0: 0, x1: 1, y1: 1 };
  const [w, h] = [b.x1 - b.x0, b.y1 - b.y0];
  const parts: string[] = [];
  if (graph.nodes.length <= LARGE_GRAPH) {
    const at = new Map(graph.nodes.map((n) => [n.id, n] as const));
    const byColour = new Map<string, string[]>();
    for (const e of graph.edges) {
      const [s, t] = [at.get(e.source), at.get(e.target)];
      if (!s || !t) continue;
      const colour = RELATION_STYLE[e.type].light;
      const list = byColour.get(colour) ?? [];
      list.push(`M${Math.round(s.x)} ${Math.round(s.y)}L${Math.round(t.x)} ${Math.round(t.y)}`);
      byColour.set(colour, list);
    }
    for (const [colour, d] of byColour) parts.push(`<path stroke="${colour}" d="${d.join('')}"/>`);
  }
  const byKind = new Map<Kind, string[]>();
  for (const n of graph.nodes) {
    const list = byKind.get(n.kind) ?? [];
    list.push(shapePath(KIND_STYLE[n.kind].shape, n.x, n.y, nodeSize(n.degree)));
    byKind.set(n.kind, list);
  }
  const nodes = [...byKind].map(([k, d]) => `<path class="k-${k}" fill="${KIND_STYLE[k].light}" d="${d.join('')}"/>`);
  // The dark palette for pages shown dark (the SVG follows the page's colour scheme where the browser passes it on).
  const dark = [...byKind.keys()].map((k) => `.k-${k}{fill:${KIND_STYLE[k].dark}}`).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${r1(b.x0)} ${r1(b.y0)} ${r1(w)} ${r1(h)}" ` +
    `width="${Math.ceil(w * MAX_FIT_ZOOM)}" height="${Math.ceil(h * MAX_FIT_ZOOM)}">` +
    `<style>@media (prefers-color-scheme: dark){${dark}}</style>` +
    `<g fill="none" stroke-width="1.6" stroke-opacity="0.45" stroke-linecap="round">${parts.join('')}</g>` +
    `<g>${nodes.join('')}</g></svg>\n`
  );
}
