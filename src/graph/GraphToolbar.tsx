/** Camera and layout controls over the canvas. */
import { useState } from 'react';
import { selectFocus, selectHops } from '../store/selectors';
import { useAppState, useAppStore } from '../store/context';
import { downloadBlob } from '../ui/download';
import type { Theme } from '../store/types';
import type { CyAdapter } from './cy-adapter';

export function GraphToolbar({ adapter, theme }: { adapter: CyAdapter; theme: Theme }) {
  const store = useAppStore();
  const focus = useAppState(selectFocus);
  const hops = useAppState(selectHops);
  const [busy, setBusy] = useState(false);
  const relayout = async () => {
    setBusy(true);
    try {
      await adapter.relayout();
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="graph-toolbar" role="toolbar" aria-label="Graph controls">
      <button type="button" onClick={() => adapter.zoomBy(1.25)} aria-label="Zoom in" title="Zoom in">+</button>
      <button type="button" onClick={() => adapter.zoomBy(0.8)} aria-label="Zoom out" title="Zoom out">−</button>
      <button type="button" onClick={() => adapter.fit()} title="Fit the graph (f)">Fit</button>
      <button type="button" onClick={relayout} disabled={busy} aria-busy={busy} title="Run the live force layout">
        {busy ? 'Laying out…' : 'Re-layout'}
      </button>
      <button type="button" aria-pressed={focus} onClick={() => store.getState().setFocus(!focus)} title="Show only the selection's neighbourhood">
        Focus
      </button>
      <button type="button" aria-pressed={hops === 2} onClick={() => store.getState().setHops(hops === 2 ? 1 : 2)} title="Light up neighbours two hops away">
        2-hop
      </button>
      <button type="button" onClick={() => downloadBlob(adapter.exportPng(theme), 'atlas-graph.png')} title="Download the graph as PNG">
        PNG
      </button>
      <button type="button" onClick={() => adapter.exportSvg(theme).then((b) => downloadBlob(b, 'atlas-graph.svg'), () => undefined)} title="Download what is on screen as SVG">SVG</button>
    </div>
  );
}
