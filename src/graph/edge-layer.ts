/**
 * The overview's faint edges, on a canvas of our own under cytoscape's. Cytoscape draws each of
 * the atlas's 2,000+ edges as its own path (most of them dashed or dotted) whenever anything in
 * its layer changes, so every hover, selection and filter cost about 200 ms of main thread on a
 * CPU-drawn canvas. Here they are one solid path per relation type, redrawn only when the camera,
 * the classes or the theme change (about 25 ms). Cytoscape keeps drawing what stands out: lit,
 * path and chain edges, and every edge once zoomed in far enough to read arrows and dashes
 * (ARROW_ZOOM, where this layer steps aside). Small graphs only: large ones show lit edges only.
 *
 * It knows nothing of cytoscape: positions, camera and classes come through `LabelSource`.
 */
import type { Edge } from '../model/bundle';
import { edgeKey } from '../model/graph-index';
import { RELATION_TYPES } from '../model/constants';
import type { RelationType } from '../model/schema';
import type { Theme } from '../store/types';
import { RELATION_STYLE } from './encoding';
import type { LabelSource } from './label-layer';
import { ARROW_ZOOM, EDGE_OPACITY, STANDS_OUT } from './stylesheet';
import { fitCanvas } from './canvas-size';

export interface EdgeLayer {
  /** Redraws on the next animation frame (coalesced). */
  schedule(): void;
  setTheme(theme: Theme): void;
  /** Edges drawn in the last frame (browser tests). */
  drawn(): number;
  destroy(): void;
}

const FILTERED = /\bfiltered\b/;

export function createEdgeLayer(canvas: HTMLCanvasElement, edges: readonly Edge[], source: () => LabelSource, initialTheme: Theme): EdgeLayer {
  const ctx = canvas.getContext('2d');
  let theme = initialTheme;
  let raf = 0;
  let count = 0;
  const keyed = edges.map((e) => ({ e, key: edgeKey(e) }));

  /** One path per relation type and opacity (faint, or dimmed behind a selection). */
  const paint = (target: CanvasRenderingContext2D, s: LabelSource, scale: number): number => {
    if (s.zoom >= ARROW_ZOOM) return 0;
    const paths = new Map<string, { type: RelationType; alpha: number; path: Path2D }>();
    let n = 0;
    for (const { e, key } of keyed) {
      const cls = s.classesOf(key);
      // Cytoscape draws an edge that stands out; nobody draws a filtered one, or one of a filtered node.
      if (STANDS_OUT.test(cls) || FILTERED.test(cls) || FILTERED.test(s.classesOf(e.source)) || FILTERED.test(s.classesOf(e.target))) continue;
      const a = s.position(e.source);
      const b = s.position(e.target);
      if (!a || !b) continue;
      const alpha = /\bdimmed\b/.test(cls) ? EDGE_OPACITY.dimmed : EDGE_OPACITY.overview;
      const group = `${e.type}|${alpha}`;
      let g = paths.get(group);
      if (!g) paths.set(group, (g = { type: e.type, alpha, path: new Path2D() }));
      g.path.moveTo((a.x * s.zoom + s.pan.x) * scale, (a.y * s.zoom + s.pan.y) * scale);
      g.path.lineTo((b.x * s.zoom + s.pan.x) * scale, (b.y * s.zoom + s.pan.y) * scale);
      n++;
    }
    target.save();
    target.lineCap = 'butt';
    // Relation order, so the same types overlap the same way in every frame.
    const rank = (t: RelationType) => RELATION_TYPES.indexOf(t);
    for (const g of [...paths.values()].sort((a, b) => rank(a.type) - rank(b.type))) {
      const style = RELATION_STYLE[g.type];
      target.globalAlpha = g.alpha;
      target.strokeStyle = style[theme];
      target.lineWidth = style.width * s.zoom * scale;
      target.stroke(g.path);
    }
    target.restore();
    return n;
  };

  const render = () => {
    raf = 0;
    if (!ctx) return;
    const s = source();
    const dpr = fitCanvas(canvas, s.width, s.height);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    count = paint(ctx, s, dpr);
  };

  return {
    schedule() {
      if (!raf) raf = requestAnimationFrame(render);
    },
    setTheme(next) {
      if (next === theme) return;
      theme = next;
      this.schedule();
    },
    drawn: () => count,
    destroy() {
      cancelAnimationFrame(raf);
      raf = 0;
    },
  };
}
