/**
 * The pre-painted overview (index.html's #atlas-prepaint, an <img> of the build-time SVG from
 * compiler/bundle/overview-svg.ts): on screen before any JavaScript has run, moved into the graph
 * view when that mounts (same framing as the live graph's first fit) and removed once the live
 * graph is interactive. It is aria-hidden with an empty alt: the live graph carries the description.
 *
 * `atlas:graph-visible` marks when the overview was first on screen: the image's render time
 * (Element Timing) when the browser reports it, else the live graph's first frame. Plain DOM, no
 * React or cytoscape.
 */
export const PREPAINT_ID = 'atlas-prepaint';
export const GRAPH_VISIBLE = 'atlas:graph-visible';
const ELEMENT_ID = 'atlas-overview';

let observer: PerformanceObserver | null = null;

const prepaint = () => document.getElementById(PREPAINT_ID);
const marked = () => performance.getEntriesByName(GRAPH_VISIBLE).length > 0;

function markVisible(startTime?: number) {
  if (marked()) return;
  const now = performance.now();
  performance.mark(GRAPH_VISIBLE, startTime !== undefined && startTime > 0 && startTime <= now ? { startTime } : undefined);
}

interface ElementTiming extends PerformanceEntry {
  identifier: string;
  renderTime: number;
  loadTime: number;
}

function take(entries: readonly PerformanceEntry[]) {
  for (const e of entries as ElementTiming[]) {
    // renderTime is the paint; loadTime stands in where the browser withholds it.
    if (e.identifier === ELEMENT_ID && prepaint()) markVisible(e.renderTime || e.loadTime);
  }
}

/** Starts listening for the pre-paint's render (call first thing at startup). */
export function watchPrepaint(): void {
  if (observer || !prepaint()) return;
  if (!PerformanceObserver.supportedEntryTypes?.includes('element')) return;
  observer = new PerformanceObserver((list) => take(list.getEntries()));
  observer.observe({ type: 'element', buffered: true });
}

/** Moves the pre-paint into the graph view, where it is framed like the live graph's first fit. */
export function adoptPrepaint(container: HTMLElement): void {
  const el = prepaint();
  if (el && el.parentElement !== container) {
    el.classList.add('adopted');
    container.prepend(el);
  }
}

/**
 * The live graph has drawn its first frame: the overview is on screen whatever drew it first.
 * Reads any render the observer has not delivered yet, so an earlier pre-paint still counts.
 */
export function liveGraphPainted(): void {
  if (observer) take(observer.takeRecords());
  markVisible();
}

/** Takes the pre-paint away (the live graph is up, or the page shows no graph). */
export function removePrepaint(): void {
  if (observer) take(observer.takeRecords());
  observer?.disconnect();
  observer = null;
  prepaint()?.remove();
}

/** After the app's first render: a page that shows no graph (list, reading mode) drops the picture. */
export function dropUnadoptedPrepaint(): void {
  if (!prepaint()?.classList.contains('adopted')) removePrepaint();
}
