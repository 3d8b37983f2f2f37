/**
 * The app menu: every view, the quick-start paths, filters, theme and help in one dialog. On a
 * phone it is the only way to them (the header holds just the brand, search and this button);
 * on wider screens it repeats the header's links so one place lists everything.
 */
import { useAppState, useAppStore, useAtlasData } from '../store/context';
import { KINDS } from '../model/constants';
import { KIND_LABELS } from '../model/kinds';
import { progress } from '../model/paths';
import { selectDone, selectListMode, selectTheme } from '../store/selectors';
import { useModalDialog } from '../ui/use-modal-dialog';

export function MenuButton() {
  const store = useAppStore();
  const open = useAppState((s) => s.menuOpen);
  return (
    <button type="button" className="menu-toggle" aria-haspopup="dialog" aria-expanded={open} onClick={() => store.getState().setMenuOpen(true)}>
      <span aria-hidden="true">☰</span> <span className="menu-label">Menu</span>
    </button>
  );
}

export function AppMenu() {
  const { graph } = useAtlasData();
  const store = useAppStore();
  const open = useAppState((s) => s.menuOpen);
  const listMode = useAppState(selectListMode);
  const theme = useAppState(selectTheme);
  const done = useAppState(selectDone);
  const ref = useModalDialog(open);
  const close = () => store.getState().setMenuOpen(false);
  // Any link followed or action taken closes the menu: it is a launcher, not a place to stay.
  const run = (action: () => void) => () => {
    close();
    action();
  };
  const s = () => store.getState();
  return (
    <dialog
      ref={ref}
      className="app-menu"
      aria-labelledby="app-menu-title"
      onClose={close}
      onClick={(e) => {
        if ((e.target as HTMLElement).closest('a')) close();
        // A click on the backdrop lands on the dialog element itself.
        if (e.target === ref.current) close();
      }}
    >
      <div className="menu-head">
        <h2 id="app-menu-title">Menu</h2>
        <button type="button" onClick={close} aria-label="Close the menu">
          ✕
        </button>
      </div>
      <nav aria-label="All views" className="menu-body">
        <h3>Views</h3>
        <ul className="menu-list">
          <li>
            <a href="#/">Graph (home)</a>
          </li>
          <li>
            <button type="button" aria-pressed={listMode} onClick={run(() => s().toggleListMode())}>
              List view
            </button>
          </li>
          <li>
            <button type="button" className="menu-filters" onClick={run(() => s().setFiltersOpen(true))}>
              Filters and legend
            </button>
          </li>
          <li>
            <a href="#/coverage">Coverage</a>
          </li>
          <li>
            <a href="#/compare">Compare</a>
          </li>
          <li>
            <a href="#/why">How related?</a>
          </li>
        </ul>
        <h3>Production readiness matrices</h3>
        <ul className="menu-list menu-grid">
          {KINDS.map((k) => (
            <li key={k}>
              <a href={`#/matrix/${k}`}>Matrix: {KIND_LABELS[k].many}</a>
            </li>
          ))}
        </ul>
        <h3>Quick-start paths</h3>
        <ul className="menu-list">
          {graph.paths.map((p) => {
            const pr = progress(p, done);
            return (
              <li key={p.id}>
                <a href={`#/path/${encodeURIComponent(p.id)}/1`}>
                  {p.title} <span className="count">{pr.done}/{pr.total}</span>
                </a>
              </li>
            );
          })}
        </ul>
        <h3>Settings and help</h3>
        <ul className="menu-list">
          <li>
            <button type="button" onClick={run(() => s().setThemePreference(theme === 'dark' ? 'light' : 'dark'))}>
              Switch to {theme === 'dark' ? 'light' : 'dark'} theme
            </button>
          </li>
          <li>
            <button type="button" onClick={run(() => s().setShortcutsOpen(true))}>
              Keyboard shortcuts
            </button>
          </li>
        </ul>
      </nav>
    </dialog>
  );
}
