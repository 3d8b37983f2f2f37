/**
 * Rendered diagrams by theme and source, least recently used first. Going back to an
 * entity (Back, a path step, a compare column) shows its diagrams at once instead of
 * running mermaid's layout again, and a diagram rendered ahead of a click (see
 * GraphController) is simply found here. Bounded: SVGs are tens of kilobytes each.
 */
import type { Theme } from '../store/types';
import { renderDiagram, type RenderedDiagram } from './mermaid';
import { prerenderedSvg } from './prerendered';

const MAX_ENTRIES = 60;
const cache = new Map<string, string>();
const inFlight = new Map<string, Promise<RenderedDiagram>>();
/** Keys whose SVG came from the build's pre-rendered files, not from mermaid in this page. */
const fromBuild = new Set<string>();

export function renderedByBuild(key: string): boolean {
  return fromBuild.has(key);
}

export function diagramKey(source: string, theme: string): string {
  return `${theme}\u0000${source}`;
}

export function getRenderedSvg(key: string): string | undefined {
  const svg = cache.get(key);
  if (svg !== undefined) {
    cache.delete(key);
    cache.set(key, svg);
  }
  return svg;
}

/** Stores an SVG this page drew (`byBuild`: fetched from the build's pre-rendered files). */
export function putRenderedSvg(key: string, svg: string, byBuild = false): void {
  cache.delete(key);
  cache.set(key, svg);
  if (byBuild) fromBuild.add(key);
  else fromBuild.delete(key);
  // Keys hold whole sources: the provenance set is trimmed with the cache it describes.
  while (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value as string;
    cache.delete(oldest);
    fromBuild.delete(oldest);
  }
}

/**
 * Renders through the cache; a render already under way for the same diagram is shared, not repeated.
 * A diagram the build pre-rendered is fetched instead of laid out (src/diagram/prerendered.ts).
 */
export function renderCached(source: string, theme: Theme): Promise<RenderedDiagram> {
  const key = diagramKey(source, theme);
  const svg = getRenderedSvg(key);
  if (svg !== undefined) return Promise.resolve({ svg });
  let p = inFlight.get(key);
  if (!p) {
    p = prerenderedSvg(source, theme).then(async (svg) => {
      if (svg !== null) {
        putRenderedSvg(key, svg, true);
        return { svg };
      }
      const r = await renderDiagram(source, theme);
      putRenderedSvg(key, r.svg);
      return r;
    });
    // Errors are not cached: a retry (or the panel) renders again and shows the message.
    p.finally(() => inFlight.delete(key)).catch(() => undefined);
    inFlight.set(key, p);
  }
  return p;
}

export function clearRenderedSvgs(): void {
  cache.clear();
  fromBuild.clear();
  inFlight.clear();
}
