/**
 * Render-nothing controller (gephi-lite style): translates store state into
 * classes on the graph, moves the camera when the selection changes, and
 * prefetches what a hovered node's click will need.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useAppState, useAtlasData } from '../store/context';
import { isFiltering, visibleIds } from '../model/filters';
import { clampStep, findPath } from '../model/paths';
import { neighbourhood } from '../model/graph-index';
import { selectFilters, selectFocus, selectHops, selectHovered, selectView, selectedIdFor } from '../store/selectors';
import type { Theme } from '../store/types';
import type { CyAdapter } from './cy-adapter';
import { useChain } from './chain';
import { computeClasses } from './visual-state';
import { LARGE_GRAPH } from './stylesheet';
import { useHoverPrefetch } from './use-hover-prefetch';
import { useNeighbourPrefetch } from './use-neighbour-prefetch';
import { afterPaint, whenIdle, whenMarked } from '../ui/when-idle';
import { DIAGRAM_RENDERED } from '../diagram/marks';

const CAMERA_DELAY_MS = 300;
/** How long a new selection's highlight waits for its first diagram before it is drawn anyway. */
const HIGHLIGHT_WAIT_MS = 600;
/** How long the camera waits for the selection's first diagram (none in the list view, a closed sheet…). */
const DIAGRAM_WAIT_MS = 1500;

export function GraphController({ adapter, theme }: { adapter: CyAdapter; theme: Theme }) {
  const { graph, index, baseUrl } = useAtlasData();
  const view = useAppState(selectView);
  const filters = useAppState(selectFilters);
  const focus = useAppState(selectFocus);
  const hops = useAppState(selectHops);
  const hoveredId = useAppState(selectHovered);
  const selectedId = useAppState((s) => selectedIdFor(s, graph.paths));
  const chain = useChain();
  const fitNonce = useAppState((s) => s.fitNonce);
  const hiddenRelations = useAppState((s) => s.hiddenRelations);

  const visible = useMemo(() => (isFiltering(filters) ? visibleIds(graph.nodes, filters) : null), [graph.nodes, filters]);
  const path = view.name === 'path' ? findPath(graph.paths, view.pathId) : undefined;
  const pathIds = useMemo(() => (path ? path.steps.map((s) => s.entity) : []), [path]);
  const pathCurrent = path && view.name === 'path' ? path.steps[clampStep(path, view.step) - 1].entity : null;

  useEffect(() => adapter.setTheme(theme), [adapter, theme]);

  useHoverPrefetch(hoveredId, index, baseUrl, theme);
  useNeighbourPrefetch(selectedId, index, baseUrl, theme);

  // A new selection is lit once its first diagram is in the panel (HIGHLIGHT_WAIT_MS at most). Relighting
  // the graph redraws and re-rasterises every canvas layer (about 300 ms of main thread on a CPU-drawn
  // canvas), and the reader clicked for the page: the page comes first, its title in the click's own task.
  const litSelection = useRef<string | null>(null);
  useEffect(() => {
    const small = index.nodes.length <= LARGE_GRAPH;
    const apply = () => {
      litSelection.current = selectedId;
      adapter.applyClasses(
        computeClasses(index, { visible, selectedId, hoveredId, hops, focus, pathIds, pathCurrent, chain, hoverNeighbourhood: small, dimOthers: small, hiddenRelations }),
      );
    };
    if (!selectedId || selectedId === litSelection.current) {
      apply();
      return;
    }
    // After the frame that paints the diagram: the graph's redraw would otherwise run in that same frame, before it.
    let cancelPaint: () => void = () => undefined;
    const cancelWait = whenMarked(DIAGRAM_RENDERED, (m) => (m as PerformanceMark).detail?.entity === selectedId, () => (cancelPaint = afterPaint(apply)), HIGHLIGHT_WAIT_MS);
    return () => {
      cancelWait();
      cancelPaint();
    };
  }, [adapter, index, visible, selectedId, hoveredId, hops, focus, pathIds, pathCurrent, chain, hiddenRelations]);

  // A hover belongs to the view it happened in: switching views (a click in the panel, Back, a
  // path step) must not leave a neighbourhood lit.
  useEffect(() => {
    adapter.clearHover();
  }, [adapter, view]);

  // The camera moves once the selection's first diagram is on screen (or DIAGRAM_WAIT_MS at most) and
  // the main thread is idle: each frame of the animation redraws the whole canvas, and those frames
  // would otherwise share the main thread with mermaid's layout of the diagram the reader clicked for.
  // The selection itself is lit a little earlier, by the classes above.
  useEffect(() => {
    if (!selectedId) return;
    let cancelIdle: () => void = () => undefined;
    const ofSelection = (mark: PerformanceEntry) => (mark as PerformanceMark).detail?.entity === selectedId;
    const cancelWait = whenMarked(
      DIAGRAM_RENDERED,
      ofSelection,
      () => (cancelIdle = whenIdle(() => adapter.centreOn(selectedId, [...neighbourhood(index, selectedId, 1).keys()]), CAMERA_DELAY_MS)),
      DIAGRAM_WAIT_MS,
    );
    return () => {
      cancelWait();
      cancelIdle();
    };
  }, [adapter, index, selectedId]);

  useEffect(() => {
    if (chain) adapter.fitTo(chain.nodes);
  }, [adapter, chain]);

  useEffect(() => {
    if (fitNonce) adapter.fit();
  }, [adapter, fitNonce]);

  // Focus re-frames the camera on what it leaves visible (the selection's neighbourhood).
  useEffect(() => {
    if (focus) adapter.fit();
  }, [adapter, focus, selectedId, hops, visible]);

  return null;
}
