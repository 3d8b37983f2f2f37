import { useAppState, useAppStore } from '../store/context';
import { useModalDialog } from '../ui/use-modal-dialog';

const KEYS: [string, string][] = [
  ['/ or Ctrl/Cmd-K', 'Search'],
  ['↑ ↓ Enter', 'Move through and open search results'],
  ['Esc', 'Clear the selection, close dialogs'],
  ['← →', 'Previous / next step of a quick-start path'],
  ['f', 'Fit the graph to the screen'],
  ['l', 'Toggle the list view'],
  ['t', 'Toggle light / dark theme'],
  ['?', 'This help'],
];

export function ShortcutHelp() {
  const open = useAppState((s) => s.shortcutsOpen);
  const store = useAppStore();
  const ref = useModalDialog(open);
  return (
    <dialog ref={ref} className="shortcut-help" aria-label="Keyboard shortcuts" onClose={() => store.getState().setShortcutsOpen(false)}>
      <h2>Keyboard shortcuts</h2>
      <table className="table">
        <tbody>
          {KEYS.map(([k, v]) => (
            <tr key={k}>
              <th scope="row">
                <kbd>{k}</kbd>
              </th>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => store.getState().setShortcutsOpen(false)}>
        Close
      </button>
    </dialog>
  );
}
