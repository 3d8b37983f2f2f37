import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEdgeLayer } from '../../src/graph/edge-layer';
import type { LabelSource } from '../../src/graph/label-layer';
import { RELATION_STYLE } from '../../src/graph/encoding';
import { ARROW_ZOOM, EDGE_OPACITY } from '../../src/graph/stylesheet';
import type { Edge } from '../../src/model/bundle';

/** Records each path's segments; the canvas records what is stroked with which style. */
class FakePath {
  segments: [number, number, number, number][] = [];
  private at: [number, number] = [0, 0];
  moveTo(x: number, y: number) {
    this.at = [x, y];
  }
  lineTo(x: number, y: number) {
    this.segments.push([...this.at, x, y]);
  }
}

function fakeCanvas() {
  const strokes: { colour: string; alpha: number; width: number; segments: number }[] = [];
  const ctx = {
    globalAlpha: 1,
    strokeStyle: '',
    lineWidth: 1,
    lineCap: 'round',
    save() {},
    restore() {},
    clearRect() {},
    stroke(p: FakePath) {
      strokes.push({ colour: String(this.strokeStyle), alpha: this.globalAlpha, width: this.lineWidth, segments: p.segments.length });
    },
  };
  const canvas = { width: 0, height: 0, style: {} as Record<string, string>, getContext: () => ctx } as unknown as HTMLCanvasElement;
  return { canvas, strokes };
}

const edges: Edge[] = [
  { source: 'A', target: 'B', type: 'uses' },
  { source: 'A', target: 'C', type: 'uses' },
  { source: 'B', target: 'C', type: 'provides' },
  { source: 'C', target: 'D', type: 'violates' },
] as Edge[];
const positions: Record<string, { x: number; y: number }> = { A: { x: 0, y: 0 }, B: { x: 100, y: 0 }, C: { x: 0, y: 100 }, D: { x: 100, y: 100 } };

function source(classes: Record<string, string>, zoom = 0.5): LabelSource {
  return {
    zoom,
    pan: { x: 10, y: 20 },
    width: 400,
    height: 300,
    position: (id) => positions[id],
    classesOf: (id) => classes[id] ?? '',
    classed: () => Object.entries(classes),
  };
}

/** Animation frames run when the test says so. */
let frames: FrameRequestCallback[] = [];
const frame = () => {
  const run = frames;
  frames = [];
  for (const cb of run) cb(0);
};

beforeEach(() => {
  frames = [];
  vi.stubGlobal('Path2D', FakePath);
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
});
afterEach(() => vi.unstubAllGlobals());

describe('edge layer', () => {
  it('draws every edge as one stroke per relation type, in its colour, at the overview opacity', () => {
    const { canvas, strokes } = fakeCanvas();
    const layer = createEdgeLayer(canvas, edges, () => source({}), 'light');
    layer.schedule();
    frame();
    expect(layer.drawn()).toBe(4);
    expect(strokes).toEqual([
      { colour: RELATION_STYLE.uses.light, alpha: EDGE_OPACITY.overview, width: RELATION_STYLE.uses.width * 0.5, segments: 2 },
      { colour: RELATION_STYLE.provides.light, alpha: EDGE_OPACITY.overview, width: RELATION_STYLE.provides.width * 0.5, segments: 1 },
      { colour: RELATION_STYLE.violates.light, alpha: EDGE_OPACITY.overview, width: RELATION_STYLE.violates.width * 0.5, segments: 1 },
    ]);
    expect(canvas.width).toBe(400);
  });

  it('leaves lit and filtered edges (and edges of filtered nodes) to cytoscape or to nobody, and dims dimmed ones', () => {
    const { canvas, strokes } = fakeCanvas();
    const classes = { 'A→B:uses': 'lit', 'A→C:uses': 'dimmed', 'B→C:provides': 'filtered', D: 'filtered' };
    const layer = createEdgeLayer(canvas, edges, () => source(classes), 'dark');
    layer.schedule();
    frame();
    expect(layer.drawn()).toBe(1);
    expect(strokes).toEqual([{ colour: RELATION_STYLE.uses.dark, alpha: EDGE_OPACITY.dimmed, width: RELATION_STYLE.uses.width * 0.5, segments: 1 }]);
  });

  it('steps aside once zoomed in far enough for cytoscape to draw arrows and dashes', () => {
    const { canvas, strokes } = fakeCanvas();
    const layer = createEdgeLayer(canvas, edges, () => source({}, ARROW_ZOOM), 'light');
    layer.schedule();
    frame();
    expect(layer.drawn()).toBe(0);
    expect(strokes).toEqual([]);
  });

  it('redraws in the new colours when the theme changes', () => {
    const { canvas, strokes } = fakeCanvas();
    const layer = createEdgeLayer(canvas, edges.slice(0, 1), () => source({}), 'light');
    layer.schedule();
    layer.schedule(); // coalesced into one frame
    frame();
    layer.setTheme('dark');
    frame();
    expect(strokes.map((s) => s.colour)).toEqual([RELATION_STYLE.uses.light, RELATION_STYLE.uses.dark]);
  });
});
