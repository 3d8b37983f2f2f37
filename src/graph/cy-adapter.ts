/**
 * The one place that talks to cytoscape's imperative API. It owns the `cy`
 * instance handed to it, applies state as classes inside cy.batch(), and
 * registers event handlers exactly once.
 */
import cytoscape, { type Core, type ElementDefinition, type EventObject } from 'cytoscape';
import type { Theme } from '../store/types';
import { THEME_COLOURS } from './encoding';
import { buildStylesheet } from './stylesheet';
import type { ClassMap } from './visual-state';

export interface GraphEvents {
  onSelect(id: string | null): void;
  onHover(id: string | null): void;
}

export interface CyAdapter {
  applyClasses(classes: ClassMap): void;
  setTheme(theme: Theme): void;
  /** Brings a node and its lit neighbourhood into view. */
  centreOn(id: string, neighbours?: readonly string[]): void;
  fit(): void;
  /** Fits the camera to known positions without measuring labels (cheap at 5,000 nodes). */
  fitPositions(points: readonly { x: number; y: number }[], animate?: boolean): void;
  /** Fits the camera to some elements (a path, a chain). */
  fitTo(ids: readonly string[]): void;
  zoomBy(factor: number): void;
  relayout(): Promise<void>;
  exportPng(theme: Theme): Blob;
  /** What is on screen (the current viewport) as vector SVG; cytoscape-svg loads on first use. */
  exportSvg(theme: Theme): Promise<Blob>;
  /** On-screen position of a node, relative to the canvas (used by browser tests). */
  renderedPosition(id: string): { x: number; y: number } | null;
  destroy(): void;
}

const DYNAMIC = ['filtered', 'dimmed', 'lit', 'hop2', 'selected', 'hovered', 'on-path', 'path-current', 'on-chain'];
const LABEL_ZOOM = 1.6;
const HOVER_DELAY_MS = 60;
const NAME_ZOOM = 1;
const NAME_ZOOM_LARGE = 1.6;

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
}

/** Classes that make a lazily added edge worth drawing. */
const SHOWN = /\b(lit|on-path|on-chain)\b/;

