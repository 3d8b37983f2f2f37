/**
 * The live graph canvas, loaded off the critical path (GraphView imports it lazily, so cytoscape is
 * not in the entry chunk). react-cytoscapejs mounts cytoscape once with precomputed positions (no
 * layout on load); everything after that flows store → classes through the adapter.
 */
import type { Core } from 'cytoscape';
import { useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { useAppState, useAppStore, useAtlasData } from '../store/context';
import { selectTheme } from '../store/selectors';
import { createCyAdapter, type CyAdapter } from './cy-adapter';
import { graphElements } from './elements';
import { GraphController } from './GraphController';
import { GraphToolbar } from './GraphToolbar';
import { buildStylesheet, LARGE_GRAPH } from './stylesheet';
import { createLabelLayer, type LabelLayer } from './label-layer';
import type { Box } from './labels';
import { liveGraphPainted, removePrepaint } from './prepaint';
import { createEdgeLayer, type EdgeLayer } from './edge-layer';
import { fetchOnPress } from './prerender';
import { GRAPH_COMPLETE } from '../ui/when-idle';

/**
 * Boxes (canvas CSS px) that labels must keep clear of: whatever floats over the canvas (the
 * toolbar), and the entity panel, which covers the canvas as a bottom sheet on narrow screens.
 */
function overlayBoxes(root: HTMLElement | null): Box[] {
  if (!root) return [];
  const origin = root.getBoundingClientRect();
  const floating = [...root.querySelectorAll<HTMLElement>('[data-label-obstacle]'), ...document.querySelectorAll<HTMLElement>('aside.entity-panel')];
  return floating.map((el) => {
    const r = el.getBoundingClientRect();
    return { x1: r.left - origin.left, y1: r.top - origin.top, x2: r.right - origin.left, y2: r.bottom - origin.top };
  });
}

// Positions come precomputed; the camera is fitted from them in the mount effect (fit: true would measure every label).
const LAYOUT = { name: 'preset', fit: false };
// react-cytoscapejs only creates cy and applies the stylesheet; the adapter adds the elements (see AdapterOptions.elements).
const NO_ELEMENTS: never[] = [];

export default function LiveGraph({ rootRef }: { rootRef: RefObject<HTMLDivElement | null> }) {
  const { graph, index, baseUrl } = useAtlasData();
  const store = useAppStore();
  const theme = useAppState(selectTheme);
  const big = graph.nodes.length > LARGE_GRAPH;
  const elements = useMemo(() => graphElements(graph.nodes, graph.edges, big), [graph, big]);
  // The stylesheet prop is only read at mount; theme changes go through the adapter.
  const [initialTheme] = useState(theme);
  const [initialStyle] = useState(() => buildStylesheet(initialTheme, big));
  const [adapter, setAdapter] = useState<CyAdapter | null>(null);
  const [labels, setLabels] = useState<LabelLayer | null>(null);
  const cyRef = useRef<Core | null>(null);
  const labelCanvasRef = useRef<HTMLCanvasElement | null>(null);
  const edgeCanvasRef = useRef<HTMLCanvasElement | null>(null);
  const edgeLayerRef = useRef<EdgeLayer | null>(null);

  // A layout effect: the camera is fitted before the browser paints, so cytoscape draws once, at the right zoom.
  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    performance.mark('atlas:graph-mounted');
    const a = createCyAdapter(
      cy,
      {
        onSelect: (id) => store.getState().selectEntity(id),
        onHover: (id) => store.getState().setHovered(id),
        onPressNode: (id) => {
          const node = index.nodeById.get(id);
          if (node) fetchOnPress(node, baseUrl, selectTheme(store.getState()));
        },
      },
      { large: big, initialTheme, lazyEdges: elements.lazyEdges, elements: elements.initial, deferredEdges: elements.deferredEdges },
    );
    a.fitPositions(graph.nodes);
    const layer = createLabelLayer(labelCanvasRef.current!, graph.nodes, graph.edges, () => a.labelSource(), () => overlayBoxes(rootRef.current), initialTheme);
    // Small graphs: the faint edges are drawn under cytoscape's canvas (edge-layer.ts).
    const edgeLayer = big ? null : createEdgeLayer(edgeCanvasRef.current!, graph.edges, () => a.labelSource(), initialTheme);
    edgeLayerRef.current = edgeLayer;
    const stopLabels = a.onChange((reason) => {
      layer.schedule(reason);
      edgeLayer?.schedule();
    });
    layer.schedule();
    edgeLayer?.schedule();
    setAdapter(a);
    setLabels(layer);
    // Browser tests need to know where a node is drawn to click it, and which labels are drawn
    // where; only automated browsers get this hook.
    if (navigator.webdriver) {
      (window as unknown as Record<string, unknown>).__atlasTest = {
        nodePosition: (id: string) => a.renderedPosition(id),
        modelPositions: () => Object.fromEntries(graph.nodes.map((n) => [n.id, a.labelSource().position(n.id)])),
        overlappingNodes: () => a.overlappingNodes(),
        hovered: () => store.getState().hoveredId,
        /** Edges the edge layer drew in its last frame (0 when zoomed in, or on a large graph). */
        ambientEdges: () => edgeLayer?.drawn() ?? 0,
        visibleLabels: () => {
          const r = labelCanvasRef.current!.getBoundingClientRect();
          return layer.placed().map((l) => ({
            id: l.id,
            text: l.text,
            x1: r.left + l.box.x1,
            y1: r.top + l.box.y1,
            x2: r.left + l.box.x2,
            y2: r.top + l.box.y2,
            fontPx: l.fontPx,
          }));
        },
      };
    }
    // Ready (hover, click, search work) once cytoscape has drawn the fitted nodes and the frame is on
    // screen (graph-visible is marked first, whatever drew the overview first). The edges follow in
    // chunks; until they are all in, the pre-painted picture under the canvas shows them faintly,
    // unless the camera moves or the canvas resizes, which would leave the picture out of register.
    let raf = 0;
    const onMoved = () => removePrepaint();
    const onRender = () => {
      raf = requestAnimationFrame(() => {
        liveGraphPainted();
        if (performance.getEntriesByName('atlas:graph-ready').length === 0) performance.mark('atlas:graph-ready');
        document.documentElement.dataset.graphReady = 'true';
        cy.one('viewport resize', onMoved);
        void a.addDeferredEdges().then(() => {
          if (cy.destroyed()) return;
          removePrepaint();
          performance.mark(GRAPH_COMPLETE);
          document.documentElement.dataset.graphComplete = 'true';
        });
      });
    };
    cy.one('render', onRender);
    return () => {
      cy.removeListener('render', onRender);
      cy.removeListener('viewport resize', onMoved);
      cancelAnimationFrame(raf);
      stopLabels();
      layer.destroy();
      edgeLayer?.destroy();
      edgeLayerRef.current = null;
      a.destroy();
    };
  }, [store, big, graph.nodes, graph.edges, initialTheme, elements, rootRef, index, baseUrl]);

  useLayoutEffect(() => {
    labels?.setTheme(theme);
    edgeLayerRef.current?.setTheme(theme);
  }, [labels, theme]);

  return (
    <>
      <canvas className="graph-edges" ref={edgeCanvasRef} aria-hidden="true" />
      <CytoscapeComponent
        elements={NO_ELEMENTS}
        stylesheet={initialStyle}
        layout={LAYOUT}
        className="graph-canvas"
        style={{ width: '100%', height: '100%' }}
        cy={(cy: Core) => {
          cyRef.current = cy;
        }}
        minZoom={0.05}
        maxZoom={4}
        boxSelectionEnabled={false}
        // The store owns the selection: cytoscape's own selected state would only restyle and redraw.
        autounselectify
        autoungrabify={big}
        hideEdgesOnViewport={big}
        // A drag moves one picture of the graph instead of redrawing 2,000+ edges per frame: on a
        // software-rendered canvas that redraw held a drag of the real atlas to ~19 fps.
        textureOnViewport
        pixelRatio={big ? 1 : 'auto'}
      />
      <canvas className="graph-labels" ref={labelCanvasRef} aria-hidden="true" />
      <div className="graph-a11y-note" role="img" aria-label={`Graph of ${graph.nodes.length} entities and ${graph.edges.length} relations. Use the list view for a keyboard-accessible version.`} />
      {adapter && <GraphController adapter={adapter} theme={theme} />}
      {adapter && labels && <GraphToolbar adapter={adapter} labels={labels} theme={theme} />}
    </>
  );
}
