/**
 * The label layer: a canvas over the graph that draws node names, region names and
 * the labels of lit edges at a fixed, readable size, choosing each frame which ones
 * fit (see labels.ts). Cytoscape draws no text itself, so what this layer reports
 * (`placed`) is exactly what is on screen.
 *
 * It knows nothing of cytoscape: the adapter hands it a snapshot of the viewport,
 * positions and classes through `LabelSource`.
 */
import type { GraphNode } from '../model/app-data';
import type { Edge } from '../model/bundle';
import { edgeKey } from '../model/graph-index';
import { KIND_LABELS } from '../model/kinds';
import type { Kind } from '../model/schema';
import type { Theme } from '../store/types';
import { KIND_STYLE, THEME_COLOURS } from './encoding';
import { nodeSize } from './elements';
import { compactLabel, nodeLabel, overlaps, placeLabels, type Box, type LabelCandidate, type PlacedLabel } from './labels';
import { fitCanvas } from './canvas-size';

export interface LabelSource {
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
  /** Current model position of a node (moves after a re-layout). */
  position(id: string): { x: number; y: number } | undefined;
  /** Dynamic classes of an element (see visual-state), '' when none. */
  classesOf(id: string): string;
  /** Every element with dynamic classes, as [id, classes]. */
  classed(): Iterable<[string, string]>;
}

export interface LabelLayer {
  /**
   * Redraws on the next animation frame (coalesced). 'pan' and 'zoom' only move the camera: the
   * labels placed last follow their nodes instead of being placed again (collision checks among
   * them only), and are placed afresh once the camera rests.
   */
  schedule(reason?: 'pan' | 'zoom' | 'full'): void;
  setTheme(theme: Theme): void;
  /** What is drawn now, in canvas CSS px. */
  placed(): readonly PlacedLabel[];
  /** Draws the current labels onto another context (PNG export), scaled. */
  drawOnto(ctx: CanvasRenderingContext2D, scale: number): void;
  destroy(): void;
}

const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", sans-serif';
const FRAMEWORK = new Set<Kind>(['guarantee', 'mechanism', 'micro-pattern', 'system-pattern']);
const REGION_PX = 15;
/** Region names are placed left to right, so narrow bands alternate their name up and down. */
const BAND_RANK = (k: Kind) => ['guarantee', 'mechanism', 'micro-pattern', 'system-pattern', 'case-study', 'incident', 'symptom'].indexOf(k);
/** Room kept free around the canvas edge and under the toolbar (the toolbar is also an obstacle). */
const EDGE_MARGIN = 4;

export function fontOf(px: number, bold = false): string {
  return `${bold ? '600 ' : ''}${px}px ${FONT_FAMILY}`;
}

