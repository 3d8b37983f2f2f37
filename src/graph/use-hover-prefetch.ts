/**
 * Pointing at a node is the best hint of a click to come: fetch its details and mermaid at
 * once, and when the pointer has rested there for DWELL_MS, render its first diagram (when
 * the main thread is idle) into the SVG cache the panel reads, so the click shows it at once.
 */
import { useEffect } from 'react';
import { preloadMermaid } from '../diagram/mermaid';
import type { GraphIndex } from '../model/graph-index';
import { fetchShard } from '../panel/details-cache';
import type { Theme } from '../store/types';
import { whenIdle } from '../ui/when-idle';
import { prerenderFirstDiagram } from './prerender';

const DWELL_MS = 250;

export function useHoverPrefetch(hoveredId: string | null, index: GraphIndex, baseUrl: string, theme: Theme): void {
  useEffect(() => {
    const node = hoveredId ? index.nodeById.get(hoveredId) : undefined;
    if (!node) return;
    preloadMermaid();
    fetchShard(baseUrl, node.shard).catch(() => undefined); // offline or a bad deploy: the panel's own load reports it
    let cancelIdle = () => undefined as void;
    let left = false;
    const timer = setTimeout(() => {
      // Dropped from the render queue if the pointer has moved on before its turn (unless the panel wants it too).
      cancelIdle = whenIdle(() => void prerenderFirstDiagram(node, baseUrl, theme, { wanted: () => !left }), 1000);
    }, DWELL_MS);
    return () => {
      left = true;
      clearTimeout(timer);
      cancelIdle();
    };
  }, [hoveredId, index, baseUrl, theme]);
}
