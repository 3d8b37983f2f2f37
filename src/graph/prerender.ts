/** Renders an entity's first diagram ahead of a click, into the SVG cache the panel reads. */
import { renderCached } from '../diagram/svg-cache';
import type { GraphNode } from '../model/app-data';
import { fetchShard } from '../panel/details-cache';
import type { Theme } from '../store/types';

/** Resolves once the first diagram is in the cache (or there is none, or it failed: the panel shows that). */
export async function prerenderFirstDiagram(node: Pick<GraphNode, 'id' | 'shard'>, baseUrl: string, theme: Theme): Promise<void> {
  try {
    const first = (await fetchShard(baseUrl, node.shard)).get(node.id)?.diagrams[0];
    if (!first) return;
    await renderCached(first.source, theme);
    performance.mark('atlas:diagram-prerendered', { detail: { entity: node.id } });
  } catch {
    // offline, a bad deploy or a diagram that does not render: the panel's own load reports it
  }
}