export function createLabelLayer(
  canvas: HTMLCanvasElement,
  nodes: readonly GraphNode[],
  edges: readonly Edge[],
  source: () => LabelSource,
  obstacles: () => Box[],
  initialTheme: Theme,
): LabelLayer {
  const ctx = canvas.getContext('2d');
  let theme = initialTheme;
  let raf = 0;
  let current: PlacedLabel[] = [];
  let full = true;
  let zooming = false;
  /** Screen centre of each labelled node when its label was placed, so a zoom can move the label with it. */
  let anchors = new Map<string, { x: number; y: number }>();
  let placedAt: { x: number; y: number; zoom: number } | null = null;
  let settle: ReturnType<typeof setTimeout> | undefined;
  const widths = new Map<string, number>();
  const measure = (text: string, font: string) => {
    const key = `${font}|${text}`;
    let w = widths.get(key);
    if (w === undefined && ctx) {
      ctx.font = font;
      w = ctx.measureText(text).width;
      widths.set(key, w);
    }
    return w ?? text.length * 7;
  };
  const texts = new Map(nodes.map((n) => [n.id, nodeLabel(n)] as const));
  const longTexts = new Map(nodes.map((n) => [n.id, nodeLabel(n, 44)] as const));
  const shortTexts = new Map(nodes.map((n) => [n.id, compactLabel(n)] as const));
  const edgeByKey = new Map(edges.map((e) => [edgeKey(e), e] as const));
  const nodeById = new Map(nodes.map((n) => [n.id, n] as const));
  // Static part of each node's priority: framework entities and hubs first.
  const basePriority = new Map(nodes.map((n) => [n.id, (FRAMEWORK.has(n.kind) ? 20 : 0) + 10 * Math.log2(1 + n.degree)] as const));

  /** Below, above, right and left of a node, for a label `w` wide. */
  const spots = (c: { x: number; y: number }, r: number, w: number, lh: number, text: string) => [
    { text, box: { x1: c.x - w / 2, y1: c.y + r + 2, x2: c.x + w / 2, y2: c.y + r + 2 + lh } },
    { text, box: { x1: c.x - w / 2, y1: c.y - r - 2 - lh, x2: c.x + w / 2, y2: c.y - r - 2 } },
    { text, box: { x1: c.x + r + 4, y1: c.y - lh / 2, x2: c.x + r + 4 + w, y2: c.y + lh / 2 } },
    { text, box: { x1: c.x - r - 4 - w, y1: c.y - lh / 2, x2: c.x - r - 4, y2: c.y + lh / 2 } },
  ];
  const shortSpots = (id: string, c: { x: number; y: number }, r: number, px: number, lh: number) => {
    const text = shortTexts.get(id)!;
    if (text === texts.get(id)) return [];
    return spots(c, r, measure(text, fontOf(px)), lh, text);
  };

  const compute = (): PlacedLabel[] => {
    const s = source();
    const toScreen = (p: { x: number; y: number }) => ({ x: p.x * s.zoom + s.pan.x, y: p.y * s.zoom + s.pan.y });
    const bounds: Box = { x1: EDGE_MARGIN, y1: EDGE_MARGIN, x2: s.width - EDGE_MARGIN, y2: s.height - EDGE_MARGIN };
    const cands: LabelCandidate[] = [];
    const blockers: Box[] = [...obstacles()];
    const regions = new Map<Kind, Box>();
    for (const n of nodes) {
      const cls = s.classesOf(n.id);
      if (/\bfiltered\b/.test(cls)) continue;
      const p = s.position(n.id);
      if (!p) continue;
      const r0 = regions.get(n.kind);
      regions.set(n.kind, r0 ? { x1: Math.min(r0.x1, p.x), y1: Math.min(r0.y1, p.y), x2: Math.max(r0.x2, p.x), y2: Math.max(r0.y2, p.y) } : { x1: p.x, y1: p.y, x2: p.x, y2: p.y });
      const c = toScreen(p);
      const r = (nodeSize(n.degree) / 2) * s.zoom;
      if (c.x < -300 || c.x > s.width + 300 || c.y < -100 || c.y > s.height + 100) continue;
      if (/\bdimmed\b/.test(cls)) continue;
      // Other nodes' bodies are obstacles, so a label never covers a node.
      blockers.push({ x1: c.x - r, y1: c.y - r, x2: c.x + r, y2: c.y + r });
      const selected = /\bselected\b/.test(cls);
      const emphasised = selected || /\b(path-current|hovered)\b/.test(cls);
      const px = emphasised ? 13 : FRAMEWORK.has(n.kind) ? 12 : 11;
      const text = emphasised ? longTexts.get(n.id)! : texts.get(n.id)!;
      const w = measure(text, fontOf(px, emphasised));
      const top = c.y + r + 2;
      let priority = basePriority.get(n.id)!;
      if (selected) priority += 5000;
      else if (/\bhovered\b/.test(cls)) priority += 4500;
      else if (/\bpath-current\b/.test(cls)) priority += 4000;
      else if (/\bon-chain\b/.test(cls)) priority += 1500;
      else if (/\bon-path\b/.test(cls)) priority += 1400;
      else if (/\bhop2\b/.test(cls)) priority += 600;
      else if (/\blit\b/.test(cls)) priority += 1000;
      const lh = Math.ceil(px * 1.25);
      cands.push({
        id: n.id,
        text,
        fontPx: px,
        bold: emphasised,
        priority,
        kind: 'node',
        // Below the node, else above, right, left.
        box: { x1: c.x - w / 2, y1: top, x2: c.x + w / 2, y2: top + lh },
        alternatives: [...spots(c, r, w, lh, text).slice(1), ...(emphasised ? [] : shortSpots(n.id, c, r, px, lh))],
      });
    }
    // Region names sit above each kind's band, pinned to the top of the canvas while the band is in view.
    for (const [kind, r] of regions) {
      const text = KIND_LABELS[kind].many;
      const w = measure(text, fontOf(REGION_PX, true)) + REGION_PX;
      const a = toScreen({ x: r.x1, y: r.y1 });
      const b = toScreen({ x: r.x2, y: r.y2 });
      const h = Math.ceil(REGION_PX * 1.3);
      const pad = 34 * s.zoom + 8;
      const cx = Math.min(Math.max((a.x + b.x) / 2, Math.max(a.x, w / 2 + EDGE_MARGIN)), Math.min(b.x, s.width - w / 2 - EDGE_MARGIN));
      const y1 = Math.min(Math.max(a.y - pad - h, EDGE_MARGIN), b.y - h);
      // Narrow neighbouring bands: the second name steps up a line instead of colliding.
      const box = { x1: cx - w / 2, y1, x2: cx + w / 2, y2: y1 + h };
      const up = (k: number) => ({ box: { ...box, y1: box.y1 - k * (h + 4), y2: box.y2 - k * (h + 4) } });
      cands.push({ id: `region:${kind}`, text, fontPx: REGION_PX, bold: true, priority: 4800 - BAND_RANK(kind), kind: 'region', box, alternatives: [up(1), up(-1), up(2)] });
    }
    // Labels of lit edges (the selection's relations, a path, a chain) at their midpoint, when the edge is long enough.
    for (const [key, cls] of s.classed()) {
      const e = edgeByKey.get(key);
      if (!e || !/\b(lit|on-chain|on-path)\b/.test(cls)) continue;
      const p = s.position(e.source);
      const q = s.position(e.target);
      if (!p || !q) continue;
      const a = toScreen(p);
      const b = toScreen(q);
      const text = e.type;
      const w = measure(text, fontOf(10)) + 6;
      const len = Math.hypot(b.x - a.x, b.y - a.y);
      const ra = (nodeSize(nodeById.get(e.source)?.degree ?? 0) / 2) * s.zoom;
      const rb = (nodeSize(nodeById.get(e.target)?.degree ?? 0) / 2) * s.zoom;
      if (len - ra - rb < w + 16) continue;
      const mx = (a.x + b.x) / 2;
      const my = (a.y + b.y) / 2;
      cands.push({ id: `edge:${key}`, text, fontPx: 10, priority: /\bon-chain\b/.test(cls) ? 1450 : 900, kind: 'edge', box: { x1: mx - w / 2, y1: my - 7, x2: mx + w / 2, y2: my + 7 } });
    }
    // Region names and edge labels may sit over node bodies; node labels may not.
    const first = placeLabels(cands.filter((c) => c.kind === 'region' || /\bselected\b/.test(s.classesOf(c.id))), bounds, obstacles());
    const rest = placeLabels(
      cands.filter((c) => !first.includes(c) && c.kind !== 'region' && !/\bselected\b/.test(s.classesOf(c.id))),
      bounds,
      [...blockers, ...first.map((f) => f.box)],
    );
    return [...first, ...rest];
  };

  const draw = (target: CanvasRenderingContext2D, labels: readonly PlacedLabel[], scale: number) => {
    const c = THEME_COLOURS[theme];
    target.save();
    target.scale(scale, scale);
    target.textBaseline = 'top';
    target.textAlign = 'center';
    target.lineJoin = 'round';
    for (const l of labels) {
      const cx = (l.box.x1 + l.box.x2) / 2;
      target.font = fontOf(l.fontPx, l.bold);
      if (l.kind === 'edge') {
        target.fillStyle = c.bg;
        target.globalAlpha = 0.9;
        target.fillRect(l.box.x1, l.box.y1, l.box.x2 - l.box.x1, l.box.y2 - l.box.y1);
        target.globalAlpha = 1;
        target.fillStyle = c.text;
        target.fillText(l.text, cx, l.box.y1 + 1.5);
        continue;
      }
      if (l.kind === 'region') {
        const kind = l.id.slice('region:'.length) as Kind;
        target.fillStyle = c.bg;
        target.globalAlpha = 0.85;
        target.fillRect(l.box.x1, l.box.y1, l.box.x2 - l.box.x1, l.box.y2 - l.box.y1);
        target.globalAlpha = 1;
        target.fillStyle = KIND_STYLE[kind]?.[theme] ?? c.text;
        target.fillRect(l.box.x1, l.box.y2 - 2, l.box.x2 - l.box.x1, 2);
      }
      target.strokeStyle = c.bg;
      target.lineWidth = 3;
      target.strokeText(l.text, cx, l.box.y1 + 1);
      target.fillStyle = c.text;
      target.fillText(l.text, cx, l.box.y1 + 1);
    }
    target.restore();
  };

  const render = () => {
    raf = 0;
    if (!ctx) return;
    const s = source();
    const dpr = fitCanvas(canvas, s.width, s.height);
    const toScreen = (p: { x: number; y: number }) => ({ x: p.x * s.zoom + s.pan.x, y: p.y * s.zoom + s.pan.y });
    const inside = (b: Box) => b.x1 >= EDGE_MARGIN && b.y1 >= EDGE_MARGIN && b.x2 <= s.width - EDGE_MARGIN && b.y2 <= s.height - EDGE_MARGIN;
    const shift = (b: Box, dx: number, dy: number) => ({ x1: b.x1 + dx, y1: b.y1 + dy, x2: b.x2 + dx, y2: b.y2 + dy });
    const moved = placedAt && placedAt.zoom === s.zoom ? { dx: s.pan.x - placedAt.x, dy: s.pan.y - placedAt.y } : null;
    if (!full && placedAt && (moved || zooming)) {
      // A camera move keeps every label's place relative to its node: a pan shifts them all, a zoom
      // moves each with its node and drops those that now collide (a check among the few placed,
      // not a placement of every node). Those leaving the canvas or going under an obstacle go too;
      // everything is placed afresh once the camera rests.
      const blocked = obstacles();
      if (moved) current = current.map((l) => ({ ...l, box: shift(l.box, moved.dx, moved.dy) }));
      else {
        const followed: PlacedLabel[] = [];
        for (const l of current) {
          const a = anchors.get(l.id);
          const p = a && s.position(l.id);
          if (l.kind === 'edge' || (l.kind === 'node' && !p)) continue;
          if (!a || !p) followed.push(l);
          else {
            const c = toScreen(p);
            followed.push({ ...l, box: shift(l.box, c.x - a.x, c.y - a.y) });
            anchors.set(l.id, c);
          }
        }
        current = placeLabels(followed, { x1: -Infinity, y1: -Infinity, x2: Infinity, y2: Infinity });
      }
      current = current.filter((l) => inside(l.box) && !blocked.some((b) => overlaps(b, l.box)));
      clearTimeout(settle);
      settle = setTimeout(() => layer.schedule('full'), 120);
    } else {
      current = compute();
      anchors = new Map();
      for (const l of current) {
        const p = l.kind === 'node' ? s.position(l.id) : undefined;
        if (p) anchors.set(l.id, toScreen(p));
      }
    }
    zooming = false;
    placedAt = { x: s.pan.x, y: s.pan.y, zoom: s.zoom };
    full = false;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    draw(ctx, current, dpr);
  };

  const layer: LabelLayer = {
    schedule(reason = 'full') {
      if (reason === 'full') full = true;
      if (reason === 'zoom') zooming = true;
      if (!raf) raf = requestAnimationFrame(render);
    },
    setTheme(t) {
      theme = t;
      this.schedule();
    },
    placed: () => current,
    drawOnto(target, scale) {
      draw(target, current, scale);
    },
    destroy() {
      cancelAnimationFrame(raf);
      clearTimeout(settle);
    },
  };
  return layer;
}
