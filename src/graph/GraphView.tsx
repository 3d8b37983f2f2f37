/**
 * The graph stage. The live graph (cytoscape, in its own chunk) loads off the critical path: until
 * it is up, the pre-painted overview (prepaint.ts) shows the same picture in the same place.
 */
import { lazy, Suspense, useLayoutEffect, useRef } from 'react';
import { adoptPrepaint } from './prepaint';
import './graph.css';

/** Starts fetching the live graph's code (main.tsx calls it at startup, in parallel with the data). */
export const loadLiveGraph = () => import('./LiveGraph');
const LiveGraph = lazy(loadLiveGraph);

export function GraphView() {
  const rootRef = useRef<HTMLDivElement | null>(null);
  // Before the browser paints the app around it, so the overview never shows outside the canvas.
  useLayoutEffect(() => {
    if (rootRef.current) adoptPrepaint(rootRef.current);
  }, []);
  return (
    <div className="graph-view" ref={rootRef}>
      <Suspense fallback={null}>
        <LiveGraph rootRef={rootRef} />
      </Suspense>
    </div>
  );
}
