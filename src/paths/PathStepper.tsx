/**
 * Walks a quick-start path: step k of n, Prev/Next (also ← →), mark done. The panel opens at the
 * step's section and item (a failure mode, an example, a migration step); the step also links to
 * that deep link. The last step shows the path's summary: every step as a checklist of what was covered.
 */
import { useEffect } from 'react';
import { selectDone, selectView } from '../store/selectors';
import { useAppState, useAppStore, useAtlasData } from '../store/context';
import { clampStep, doneKey, findPath, progress } from '../model/paths';
import { formatRoute } from '../model/route';
import type { QuickPath } from '../model/bundle';
import { SECTION_LABELS } from '../model/sections';

type Step = QuickPath['steps'][number];

/** `#/entity/M2/failure-modes/split-brain-two-primaries`: where a step lands, as a shareable link. */
export function stepHref(step: Step): string {
  const view = { name: 'entity' as const, id: step.entity, ...(step.section ? { section: step.section } : {}), ...(step.section && step.item ? { item: step.item } : {}) };
  return formatRoute({ view });
}

/** "Failure modes · split brain two primaries": a readable name for a step's anchor. */
export function stepAnchorLabel(step: Step): string | undefined {
  if (!step.section || step.section === 'overview') return undefined;
  const section = SECTION_LABELS[step.section];
  if (!step.item) return section;
  return `${section} · ${/^\d+$/.test(step.item) ? `#${step.item}` : step.item.replace(/-/g, ' ')}`;
}

export function PathStepper() {
  const { graph } = useAtlasData();
  const store = useAppStore();
  const view = useAppState(selectView);
  const path = view.name === 'path' ? findPath(graph.paths, view.pathId) : undefined;
  const step = path && view.name === 'path' ? clampStep(path, view.step) : 0;
  const current = path ? path.steps[step - 1] : undefined;

  useEffect(() => {
    if (current?.section) store.getState().requestSection(current.section, current.item);
  }, [current, store]);

  if (view.name === 'path' && !path) {
    return (
      <div className="path-stepper" role="status">
        No quick-start path is called “{view.pathId}”. <a href="#/">Back to the atlas</a>
      </div>
    );
  }
  if (!path || !current) return null;
  return (
    <>
      <StepBar path={path} step={step} current={current} />
      {step === path.steps.length && <PathSummary path={path} />}
    </>
  );
}

function StepBar({ path, step, current }: { path: QuickPath; step: number; current: Step }) {
  const { index } = useAtlasData();
  const store = useAppStore();
  const done = useAppState(selectDone);
  const go = (n: number) => store.getState().navigate({ name: 'path', pathId: path.id, step: clampStep(path, n) });
  const key = doneKey(path.id, step);
  const node = index.nodeById.get(current.entity);
  const pr = progress(path, done);
  const anchor = stepAnchorLabel(current);
  return (
    <nav className="path-stepper" aria-label={`Quick-start path: ${path.title}`}>
      <strong className="path-title">{path.title}</strong>
      <button type="button" onClick={() => go(step - 1)} disabled={step <= 1} aria-label="Previous step">
        ◀
      </button>
      {/* Announced by the app's live region (app/Announcer), with the step's entity. */}
      <span className="step-count">
        Step {step} of {path.steps.length}
      </span>
      <button type="button" onClick={() => go(step + 1)} disabled={step >= path.steps.length} aria-label="Next step">
        ▶
      </button>
      <span className="step-text">
        <strong>{current.verb}</strong> {node ? `${node.id} ${node.name}` : current.entity}
        {anchor && (
          <>
            {' '}
            (<a href={stepHref(current)} className="step-anchor">{anchor}</a>)
          </>
        )}{' '}
        — {current.why}
      </span>
      <label className="step-done">
        <input type="checkbox" checked={done.has(key)} onChange={() => store.getState().toggleDone(key)} /> Done
      </label>
      <span className="muted step-progress">
        {pr.done}/{pr.total} done
      </span>
      <button type="button" onClick={() => store.getState().selectEntity(current.entity)} title="Leave the path and keep this entity open">
        Exit path
      </button>
    </nav>
  );
}

/** The end of a path: what it was for and a checklist of every step, each linking to its item. */
function PathSummary({ path }: { path: QuickPath }) {
  const { index } = useAtlasData();
  const store = useAppStore();
  const done = useAppState(selectDone);
  const pr = progress(path, done);
  return (
    <section className="path-summary" aria-label="Path summary">
      <h3>Summary: {path.title}</h3>
      <p>{path.description}</p>
      <p className="muted">
        {pr.done} of {pr.total} steps covered
      </p>
      <ul className="path-checklist">
        {path.steps.map((s, i) => {
          const key = doneKey(path.id, i + 1);
          const node = index.nodeById.get(s.entity);
          const anchor = stepAnchorLabel(s);
          return (
            <li key={key}>
              <label>
                <input type="checkbox" checked={done.has(key)} onChange={() => store.getState().toggleDone(key)} aria-label={`Step ${i + 1} covered`} />{' '}
                <strong>{s.verb}</strong>
              </label>{' '}
              <a href={stepHref(s)}>
                {node ? `${node.id} ${node.name}` : s.entity}
                {anchor ? ` — ${anchor}` : ''}
              </a>
              : {s.why}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
