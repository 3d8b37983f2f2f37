/** The frame of a full-width view over the graph: title, close link, loading and error states. */
import type { ReactNode } from 'react';
import type { AsyncState } from '../ui/use-async';

export function ViewFrame({ title, children, nav }: { title: string; children: ReactNode; nav?: ReactNode }) {
  return (
    <section className="view-frame" aria-labelledby="view-title">
      <header className="view-head">
        <h2 id="view-title">{title}</h2>
        {nav}
        <a className="view-close" href="#/">
          Back to the graph
        </a>
      </header>
      <div className="view-body">{children}</div>
    </section>
  );
}

export function Loaded<T>({ state, children }: { state: AsyncState<T>; children: (value: T) => ReactNode }) {
  if (state.status === 'loading') {
    return (
      <p role="status" className="muted">
        <span className="spinner" aria-hidden="true" /> Loading the atlas details…
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <p role="alert" className="error-card">
        Could not load the details: {state.message}
      </p>
    );
  }
  return <>{children(state.value)}</>;
}
