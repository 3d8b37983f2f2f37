/** Camera and layout controls over the canvas. */
import { useMemo, useState } from 'react';
import { selectFocus, selectHops, selectedIdFor } from '../store/selectors';
import { useAppState, useAppStore, useAtlasData } from '../store/context';
import { downloadBlob } from '../ui/download';
import type { Theme } from '../store/types';
import type { CyAdapter } from './cy-adapter';
import type { LabelLayer } from './label-layer';
import { cappedNeighbourhood } from './visual-state';

export function GraphToolbar({ adapter, labels, theme }: { adapter: CyAdapter; labels: LabelLayer; theme: Theme }) {
  const store = useAppStore();
  const { graph, index } = useAtlasData();
  const focus = useAppState(selectFocus);
  const hops = useAppState(selectHops);
  const selectedId = useAppState((s) => selectedIdFor(s, graph.paths));
  const [busy, setBusy] = useState(false);
  // Positions before the last re-layout: while set, the curated layout is one Undo away.
  const [curated, setCurated] = useState<Map<string, { x: number; y: number }> | null>(null);
  const more = useMemo(() => (selectedId && hops === 2 ? cappedNeighbourhood(index, selectedId, 2).more : 0), [index, selectedId, hops]);
  const relayout = async () => {
    setBusy(true);
    try {
      const before = await adapter.relayout();
      // Undo always returns to the curated layout, however many times Re-layout ran.
      setCurated((c) => c ?? before);
    } finally {
      setBusy(false);
    }
  };
  const undo = () => {
    if (curated) adapter.restorePositions(curated);
    setCurated(null);
  };
  const exportPng = async () => downloadBlob(await adapter.exportPng(theme, (ctx, scale) => labels.drawOnto(ctx, scale)), 'atlas-graph.png');
  return (
    <div className="graph-toolbar" role="toolbar" aria-label="Graph controls" data-label-obstacle="">
      <button type="button" onClick={() => adapter.zoomBy(1.25)} aria-label="Zoom in" title="Zoom in">+</button>
      <button type="button" onClick={() => adapter.zoomBy(0.8)} aria-label="Zoom out" title="Zoom out">−</button>
      <button type="button" onClick={() => adapter.fit()} title="Fit the graph (f)">Fit</button>
      <button type="button" onClick={relayout} disabled={busy} aria-busy={busy} title="Run the live force layout on what is shown (undoable)">
        {busy ? 'Laying out…' : 'Re-layout'}
      </button>
      {curated && (
        <button type="button" onClick={undo} title="Return to the curated layout">
          Undo layout
        </button>
      )}
      <button type="button" aria-pressed={focus} onClick={() => store.getState().setFocus(!focus)} title="Show only the selection's neighbourhood">
        Focus
      </button>
      <button type="button" aria-pressed={hops === 2} onClick={() => store.getState().setHops(hops === 2 ? 1 : 2)} title="Light up neighbours two hops away (the best connected ones)">
        2-hop
      </button>
      {more > 0 && (
        <span className="hop-more" role="status" title="Second-hop neighbours not lit: only the best connected are shown">
          +{more} more
        </span>
      )}
      <button type="button" onClick={exportPng} title="Download what is on screen as PNG">
        PNG
      </button>
      <button type="button" onClick={() => adapter.exportSvg(theme).then((b) => downloadBlob(b, 'atlas-graph.svg'), () => undefined)} title="Download what is on screen as SVG">SVG</button>
    </div>
  );
}
