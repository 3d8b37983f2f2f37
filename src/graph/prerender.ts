/** Renders an entity's first diagram ahead of a click, into the SVG cache the panel reads. */
import { renderCached, type RenderRequest } from '../diagram/svg-cache';
import type { GraphNode } from '../model/app-data';
import { fetchShard } from '../panel/details-cache';
import type { Theme } from '../store/types';

/**
 * Resolves once the first diagram is in the cache (or there is none, or it failed: the panel shows that).
 * `request.wanted`: false once the guess is off (a cancelled prefetch), so a queued render is dropped.
 */
export async function prerenderFirstDiagram(
  node: Pick<GraphNode, 'id' | 'shard'>,
  baseUrl: string,
  theme: Theme,
  request: RenderRequest = {},
): Promise<void> {
  try {
    const first = (await fetchShard(baseUrl, node.shard)).get(node.id)?.diagrams[0];
    if (!first) return;
    await renderCached(first.source, theme, request);
    performance.mark('atlas:diagram-prerendered', { detail: { entity: node.id } });
  } catch {
    // offline, a bad deploy, a diagram that does not render (the panel's own load reports it) or a cancelled prefetch
  }
}

/**
 * A press on a node: the click it becomes will open the entity, so its first diagram is fetched now,
 * ahead of the page's render, as the lead diagram. Wanted by nobody but the panel that opens: if the
 * press turns into a drag, a render it queued is dropped.
 */
export function fetchOnPress(node: Pick<GraphNode, 'id' | 'shard'>, baseUrl: string, theme: Theme): void {
  void prerenderFirstDiagram(node, baseUrl, theme, { lead: true, wanted: () => false });
}
