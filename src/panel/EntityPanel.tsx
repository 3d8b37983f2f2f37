/**
 * The entity panel: what is this, how does it work, how does it fail, who runs
 * it, how sure are we. Heading is the entity's name (a contract for tests and
 * screen readers).
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useAppState, useAppStore, useAtlasData } from '../store/context';
import { Diagram } from '../diagram/Diagram';
import type { Entity } from '../model/bundle';
import type { PanelSection } from '../model/schema';
import { selectTheme } from '../store/selectors';
import { ConfidenceBadge, KindBadge, MaturityBadge } from '../ui/Badges';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { ExportMarkdownButton } from '../export/ExportMarkdownButton';
import { Overview } from './sections/Overview';
import { Production } from './sections/Production';
import { Relations } from './sections/Relations';
import { Sources } from './sections/Sources';
import { useEntityDetails } from './useEntityDetails';

export function EntityPanelBody({ id }: { id: string }) {
  const { index } = useAtlasData();
  const node = index.nodeById.get(id);
  const details = useEntityDetails(node ? id : null);
  const theme = useAppState(selectTheme);
  const request = useAppState((s) => s.panelSection);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!request || details.status !== 'ok') return;
    root.current?.querySelector(`#section-${request.section}`)?.scrollIntoView({ block: 'start' });
  }, [request, details.status]);

  useEffect(() => {
    root.current?.scrollTo?.({ top: 0 });
  }, [id]);

  if (!node) return <NotFound what={`No entity has the ID “${id}”.`} />;
  return (
    <div ref={root} className="panel-body">
      <header className="panel-head">
        <h2 id="panel-title">{node.name}</h2>
        <p className="meta">
          <code>{node.id}</code> <KindBadge kind={node.kind} /> <ConfidenceBadge confidence={node.confidence} />{' '}
          <MaturityBadge maturity={node.maturity} />
        </p>
        {details.status === 'ok' && <ExportMarkdownButton entity={details.entity} />}
      </header>
      {details.status === 'loading' && (
        <p role="status" className="muted">
          <span className="spinner" aria-hidden="true" /> Loading details…
        </p>
      )}
      {details.status === 'error' && (
        <div role="alert" className="error-card">
          <p>Could not load the details: {details.message}</p>
          <button type="button" onClick={details.retry}>
            Retry
          </button>
        </div>
      )}
      {details.status === 'ok' && <Sections entity={details.entity} theme={theme} />}
    </div>
  );
}

function Sections({ entity, theme }: { entity: Entity; theme: 'light' | 'dark' }) {
  return (
    <>
      <Section id="overview" title="Overview">
        <Overview entity={entity} />
      </Section>
      <Section id="diagrams" title={`Diagrams (${entity.diagrams.length})`}>
        {entity.diagrams.length === 0 && <p className="muted">No diagrams yet.</p>}
        {entity.diagrams.map((d, i) => (
          <ErrorBoundary key={`${entity.id}-${i}`} label={`diagram “${d.title}”`}>
            <Diagram spec={d} theme={theme} entityId={entity.id} index={i} />
          </ErrorBoundary>
        ))}
      </Section>
      <Section id="production" title="Production details">
        <Production entity={entity} />
      </Section>
      <Section id="relations" title="Relations">
        <Relations id={entity.id} />
      </Section>
      <Section id="sources" title={`Sources (${entity.sources.length})`}>
        <Sources entity={entity} />
      </Section>
    </>
  );
}

function Section({ id, title, children }: { id: PanelSection; title: string; children: ReactNode }) {
  return (
    <section id={`section-${id}`} aria-labelledby={`h-${id}`} className="panel-section">
      <h3 id={`h-${id}`}>{title}</h3>
      {children}
    </section>
  );
}

export function NotFound({ what }: { what: string }) {
  return (
    <div className="not-found" role="status">
      <h2>Not found</h2>
      <p>{what}</p>
      <p>
        <a href="#/">Back to the whole atlas</a> or use the search box (press <kbd>/</kbd>).
      </p>
    </div>
  );
}

/** The panel frame: resizable (drag or arrow keys on the handle), collapsible, closable; a bottom sheet on narrow screens. */
export function EntityPanel({ children, label }: { children: ReactNode; label: string }) {
  const store = useAppStore();
  const open = useAppState((s) => s.panelOpen);
  const width = useAppState((s) => s.panelWidth);
  const drag = useRef<{ x: number; w: number } | null>(null);

  const onPointerDown = (e: React.PointerEvent) => {
    drag.current = { x: e.clientX, w: width };
    (e.target as HTMLElement).setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: React.PointerEvent) => {
    if (drag.current) store.getState().setPanelWidth(drag.current.w + (drag.current.x - e.clientX));
  };
  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowLeft') store.getState().setPanelWidth(width + 40);
    if (e.key === 'ArrowRight') store.getState().setPanelWidth(width - 40);
  };
  if (!open) {
    return (
      <button type="button" className="panel-reopen" onClick={() => store.getState().setPanelOpen(true)} aria-label="Show panel">
        ◀ Details
      </button>
    );
  }
  return (
    <aside className="entity-panel" aria-label={label} style={{ ['--panel-width' as string]: `${width}px` }}>
      <div
        className="panel-resizer"
        role="separator"
        aria-orientation="vertical"
        aria-label="Resize panel"
        aria-valuenow={width}
        aria-valuemin={300}
        aria-valuemax={960}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        onKeyDown={onKey}
      />
      <div className="panel-controls">
        <button type="button" onClick={() => store.getState().setPanelOpen(false)} aria-label="Collapse panel" title="Collapse">
          ▶
        </button>
        <button type="button" onClick={() => store.getState().selectEntity(null)} aria-label="Close panel" title="Close (Esc)">
          ✕
        </button>
      </div>
      <ErrorBoundary label="panel">{children}</ErrorBoundary>
    </aside>
  );
}
