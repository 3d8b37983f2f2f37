/**
 * The one place that talks to cytoscape's imperative API. It owns the `cy`
 * instance handed to it, applies state as classes inside cy.batch(), and
 * registers event handlers exactly once.
 */
import cytoscape, { type Core, type ElementDefinition, type EventObject } from 'cytoscape';
import type { Theme } from '../store/types';
import { THEME_COLOURS } from './encoding';
import { ARROW_ZOOM, STANDS_OUT, buildStylesheet } from './stylesheet';
import { nextPaint } from '../ui/when-idle';
import type { ClassMap } from './visual-state';
import type { LabelSource } from './label-layer';
import { countOverlaps, removeOverlaps } from './overlap';
import { FIT_PAD, MAX_FIT_ZOOM, fitBounds } from './framing';

/** What changed on screen: the camera moved at the same zoom, the zoom changed, or anything else. */
export type ChangeReason = 'pan' | 'zoom' | 'full';

export interface GraphEvents {
  onSelect(id: string | null): void;
  onHover(id: string | null): void;
  /** A press on a node, before it becomes a tap: what the click will open can be fetched from here. */
  onPressNode?(id: string): void;
}

export interface CyAdapter {
  applyClasses(classes: ClassMap): void;
  setTheme(theme: Theme): void;
  /** Brings a node and its lit neighbourhood into view. */
  centreOn(id: string, neighbours?: readonly string[]): void;
  fit(): void;
  /** Fits the camera to known positions without measuring labels (cheap at 5,000 nodes). */
  fitPositions(points: readonly { x: number; y: number }[], animate?: boolean): void;
  /** Fits the camera to some elements (a path, a chain), never past a readable zoom, clear of the toolbar. */
  fitTo(ids: readonly string[]): void;
  zoomBy(factor: number): void;
  /** Runs the live force layout on what is visible; resolves with the positions it replaced (for Undo). */
  relayout(): Promise<Map<string, { x: number; y: number }>>;
  /** Puts nodes back where they were (Undo of a re-layout). */
  restorePositions(positions: ReadonlyMap<string, { x: number; y: number }>): void;
  /**
   * Adds the edges held back from the first frame (AdapterOptions.deferredEdges), a chunk per
   * frame so input is handled in between; resolves once all are in (at once if there are none).
   */
  addDeferredEdges(): Promise<void>;
  /** A PNG of what is on screen, labels included (drawn by `drawLabels`). */
  exportPng(theme: Theme, drawLabels?: (ctx: CanvasRenderingContext2D, scale: number) => void): Promise<Blob>;
  /** What the label layer needs to know, read at the moment it draws. */
  labelSource(): LabelSource;
  /** Called whenever what is drawn may have changed: 'pan' / 'zoom' for a camera move, else 'full'. */
  onChange(cb: (reason: ChangeReason) => void): () => void;
  /** Forgets a hover (a view change or the pointer leaving the canvas). */
  clearHover(): void;
  /** Pairs of visible nodes whose discs overlap (browser tests). */
  overlappingNodes(): number;
  /** What is on screen (the current viewport) as vector SVG; cytoscape-svg loads on first use. */
  exportSvg(theme: Theme): Promise<Blob>;
  /** On-screen position of a node, relative to the canvas (used by browser tests). */
  renderedPosition(id: string): { x: number; y: number } | null;
  destroy(): void;
}

const DYNAMIC = ['filtered', 'dimmed', 'lit', 'hop2', 'selected', 'hovered', 'on-path', 'path-current', 'on-chain'];
const HOVER_DELAY_MS = 60;
/** A zoom this soon after a wheel or touch event belongs to the user's gesture. */
const GESTURE_MS = 250;

export interface AdapterOptions {
  /** Draft rendering for large graphs (see stylesheet). */
  large?: boolean;
  /** The theme whose stylesheet cytoscape was created with. */
  initialTheme?: Theme | null;
  /** Edges not in cytoscape yet, added when lit (see graphElements). */
  lazyEdges?: Map<string, ElementDefinition> | null;
  /**
   * Elements to add at creation. The adapter adds them, not react-cytoscapejs: that one adds
   * elements before replacing the stylesheet, which makes cytoscape reset every element's style.
   */
  elements?: readonly ElementDefinition[];
  /** Edges to add after the first frame, through addDeferredEdges (see graphElements). */
  deferredEdges?: readonly ElementDefinition[];
}

/** Edges per chunk: a chunk's styling and the next frame's redraw stay well under 100 ms on the real atlas. */
const EDGE_CHUNK = 400;

