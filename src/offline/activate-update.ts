/**
 * "Reload" on the update prompt: activate the waiting service worker and reload into it — always.
 *
 * vite-plugin-pwa reloads on workbox-window's 'controlling' event only, which does not come when
 * the waiting worker was already activated by another tab (vite-plugin-pwa issues #789, #393).
 * So the page watches the worker itself: it reloads on the controller change, or when the worker
 * it woke reaches 'activated' (or is replaced), or at once when nothing is waiting. Never on a
 * timer: reloading before the new worker is in charge would serve the old build again.
 * The caller stops background fetches first (stopBackgroundWork): Chromium activates the new
 * worker only once the old one has no fetch in flight, and on a busy machine a prefetch chain
 * kept the update waiting indefinitely.
 */

/** The part of `navigator.serviceWorker` this needs; a fake in unit tests. */
export interface WorkerContainer {
  readonly controller: object | null;
  getRegistration(): Promise<{ readonly waiting: WaitingWorker | null } | undefined>;
  addEventListener(type: 'controllerchange', listener: () => void, options?: { once: boolean }): void;
}

export interface WaitingWorker {
  readonly state: string;
  postMessage(message: unknown): void;
  addEventListener(type: 'statechange', listener: () => void): void;
}

/** The message vite-plugin-pwa's generated worker answers with `skipWaiting()`. */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/** Calls `reload` the first time only, however many of the signals arrive. */
export function reloadOnce(reload: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    reload();
  };
}

export async function activateUpdate(container: WorkerContainer, reload: () => void): Promise<void> {
  const registration = await container.getRegistration();
  const waiting = registration?.waiting ?? null;
  // Nothing waiting (another tab activated it) or no controller to change: a plain reload
  // already gets the newest build.
  if (!waiting || !container.controller) {
    reload();
    return;
  }
  container.addEventListener('controllerchange', reload, { once: true });
  waiting.addEventListener('statechange', () => {
    if (waiting.state === 'activated' || waiting.state === 'redundant') reload();
  });
  waiting.postMessage(SKIP_WAITING);
}
