import { useAppState, useAppStore } from '../store/context';
import { SearchBox } from '../search/SearchBox';
import { PathPicker } from '../paths/PathPicker';
import { selectListMode, selectTheme } from '../store/selectors';
import { MenuButton } from './AppMenu';

export function Header() {
  const store = useAppStore();
  const theme = useAppState(selectTheme);
  const pref = useAppState((s) => s.themePreference);
  const listMode = useAppState(selectListMode);
  return (
    <header className="app-header">
      <a className="brand" href="#/" aria-label="Atlas Explorer: home">
        Atlas <span>Explorer</span>
      </a>
      <SearchBox />
      <PathPicker />
      <nav className="views" aria-label="Views">
        <a href="#/matrix/guarantee">Matrices</a>
        <a href="#/coverage">Coverage</a>
        <a href="#/compare">Compare</a>
        <a href="#/why">How related?</a>
        <button type="button" aria-pressed={listMode} onClick={() => store.getState().toggleListMode()} title="List view (l)">
          List view
        </button>
      </nav>
      <button
        type="button"
        className="theme-toggle"
        onClick={() => store.getState().setThemePreference(theme === 'dark' ? 'light' : 'dark')}
        aria-label={`Switch to ${theme === 'dark' ? 'light' : 'dark'} theme`}
        title={`Theme: ${pref} (t)`}
      >
        {theme === 'dark' ? '☀' : '◐'}
      </button>
      <button type="button" className="help-toggle" onClick={() => store.getState().setShortcutsOpen(true)} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
        ?
      </button>
      <MenuButton />
    </header>
  );
}
