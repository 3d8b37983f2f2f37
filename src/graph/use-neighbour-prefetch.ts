/**
 * After a selection, the next click is most often one of its neighbours (lit in the graph,
 * listed under Relations). Once the main thread is idle, render the first diagram of the
 * best-connected few, one per idle period, so that click shows its diagram at once. They wait
 * for the selection's own diagrams (the same in-flight renders the panel waits for: mermaid
 * renders one at a time, and the panel's must not queue behind a guess). A new selection (or
 * none) cancels what is left.
 */
import { useEffect } from 'react';
import { renderCached } from '../diagram/svg-cache';
import { neighbourhood, type GraphIndex } from '../model/graph-index';
import { fetchShard } from '../panel/details-cache';
import type { Theme } from '../store/types';
import { whenIdle } from '../ui/when-idle';
import { prerenderFirstDiagram } from './prerender';

/** Each render is a main-thread task of a few hundred ms: a handful, not a hub's whole neighbourhood. */
export const NEIGHBOURS_PRERENDERED = 6;

export function neighboursToPrerender(index: GraphIndex, id: string, limit = NEIGHBOURS_PRERENDERED): string[] {
  return [...neighbourhood(index, id, 1).keys()]
    .filter((n) => n !== id)
    .sort((a, b) => (index.nodeById.get(b)?.degree ?? 0) - (index.nodeById.get(a)?.degree ?? 0) || a.localeCompare(b))
    .slice(0, limit);
}

export function useNeighbourPrefetch(selectedId: string | null, index: GraphIndex, baseUrl: string, theme: Theme): void {
  useEffect(() => {
    if (!selectedId || !index.nodeById.has(selectedId)) return;
    const queue = neighboursToPrerender(index, selectedId);
    let stopped = false;
    let cancelIdle = () => undefined as void;
    const next = () => {
      const id = queue.shift();
      const node = id ? index.nodeById.get(id) : undefined;
      if (stopped || !node) return;
      cancelIdle = whenIdle(() => {
        if (!stopped) void prerenderFirstDiagram(node, baseUrl, theme, { wanted: () => !stopped }).then(next);
      }, 4000);
    };
    const own = index.nodeById.get(selectedId)!;
    fetchShard(baseUrl, own.shard)
      // A selection already left does not start its own renders: its panel is gone.
      .then((entities) => (stopped ? [] : Promise.allSettled((entities.get(selectedId)?.diagrams ?? []).map((d) => renderCached(d.source, theme, { wanted: () => !stopped })))))
      .then(next, () => undefined);
    return () => {
      stopped = true;
      cancelIdle();
    };
  }, [selectedId, index, baseUrl, theme]);
}
