/**
 * Runs `fn` when the main thread is next idle, or after `timeoutMs` at the latest.
 * Returns a cancel function. Falls back to a timer where requestIdleCallback is missing.
 */
export function whenIdle(fn: () => void, timeoutMs: number): () => void {
  if (typeof globalThis.requestIdleCallback === 'function') {
    const handle = globalThis.requestIdleCallback(fn, { timeout: timeoutMs });
    return () => globalThis.cancelIdleCallback(handle);
  }
  const timer = setTimeout(fn, Math.min(timeoutMs, 200));
  return () => clearTimeout(timer);
}
