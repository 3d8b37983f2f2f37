/** Chooses a quick-start path; shows progress from steps marked done. */
import { useAppState, useAppStore, useAtlasData } from '../store/context';
import { selectDone, selectView } from '../store/selectors';
import { progress } from '../model/paths';

export function PathPicker() {
  const { graph } = useAtlasData();
  const store = useAppStore();
  const view = useAppState(selectView);
  const done = useAppState(selectDone);
  const current = view.name === 'path' ? view.pathId : '';
  return (
    <label className="path-picker">
      <span className="visually-hidden">Quick-start path</span>
      <select
        aria-label="Quick-start path"
        value={graph.paths.some((p) => p.id === current) ? current : ''}
        onChange={(e) => {
          const id = e.target.value;
          if (id) store.getState().navigate({ name: 'path', pathId: id, step: 1 });
          else store.getState().selectEntity(null);
        }}
      >
        <option value="">Quick-start paths…</option>
        {graph.paths.map((p) => {
          const pr = progress(p, done);
          return (
            <option key={p.id} value={p.id}>
              {p.title} ({pr.done}/{pr.total})
            </option>
          );
        })}
      </select>
    </label>
  );
}
