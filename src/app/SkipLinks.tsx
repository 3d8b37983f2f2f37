/**
 * Skip links, the first tab stops: straight to search, the graph (or list) and the details.
 * Buttons, not "#id" links: the hash is the app's route.
 */
import { useAppState } from '../store/context';
import { selectListMode } from '../store/selectors';

function focusFirst(selectors: string[]) {
  for (const sel of selectors) {
    const el = document.querySelector<HTMLElement>(sel);
    if (el && el.getClientRects().length) {
      if (!el.matches('button, a[href], input, select, textarea, [tabindex]')) el.tabIndex = -1;
      el.focus();
      return;
    }
  }
}

export function SkipLinks() {
  const listMode = useAppState(selectListMode);
  return (
    <div className="skip-links">
      <button type="button" onClick={() => focusFirst(['#atlas-search'])}>
        Skip to search
      </button>
      <button type="button" onClick={() => focusFirst(['.view-frame', 'a.list-entry[tabindex="0"]', 'main.stage'])}>
        Skip to the {listMode ? 'list' : 'graph'}
      </button>
      <button type="button" onClick={() => focusFirst(['aside.entity-panel #panel-title', 'aside.entity-panel', '.panel-reopen'])}>
        Skip to the details
      </button>
    </div>
  );
}
