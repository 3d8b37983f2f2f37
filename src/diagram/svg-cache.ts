/**
 * Rendered diagrams by theme and source, least recently used first. Going back to an
 * entity (Back, a path step, a compare column) shows its diagrams at once instead of
 * running mermaid's layout again, and a diagram rendered ahead of a click (see
 * GraphController) is simply found here. Bounded: SVGs are tens of kilobytes each.
 */
import type { Theme } from '../store/types';
import { renderDiagram, type RenderedDiagram } from './mermaid';
import { prerenderedSvg } from './prerendered';
import { enqueue, hold } from './render-queue';

const MAX_ENTRIES = 60;
const cache = new Map<string, string>();
const inFlight = new Map<string, Pending>();
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

export interface RenderRequest {
  /** The top diagram of the open page: drawn before, and never behind, anything else (render-queue.ts). */
  lead?: boolean;
  /** False once this caller no longer needs the SVG (its page was left); omitted: always needed. */
  wanted?: () => boolean;
}

interface Pending {
  promise: Promise<RenderedDiagram>;
  lead: boolean;
  always: boolean;
  wanters: (() => boolean)[];
}

/**
 * Renders through the cache; a render already under way for the same diagram is shared, not repeated.
 * A diagram the build pre-rendered is fetched instead of laid out (src/diagram/prerendered.ts); the
 * others wait their turn in the render queue, and are dropped there once no caller wants them.
 */
export function renderCached(source: string, theme: Theme, request: RenderRequest = {}): Promise<RenderedDiagram> {
  const key = diagramKey(source, theme);
  const svg = getRenderedSvg(key);
  if (svg !== undefined) return Promise.resolve({ svg });
  let pending = inFlight.get(key);
  if (!pending) {
    const entry: Pending = { promise: null as never, lead: false, always: false, wanters: [] };
    entry.promise = prerenderedSvg(source, theme).then(async (svg) => {
      if (svg !== null) {
        putRenderedSvg(key, svg, true);
        return { svg };
      }
      const r = await enqueue(() => renderDiagram(source, theme), {
        lead: () => entry.lead,
        wanted: () => entry.always || entry.wanters.some((w) => w()),
      });
      putRenderedSvg(key, r.svg);
      return r;
    });
    // Errors (and abandoned renders) are not cached: a retry (or the panel) renders again and shows the message.
    entry.promise.finally(() => inFlight.delete(key)).catch(() => undefined);
    inFlight.set(key, entry);
    pending = entry;
  }
  if (request.wanted) pending.wanters.push(request.wanted);
  else pending.always = true;
  if (request.lead && !pending.lead) {
    pending.lead = true;
    holdFor(key, pending.promise);
  }
  return pending.promise;
}

/** How long a lead diagram nobody shows (a press that became a drag) may hold the queue after it arrived. */
const UNSHOWN_LEAD_MS = 1000;
const leadHolds = new Map<string, () => void>();

function holdFor(key: string, promise: Promise<unknown>): void {
  leadHolds.get(key)?.();
  const release = hold();
  const done = () => {
    release();
    if (leadHolds.get(key) === release) leadHolds.delete(key);
  };
  leadHolds.set(key, done);
  promise.then(() => setTimeout(done, UNSHOWN_LEAD_MS), done);
}

/**
 * The lead diagram is in the page (or its Diagram went away): the other renders may start after
 * the next painted frame. Settling the fetch is not enough: the page still has to insert it.
 */
export function leadShown(key: string): void {
  leadHolds.get(key)?.();
}

export function clearRenderedSvgs(): void {
  cache.clear();
  fromBuild.clear();
  inFlight.clear();
}
