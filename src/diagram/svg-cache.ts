/**
 * Rendered diagrams by theme and source, least recently used first. Going back to an
 * entity (Back, a path step, a compare column) shows its diagrams at once instead of
 * running mermaid's layout again. Bounded: SVGs are tens of kilobytes each.
 */
const MAX_ENTRIES = 60;
const cache = new Map<string, string>();

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

export function putRenderedSvg(key: string, svg: string): void {
  cache.delete(key);
  cache.set(key, svg);
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
}

export function clearRenderedSvgs(): void {
  cache.clear();
}
