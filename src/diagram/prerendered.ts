/**
 * The build's pre-rendered first diagrams (compiler/bundle/prerender.ts): for a source it has,
 * the SVG comes from a file instead of mermaid's layout, so a click shows it in a few
 * milliseconds. The file is our own build output, drawn by mermaid in strict mode, and it is
 * sanitised again here with DOMPurify's SVG profile before anything inserts it. Anything
 * missing (a dev server, a build without Chromium, offline before the file was cached, a fetch
 * error) answers null, and the caller renders in the browser as before.
 */
import { PRERENDER_INDEX, prerenderFile, type PrerenderIndex } from '../model/app-data';
import { sourceHash } from '../model/source-hash';
import type { Theme } from '../store/types';

let baseUrl: string | null = null;
let index: Promise<Set<string>> | null = null;

/** Called once the data's location is known (App); until then nothing is pre-rendered. */
export function setPrerenderBase(url: string | null): void {
  if (url === baseUrl) return;
  baseUrl = url;
  index = null;
}

function offline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

function hashes(): Promise<Set<string>> {
  const base = baseUrl;
  if (base === null) return Promise.resolve(new Set());
  index ??= fetch(`${base}${PRERENDER_INDEX}`)
    .then((r) => (r.ok ? (r.json() as Promise<PrerenderIndex>) : null))
    .then((i) => new Set(i?.format === 'atlas-prerender' && Array.isArray(i.hashes) ? i.hashes : []))
    .catch(() => {
      index = null; // try again later: a network hiccup must not turn the feature off for the session
      return new Set<string>();
    });
  return index;
}

/**
 * DOMPurify is loaded with the first pre-rendered diagram, not with the page: App imports this
 * module, and the sanitiser (about 9 kB gzip) is no part of drawing the graph.
 */
let purifier: Promise<typeof import('dompurify').default> | null = null;
function sanitiser() {
  if (!purifier) {
    purifier = import('dompurify').then((m) => m.default);
    purifier.catch(() => (purifier = null)); // a failed chunk load is retried by the next diagram
  }
  return purifier;
}

/** Fetches the index and the sanitiser ahead of the first click (called when the graph has settled). */
export function warmPrerendered(): void {
  if (offline()) return;
  void hashes();
  sanitiser().catch(() => undefined);
}

const SANITISE = { USE_PROFILES: { svg: true, svgFilters: true }, ADD_TAGS: ['style'] };

/** The pre-rendered SVG for this source and theme, sanitised, or null. */
export async function prerenderedSvg(source: string, theme: Theme): Promise<string | null> {
  if (baseUrl === null || offline()) return null;
  const hash = sourceHash(source);
  if (!(await hashes()).has(hash)) return null;
  try {
    const r = await fetch(`${baseUrl}${prerenderFile(hash, theme)}`);
    if (r.status !== 200) return null; // 204: offline and not cached (see vite.config.ts)
    const [text, purify] = await Promise.all([r.text(), sanitiser()]);
    const clean = purify.sanitize(text, SANITISE);
    return clean.includes('<svg') ? clean : null;
  } catch {
    return null;
  }
}
