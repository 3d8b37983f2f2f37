/**
 * The graph canvas. react-cytoscapejs mounts cytoscape once with precomputed
 * positions (no layout on load); everything after that flows store → classes
 * through the adapter.
 */
import type { Core } from 'cytoscape';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { useAppState, useAppStore, useAtlasData } from '../store/context';
import { selectTheme } from '../store/selectors';
import { createCyAdapter, type CyAdapter } from './cy-adapter';
import { graphElements } from './elements';
import { GraphController } from './GraphController';
import { GraphToolbar } from './GraphToolbar';
import { buildStylesheet, LARGE_GRAPH } from './stylesheet';

// Positions come precomputed; the camera is fitted from them in the mount effect (fit: true would measure every label).
const LAYOUT = { name: 'preset', fit: false };
// react-cytoscapejs only creates cy and applies the stylesheet; the adapter adds the elements (see AdapterOptions.elements).
const NO_ELEMENTS: never[] = [];

export function GraphView() {
  const { graph } = useAtlasData();
  const store = useAppStore();
  const theme = useAppState(selectTheme);
  const big = graph.nodes.length > LARGE_GRAPH;
  const elements = useMemo(() => graphElements(graph.nodes, graph.edges, big), [graph, big]);
  // The stylesheet prop is only read at mount; theme changes go through the adapter.
  const [initialTheme] = useState(theme);
  const [initialStyle] = useState(() => buildStylesheet(initialTheme, big));
  const [adapter, setAdapter] = useState<CyAdapter | null>(null);
  const cyRef = useRef<Core | null>(null);

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
      },
      { large: big, initialTheme, lazyEdges: elements.lazyEdges, elements: elements.initial },
    );
    a.fitPositions(graph.nodes);
    setAdapter(a);
    // Browser tests need to know where a node is drawn to click it; only automated browsers get this hook.
    if (navigator.webdriver) (window as unknown as Record<string, unknown>).__atlasTest = { nodePosition: (id: string) => a.renderedPosition(id) };
    // Ready once cytoscape has drawn the fitted graph and the frame is on screen.
    let raf = 0;
    const onRender = () => {
      raf = requestAnimationFrame(() => {
        if (performance.getEntriesByName('atlas:graph-ready').length === 0) performance.mark('atlas:graph-ready');
        document.documentElement.dataset.graphReady = 'true';
      });
    };
    cy.one('render', onRender);
    return () => {
      cy.removeListener('render', onRender);
      cancelAnimationFrame(raf);
      a.destroy();
    };
  }, [store, big, graph.nodes, initialTheme, elements]);

  return (
    <div className="graph-view">
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
        textureOnViewport={big}
        pixelRatio={big ? 1 : 'auto'}
      />
      <div className="graph-a11y-note" role="img" aria-label={`Graph of ${graph.nodes.length} entities and ${graph.edges.length} relations. Use the list view for a keyboard-accessible version.`} />
      {adapter && <GraphController adapter={adapter} theme={theme} />}
      {adapter && <GraphToolbar adapter={adapter} theme={theme} />}
    </div>
  );
}