/** Resolves after the next frame has been drawn and any input queued behind it has run. */

/** Classes that make a lazily added edge worth drawing. */

export function createCyAdapter(cy: Core, events: GraphEvents, options: AdapterOptions = {}): CyAdapter {
  const { large = false, initialTheme = null, lazyEdges = null, elements = [], deferredEdges = [] } = options;
  if (elements.length) cy.add(elements as ElementDefinition[]);
  // Deferred edges not in cytoscape yet; classes asked for them are kept in `wanted` and applied when they arrive.
  const pendingEdges = new Set(deferredEdges.map((def) => String(def.data.id)));
  let wanted: ClassMap = new Map();
  let edgesIn: Promise<void> | null = deferredEdges.length ? null : Promise.resolve();
  // The stylesheet for the initial theme is already applied at mount; restyling 25,000 elements twice is costly.
  let currentTheme = initialTheme;
  const applied = new Map<string, string>();
  let pressed = false;
  let destroyed = false;
  let detailed = false;
  const listeners = new Set<(reason: ChangeReason) => void>();
  const notify = (reason: ChangeReason) => {
    for (const l of listeners) l(reason);
  };
  const changed = () => notify('full');
  let lastZoom = cy.zoom();
  let gestureUntil = 0;
  const onGesture = () => {
    gestureUntil = performance.now() + GESTURE_MS;
  };
  const onViewport = () => {
    const z = cy.zoom();
    // During a zoom gesture (wheel, pinch) labels only follow their nodes until it rests; any other
    // zoom (a fit, a selection's camera move) lands somewhere new, so labels are placed afresh.
    notify(z === lastZoom ? 'pan' : performance.now() < gestureUntil ? 'zoom' : 'full');
    lastZoom = z;
  };

  // Hover intent: a node is hovered once the pointer stays on it for HOVER_DELAY_MS. Lighting a
  // neighbourhood restyles the whole graph, so a pointer sweeping across nodes, or landing on one
  // to click it, should not pay for that on every node it crosses.
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let hovered: string | null = null;
  const cancelHover = () => clearTimeout(hoverTimer);
  const setHovered = (id: string | null) => {
    cancelHover();
    if (id === hovered) return;
    hovered = id;
    events.onHover(id);
  };
  const onTapNode = (e: EventObject) => {
    cancelHover();
    events.onSelect(e.target.id());
  };
  const onTapStartNode = (e: EventObject) => events.onPressNode?.(e.target.id());
  const onTapBackground = (e: EventObject) => {
    if (e.target === cy) events.onSelect(null);
  };
  // No hover updates while the user drags the viewport: each one restyles the graph.
  const onOver = (e: EventObject) => {
    if (pressed) return;
    const id = e.target.id() as string;
    cancelHover();
    hoverTimer = setTimeout(() => setHovered(id), HOVER_DELAY_MS);
  };
  const onOut = () => {
    if (!pressed) setHovered(null);
  };
  const onPress = () => {
    pressed = true;
  };
  const onRelease = () => {
    pressed = false;
  };
  // Arrows appear once zoomed in far enough to see them (labels are the label layer's business).
  const onZoom = () => {
    const want = cy.zoom() >= ARROW_ZOOM;
    if (want !== detailed && !large) {
      detailed = want;
      cy.batch(() => cy.edges().toggleClass('detailed', want));
    }
  };
  const onLeave = () => setHovered(null);
  const container = cy.container();
  container?.addEventListener('mouseleave', onLeave);
  container?.addEventListener('wheel', onGesture, { passive: true, capture: true });
  container?.addEventListener('touchmove', onGesture, { passive: true, capture: true });
  cy.on('tap', 'node', onTapNode);
  cy.on('tapstart', 'node', onTapStartNode);
  cy.on('tap', onTapBackground);
  cy.on('mouseover', 'node', onOver);
  cy.on('mouseout', 'node', onOut);
  cy.on('zoom', onZoom);
  cy.on('vmousedown', onPress);
  cy.on('vmouseup', onRelease);
  cy.on('viewport', onViewport);
  cy.on('resize', changed);
  cy.on('position', 'node', changed);

  /** Zoom and pan that show `points` inside the padded canvas, never zoomed past MAX_FIT_ZOOM. */
  const cameraFor = (points: readonly { x: number; y: number }[], minZoom: number) => {
    const { x0, y0, x1, y1 } = fitBounds(points)!;
    const w = Math.max(1, cy.width() - 2 * FIT_PAD.side);
    const h = Math.max(1, cy.height() - FIT_PAD.top - FIT_PAD.bottom);
    const zoom = Math.min(MAX_FIT_ZOOM, Math.max(minZoom, Math.min(w / (x1 - x0), h / (y1 - y0))));
    const pan = {
      x: FIT_PAD.side + w / 2 - (zoom * (x0 + x1)) / 2,
      y: FIT_PAD.top + h / 2 - (zoom * (y0 + y1)) / 2,
    };
    return { zoom, pan };
  };

  /**
   * An export is one picture: cytoscape draws the overview's faint edges for it too (on screen they
   * are the edge layer's), with their dashes, then hands them back.
   */
  const withEveryEdge = <T,>(draw: () => T): T => {
    if (large) return draw();
    cy.batch(() => cy.edges().addClass('exporting'));
    try {
      return draw();
    } finally {
      cy.batch(() => cy.edges().removeClass('exporting'));
    }
  };

  const animateTo = (opts: Parameters<Core['animate']>[0]) => {
    cy.stop(true, true);
    const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    cy.animate({ ...opts, duration: reduce ? 0 : 250, easing: 'ease-in-out-cubic' } as never);
  };

  return {
    applyClasses(classes) {
      if (destroyed) return;
      wanted = classes;
      cy.batch(() => {
        // Only touch elements whose dynamic classes changed: cheap at 5,000 nodes.
        const ids = new Set([...applied.keys(), ...classes.keys()]);
        for (const id of ids) {
          const next = classes.get(id) ?? '';
          if ((applied.get(id) ?? '') === next) continue;
          let el = cy.getElementById(id);
          if (el.empty()) {
            if (pendingEdges.has(id)) continue;
            // A lazy edge enters cytoscape the first time it is shown, and then stays: the large-graph
            // stylesheet hides edges that are not lit, and removing elements costs more than keeping them.
            const lazy = lazyEdges?.get(id);
            if (!lazy || !STANDS_OUT.test(next)) continue;
            el = cy.add(lazy);
          }
          el.removeClass(DYNAMIC.join(' '));
          if (next) el.addClass(next);
          if (next) applied.set(id, next);
          else applied.delete(id);
        }
      });
      changed();
    },
    addDeferredEdges() {
      edgesIn ??= (async () => {
        for (let i = 0; i < deferredEdges.length && !destroyed; i += EDGE_CHUNK) {
          if (i > 0) await nextPaint();
          if (destroyed) return;
          const chunk = deferredEdges.slice(i, i + EDGE_CHUNK);
          cy.batch(() => {
            const added = cy.add(chunk as ElementDefinition[]);
            if (detailed) added.addClass('detailed');
            for (const def of chunk) {
              const id = String(def.data.id);
              pendingEdges.delete(id);
              const next = wanted.get(id);
              if (!next) continue;
              cy.getElementById(id).addClass(next);
              applied.set(id, next);
            }
          });
        }
      })();
      return edgesIn;
    },
    setTheme(theme) {
      if (theme === currentTheme) return;
      currentTheme = theme;
      cy.style(buildStylesheet(theme, large) as never);
    },
    centreOn(id, neighbours = []) {
      const el = cy.getElementById(id);
      if (el.empty() || !el.visible()) return;
      let els = el;
      for (const n of neighbours) els = els.union(cy.getElementById(n));
      // Fit the whole neighbourhood (labels keep their size at any zoom), never past MAX_FIT_ZOOM.
      const pts = els.nodes(':visible').map((n) => n.position());
      animateTo(cameraFor(pts, cy.minZoom()));
    },
    fit() {
      const pts = cy.nodes(':visible').map((n) => n.position());
      this.fitPositions(pts, true);
    },
    fitPositions(points, animate = false) {
      if (points.length === 0) return;
      const { zoom, pan } = cameraFor(points, cy.minZoom());
      if (animate) animateTo({ zoom, pan });
      else {
        cy.viewport({ zoom, pan });
        // The label classes follow the zoom; they are first set here, once the camera is where it will be drawn.
        onZoom();
      }
    },
    fitTo(ids) {
      const pts = ids.map((id) => cy.getElementById(id)).filter((n) => n.nonempty()).map((n) => n.position());
      if (pts.length) animateTo(cameraFor(pts, cy.minZoom()));
    },
    zoomBy(factor) {
      const z = cy.zoom() * factor;
      cy.zoom({ level: z, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    async relayout() {
      await this.addDeferredEdges();
      const { default: fcose } = await import('cytoscape-fcose');
      registerOnce(fcose);
      const before = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }] as const));
      const big = cy.nodes().length > 1000;
      // The force layout needs every edge: add the lazy ones for the run, then take them out again.
      const missing = lazyEdges ? [...lazyEdges].filter(([id]) => cy.getElementById(id).empty()).map(([, def]) => def) : [];
      const temporary = missing.length ? cy.add(missing).addClass('filtered') : null;
      const visible = cy.nodes(':visible');
      await new Promise<void>((resolve) => {
        const eles = temporary ? cy.elements(':visible').union(temporary) : cy.elements(':visible');
        const layout = eles.layout({
          name: 'fcose',
          quality: big ? 'draft' : 'default',
          randomize: false,
          animate: false,
          nodeSeparation: 120,
          idealEdgeLength: 140,
          nodeRepulsion: 9000,
          fit: false,
        } as never);
        layout.one('layoutstop', () => resolve());
        layout.run();
      });
      temporary?.remove();
      // A force layout can leave nodes on top of each other: push them apart on a grid, hubs first.
      const spread = removeOverlaps(
        visible.map((n) => ({ id: n.id(), x: n.position('x'), y: n.position('y'), size: Number(n.data('size')) || 30 })),
      );
      cy.batch(() => {
        for (const p of spread) cy.getElementById(p.id).position({ x: p.x, y: p.y });
      });
      this.fit();
      changed();
      return before;
    },
    restorePositions(positions) {
      cy.batch(() => {
        for (const [id, p] of positions) cy.getElementById(id).position(p);
      });
      this.fit();
      changed();
    },
    async exportPng(theme, drawLabels) {
      await this.addDeferredEdges();
      // What is on screen, not the whole graph: the PNG frames the current view.
      const scale = 2;
      const url = withEveryEdge(() => cy.png({ output: 'base64uri', full: false, scale, bg: THEME_COLOURS[theme].bg }) as string);
      const img = new Image();
      await new Promise<void>((resolve, reject) => {
        img.onload = () => resolve();
        img.onerror = () => reject(new Error('could not render the PNG'));
        img.src = url;
      });
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      drawLabels?.(ctx, img.width / Math.max(1, cy.width()));
      return new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('could not encode the PNG'))), 'image/png'));
    },
    labelSource() {
      return {
        zoom: cy.zoom(),
        pan: cy.pan(),
        width: cy.width(),
        height: cy.height(),
        position: (id) => {
          const el = cy.getElementById(id);
          return el.empty() ? undefined : el.position();
        },
        classesOf: (id) => applied.get(id) ?? '',
        classed: () => applied.entries(),
      };
    },
    onChange(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    clearHover() {
      setHovered(null);
    },
    overlappingNodes() {
      return countOverlaps(cy.nodes(':visible').map((n) => ({ id: n.id(), x: n.position('x'), y: n.position('y'), size: Number(n.data('size')) || 30 })));
    },
    async exportSvg(theme) {
      await this.addDeferredEdges();
      const { default: svgExt } = await import('cytoscape-svg');
      const withSvg = () => cy as unknown as { svg?(options: { full: boolean; scale: number; bg: string }): string };
      if (!withSvg().svg) cytoscape.use(svgExt as cytoscape.Ext);
      return new Blob([withEveryEdge(() => withSvg().svg!({ full: false, scale: 1, bg: THEME_COLOURS[theme].bg }))], { type: 'image/svg+xml' });
    },
    renderedPosition(id) {
      const el = cy.getElementById(id);
      return el.empty() ? null : el.renderedPosition();
    },
    destroy() {
      destroyed = true;
      cancelHover();
      cy.removeListener('tap', 'node', onTapNode);
      cy.removeListener('tapstart', 'node', onTapStartNode);
      cy.removeListener('tap', onTapBackground);
      cy.removeListener('mouseover', 'node', onOver);
      cy.removeListener('mouseout', 'node', onOut);
      cy.removeListener('zoom', onZoom);
      cy.removeListener('vmousedown', onPress);
      cy.removeListener('vmouseup', onRelease);
      cy.removeListener('viewport', onViewport);
      cy.removeListener('resize', changed);
      cy.removeListener('position', 'node', changed);
      container?.removeEventListener('mouseleave', onLeave);
      container?.removeEventListener('wheel', onGesture, { capture: true });
      container?.removeEventListener('touchmove', onGesture, { capture: true });
      listeners.clear();
    },
  };
}

let fcoseRegistered = false;
function registerOnce(ext: unknown) {
  if (fcoseRegistered) return;
  cytoscape.use(ext as cytoscape.Ext);
  fcoseRegistered = true;
}