export function createCyAdapter(cy: Core, events: GraphEvents, options: AdapterOptions = {}): CyAdapter {
  const { large = false, initialTheme = null, lazyEdges = null, elements = [] } = options;
  if (elements.length) cy.add(elements as ElementDefinition[]);
  // The stylesheet for the initial theme is already applied at mount; restyling 25,000 elements twice is costly.
  let currentTheme = initialTheme;
  const applied = new Map<string, string>();
  let pressed = false;
  let destroyed = false;
  let edgeLabels = false;
  let fullLabels = false;

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
  // Names and edge labels appear only once zoomed in far enough to read them without overlaps.
  const onZoom = () => {
    const z = cy.zoom();
    const wantEdges = z >= LABEL_ZOOM;
    const wantNames = z >= (large ? NAME_ZOOM_LARGE : NAME_ZOOM);
    if (wantEdges !== edgeLabels && !large) {
      edgeLabels = wantEdges;
      cy.batch(() => cy.edges().toggleClass('show-label', wantEdges));
    }
    if (wantNames !== fullLabels) {
      fullLabels = wantNames;
      cy.batch(() => {
        cy.nodes().toggleClass('full-label', wantNames);
        if (!large) cy.edges().toggleClass('detailed', wantNames);
      });
    }
  };
  cy.on('tap', 'node', onTapNode);
  cy.on('tap', onTapBackground);
  cy.on('mouseover', 'node', onOver);
  cy.on('mouseout', 'node', onOut);
  cy.on('zoom', onZoom);
  cy.on('vmousedown', onPress);
  cy.on('vmouseup', onRelease);

  const animateTo = (opts: Parameters<Core['animate']>[0]) => {
    cy.stop(true, true);
    const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    cy.animate({ ...opts, duration: reduce ? 0 : 250, easing: 'ease-in-out-cubic' } as never);
  };

  return {
    applyClasses(classes) {
      if (destroyed) return;
      cy.batch(() => {
        // Only touch elements whose dynamic classes changed: cheap at 5,000 nodes.
        const ids = new Set([...applied.keys(), ...classes.keys()]);
        for (const id of ids) {
          const next = classes.get(id) ?? '';
          if ((applied.get(id) ?? '') === next) continue;
          let el = cy.getElementById(id);
          if (el.empty()) {
            // A lazy edge enters cytoscape the first time it is shown, and then stays: the large-graph
            // stylesheet hides edges that are not lit, and removing elements costs more than keeping them.
            const lazy = lazyEdges?.get(id);
            if (!lazy || !SHOWN.test(next)) continue;
            el = cy.add(lazy);
          }
          el.removeClass(DYNAMIC.join(' '));
          if (next) el.addClass(next);
          if (next) applied.set(id, next);
          else applied.delete(id);
        }
      });
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
      // Fit the neighbourhood, but never zoom in so far that the context disappears.
      const box = els.filter(':visible').boundingBox();
      const pad = 70;
      const zoom = Math.min(1.4, Math.max(0.35, Math.min(cy.width() / (box.w + 2 * pad), cy.height() / (box.h + 2 * pad))));
      animateTo({ center: { eles: els }, zoom });
    },
    fit() {
      const pts = cy.nodes(':visible').map((n) => n.position());
      this.fitPositions(pts, true);
    },
    fitPositions(points, animate = false) {
      if (points.length === 0) return;
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const p of points) {
        x0 = Math.min(x0, p.x);
        y0 = Math.min(y0, p.y);
        x1 = Math.max(x1, p.x);
        y1 = Math.max(y1, p.y);
      }
      const pad = 60;
      const zoom = Math.min(2, Math.max(cy.minZoom(), Math.min(cy.width() / (x1 - x0 + 2 * pad || 1), cy.height() / (y1 - y0 + 2 * pad || 1))));
      const pan = { x: cy.width() / 2 - zoom * (x0 + x1) / 2, y: cy.height() / 2 - zoom * (y0 + y1) / 2 };
      if (animate) animateTo({ zoom, pan });
      else {
        cy.viewport({ zoom, pan });
        // The label classes follow the zoom; they are first set here, once the camera is where it will be drawn.
        onZoom();
      }
    },
    fitTo(ids) {
      let els = cy.collection();
      for (const id of ids) els = els.union(cy.getElementById(id));
      if (els.nonempty()) animateTo({ fit: { eles: els, padding: 80 } });
    },
    zoomBy(factor) {
      const z = cy.zoom() * factor;
      cy.zoom({ level: z, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    async relayout() {
      const { default: fcose } = await import('cytoscape-fcose');
      registerOnce(fcose);
      const big = cy.nodes().length > 1000;
      // The force layout needs every edge: add the lazy ones for the run, then take them out again.
      const missing = lazyEdges ? [...lazyEdges].filter(([id]) => cy.getElementById(id).empty()).map(([, def]) => def) : [];
      const temporary = missing.length ? cy.add(missing).addClass('filtered') : null;
      await new Promise<void>((resolve) => {
        const eles = temporary ? cy.elements(':visible').union(temporary) : cy.elements(':visible');
        const layout = eles.layout({
          name: 'fcose',
          quality: big ? 'draft' : 'default',
          randomize: false,
          animate: !big,
          animationDuration: 800,
          nodeSeparation: 90,
          idealEdgeLength: 110,
          fit: true,
          padding: 40,
        } as never);
        layout.one('layoutstop', () => resolve());
        layout.run();
      });
      temporary?.remove();
    },
    exportPng(theme) {
      return cy.png({ output: 'blob', full: true, scale: 2, bg: THEME_COLOURS[theme].bg }) as unknown as Blob;
    },
    async exportSvg(theme) {
      const { default: svgExt } = await import('cytoscape-svg');
      const withSvg = () => cy as unknown as { svg?(options: { full: boolean; scale: number; bg: string }): string };
      if (!withSvg().svg) cytoscape.use(svgExt as cytoscape.Ext);
      return new Blob([withSvg().svg!({ full: false, scale: 1, bg: THEME_COLOURS[theme].bg })], { type: 'image/svg+xml' });
    },
    renderedPosition(id) {
      const el = cy.getElementById(id);
      return el.empty() ? null : el.renderedPosition();
    },
    destroy() {
      destroyed = true;
      cancelHover();
      cy.removeListener('tap', 'node', onTapNode);
      cy.removeListener('tap', onTapBackground);
      cy.removeListener('mouseover', 'node', onOver);
      cy.removeListener('mouseout', 'node', onOut);
      cy.removeListener('zoom', onZoom);
      cy.removeListener('vmousedown', onPress);
      cy.removeListener('vmouseup', onRelease);
    },
  };
}

let fcoseRegistered = false;
function registerOnce(ext: unknown) {
  if (fcoseRegistered) return;
  cytoscape.use(ext as cytoscape.Ext);
  fcoseRegistered = true;
}
