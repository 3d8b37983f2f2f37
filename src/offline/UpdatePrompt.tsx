/**
 * What the service worker has to say: the atlas now works offline, or a new version is ready.
 * Presentational (tested without a worker); OfflineStatus wires it to the worker.
 */
import './offline.css';

export interface UpdatePromptProps {
  needRefresh: boolean;
  offlineReady: boolean;
  /** Activates the waiting version and reloads the page with it. */
  onReload(): void;
  onDismiss(): void;
}

export function UpdatePrompt({ needRefresh, offlineReady, onReload, onDismiss }: UpdatePromptProps) {
  if (needRefresh) {
    return (
      <div className="sw-toast" role="alertdialog" aria-labelledby="sw-toast-text" aria-live="polite">
        <p id="sw-toast-text">A new version of the atlas is available.</p>
        <div className="sw-toast-actions">
          <button type="button" className="primary" onClick={onReload}>
            Reload
          </button>
          <button type="button" onClick={onDismiss} title="Keep using this version until the next visit">
            Later
          </button>
        </div>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div className="sw-toast" role="status">
        <p>The atlas now works offline.</p>
        <div className="sw-toast-actions">
          <button type="button" onClick={onDismiss}>
            OK
          </button>
        </div>
      </div>
    );
  }
  return null;
}
