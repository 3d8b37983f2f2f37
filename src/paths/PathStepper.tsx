/** Walks a quick-start path: step k of n, Prev/Next (also ← →), mark done; the panel opens at the step's section. */
import { useEffect } from 'react';
import { selectDone, selectView } from '../store/selectors';
import { useAppState, useAppStore, useAtlasData } from '../store/context';
import { clampStep, doneKey, findPath, progress } from '../model/paths';

export function PathStepper() {
  const { graph, index } = useAtlasData();
  const store = useAppStore();
  const view = useAppState(selectView);
  const done = useAppState(selectDone);
  const path = view.name === 'path' ? findPath(graph.paths, view.pathId) : undefined;
  const step = path && view.name === 'path' ? clampStep(path, view.step) : 0;
  const current = path ? path.steps[step - 1] : undefined;

  useEffect(() => {
    if (current?.section) store.getState().requestSection(current.section);
  }, [current, store]);

  if (view.name === 'path' && !path) {
    return (
      <div className="path-stepper" role="status">
        No quick-start path is called “{view.pathId}”. <a href="#/">Back to the atlas</a>
      </div>
    );
  }
  if (!path || !current) return null;
  const go = (n: number) => store.getState().navigate({ name: 'path', pathId: path.id, step: clampStep(path, n) });
  const key = doneKey(path.id, step);
  const node = index.nodeById.get(current.entity);
  const pr = progress(path, done);
  return (
    <nav className="path-stepper" aria-label={`Quick-start path: ${path.title}`}>
      <strong className="path-title">{path.title}</strong>
      <button type="button" onClick={() => go(step - 1)} disabled={step <= 1} aria-label="Previous step">
        ◀
      </button>
      <span className="step-count" aria-live="polite">
        Step {step} of {path.steps.length}
      </span>
      <button type="button" onClick={() => go(step + 1)} disabled={step >= path.steps.length} aria-label="Next step">
        ▶
      </button>
      <span className="step-text">
        <strong>{current.verb}</strong> {node ? `${node.id} ${node.name}` : current.entity} — {current.why}
      </span>
      <label className="step-done">
        <input type="checkbox" checked={done.has(key)} onChange={() => store.getState().toggleDone(key)} /> Done
      </label>
      <span className="muted">
        {pr.done}/{pr.total} done
      </span>
      <button type="button" onClick={() => store.getState().selectEntity(current.entity)} title="Leave the path and keep this entity open">
        Exit path
      </button>
    </nav>
  );
}
