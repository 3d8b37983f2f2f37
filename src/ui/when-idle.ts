let stopped = false;

/**
 * The page is about to reload into a new build: background work (prefetch, warm-ups) that has
 * not started yet never will. Chromium activates a waiting service worker only once the old one
 * has no fetch in flight, and a prefetch chain that starts its next request the moment the last
 * one ends can keep that moment from being noticed, leaving the update waiting
 * (src/offline/activate-update.ts).
 */
export function stopBackgroundWork(): void {
  stopped = true;
}

/**
 * Runs `task` when the main thread is next idle, or after `timeoutMs` at the latest, unless
 * background work has been stopped by then. Returns a cancel function. Falls back to a timer
 * where requestIdleCallback is missing.
 */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  const fn = () => {
    if (!stopped) task();
  };
  if (typeof globalThis.requestIdleCallback === 'function') {
    const handle = globalThis.requestIdleCallback(fn, { timeout: timeoutMs });
    return () => globalThis.cancelIdleCallback(handle);
  }
  const timer = setTimeout(fn, Math.min(timeoutMs, 200));
  return () => clearTimeout(timer);
}

/** Marked by the live graph once every element is in (src/graph/LiveGraph.tsx). */
export const GRAPH_COMPLETE = 'atlas:graph-complete';

/**
 * Runs `fn` once a performance mark of that name for which `matches` holds has been recorded (at once if
 * one already has), or after `fallbackMs` whichever comes first. Returns a cancel function.
 */
export function whenMarked(name: string, matches: (mark: PerformanceEntry) => boolean, fn: () => void, fallbackMs: number): () => void {
  if (performance.getEntriesByName(name).some(matches)) {
    fn();
    return () => undefined;
  }
  let observer: PerformanceObserver | null = null;
  let done = false;
  const run = () => {
    if (done) return;
    stop();
    fn();
  };
  const timer = setTimeout(run, fallbackMs);
  const stop = () => {
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
  };
  if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('mark')) {
    observer = new PerformanceObserver((list) => list.getEntriesByName(name).some(matches) && run());
    observer.observe({ type: 'mark' });
  }
  return stop;
}

/**
 * Runs `fn` when idle once the live graph is complete, so start-up work that can wait (search
 * indexes, detail prefetch) does not take an idle gap the graph's own loading would have used. A
 * page that never shows the graph (list view, reading mode) runs it after `fallbackMs`.
 */
export function whenGraphSettled(fn: () => void, fallbackMs = 4000): () => void {
  let cancelIdle: () => void = () => undefined;
  const cancelMark = whenMarked(GRAPH_COMPLETE, () => true, () => (cancelIdle = whenIdle(fn, 5000)), fallbackMs);
  return () => {
    cancelMark();
    cancelIdle();
  };
}

/** Resolves just after the next frame has been painted (at once where there are no frames: tests, workers). */
export function nextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Runs `fn` just after the next frame has been painted (the frame's own rendering is not delayed by it). Returns a cancel function. */
export function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(fn, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
