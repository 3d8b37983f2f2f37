/**
 * The entity panel: a top card (what is it, when does it bite, what do I do), an "On this
 * page" table of contents with scrollspy, then the sections of sectionsOf(entity) in the
 * kind's reading order, every item with its own anchor. The heading is the entity's name
 * (a contract for tests and screen readers).
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useAppState, useAppStore, useAtlasData } from '../store/context';
import { Diagram } from '../diagram/Diagram';
import type { Entity } from '../model/bundle';
import { anchorDomId, findAnchor, sectionsOf, SECTION_LABELS, type PageSection } from '../model/sections';
import type { PanelSection } from '../model/schema';
import { selectedIdFor, selectTheme } from '../store/selectors';
import type { Theme } from '../store/types';
import { AvailabilityBadge, ConfidenceBadge, ExtensionBadge, KindBadge, MaturityBadge } from '../ui/Badges';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { CopyLink } from './Anchored';
import { PageToc } from './PageToc';
import { rememberScroll, takeRestoredScroll } from './page-scroll';
import { ExportMarkdownButton } from '../export/ExportMarkdownButton';
import { Overview } from './sections/Overview';
import { FailureModes } from './sections/FailureModes';
import { Production } from './sections/Production';
import { Relations } from './sections/Relations';
import { Sources } from './sections/Sources';
import { Migration, Parameters, Timeline } from './sections/Steps';
import { Causes, Checks, Mitigations } from './sections/Symptom';
import { useEntityDetails } from './useEntityDetails';
import { SheetHandle } from './SheetHandle';
import { isNarrow } from '../ui/narrow';

/** Where to open the page: a section and item of the deep link or path step, or a malformed anchor. */
export interface PageTarget {
  section?: string;
  item?: string;
  bad?: boolean;
}

export function EntityPanelBody({ id, target }: { id: string; target?: PageTarget }) {
  const { index } = useAtlasData();
  const node = index.nodeById.get(id);
  const details = useEntityDetails(node ? id : null);
  const theme = useAppState(selectTheme);
  const root = useRef<HTMLDivElement>(null);
  const entity = details.status === 'ok' ? details.entity : null;
  const sections = useMemo(() => (entity ? sectionsOf(entity) : []), [entity]);
  const [active, setActive] = useState<string | null>(null);
  const section = target?.section;
  const item = target?.item;
  const bad = !!target?.bad;
  const missing = entity && (bad || (section !== undefined && !findAnchor(entity, section, item))) ? describeMissing(section, item) : null;

  // Open at the anchor, or at the top: never where the previous entity or path step left off.
  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    el.querySelector('.is-target')?.classList.remove('is-target');
    if (!entity) {
      el.scrollTop = 0;
      return;
    }
    const restored = takeRestoredScroll(location.hash);
    if (restored !== undefined) {
      el.scrollTop = restored;
      return;
    }
    const anchor = !bad && section !== undefined ? findAnchor(entity, section, item) : undefined;
    if (!anchor) {
      el.scrollTop = 0;
      return;
    }
    const goal = document.getElementById(anchorDomId(anchor.section.id, anchor.item?.slug));
    if (goal) scrollToGoal(el, goal, !!anchor.item);
  }, [entity, section, item, bad]);

  // Scrollspy and the scroll memory for Back/Forward.
  useEffect(() => {
    const el = root.current;
    if (!el || !sections.length) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      rememberScroll(location.hash, el.scrollTop);
      const top = el.getBoundingClientRect().top + 90;
      let current: string | null = sections[0].id;
      for (const s of sections) {
        const sec = document.getElementById(anchorDomId(s.id));
        if (sec && sec.getBoundingClientRect().top <= top) current = s.id;
      }
      if (el.scrollTop + el.clientHeight >= el.scrollHeight - 2) current = sections[sections.length - 1].id;
      setActive(current);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      el.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [sections]);

  const go = useCallback((s: string, it?: string) => {
    const el = root.current;
    const goal = document.getElementById(anchorDomId(s, it));
    if (el && goal) scrollToGoal(el, goal, it !== undefined);
  }, []);

  if (!node) return <NotFound what={`No entity has the ID “${id}”.`} />;
  return (
    <div ref={root} className="panel-body" data-entity={id}>
      <header className="panel-head">
        <h2 id="panel-title" tabIndex={-1}>
          {node.name}
        </h2>
        <p className="meta">
          <code>{node.id}</code> <KindBadge kind={node.kind} /> <ConfidenceBadge confidence={node.confidence} />{' '}
          {node.kind !== 'incident' && node.kind !== 'symptom' && <MaturityBadge maturity={node.maturity} />}
          {entity?.extension && <ExtensionBadge />}
          {entity?.kind === 'guarantee' && entity.availability && <AvailabilityBadge availability={entity.availability} />}
        </p>
        {details.status === 'ok' && <ExportMarkdownButton entity={details.entity} />}
      </header>
      {missing && (
        <p className="anchor-missing" role="status">
          {missing} Showing the top of the page.
        </p>
      )}
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
      {entity && (
        <div className="page">
          <PageToc entityId={entity.id} sections={sections} active={active} onGo={go} />
          <div className="page-main">
            <Sections entity={entity} sections={sections} theme={theme} />
          </div>
        </div>
      )}
    </div>
  );
}

function describeMissing(section?: string, item?: string): string {
  if (section === undefined) return 'That link points to a part of the page that does not exist.';
  const label = section in SECTION_LABELS ? SECTION_LABELS[section as PanelSection] : `“${section.slice(0, 60)}”`;
  return item === undefined ? `This page has no section ${label}.` : `${label} has no item “${item.slice(0, 60)}”.`;
}

/** Scrolls the panel so the goal sits just below the sticky table of contents, and marks it. */
function scrollToGoal(container: HTMLElement, goal: HTMLElement, mark: boolean) {
  if (goal.tagName === 'DETAILS') (goal as HTMLDetailsElement).open = true;
  const toc = container.querySelector<HTMLElement>('.page-toc');
  // The TOC is a sticky bar over the text in the panel, a side column in reading mode.
  const overlays = toc && toc.getBoundingClientRect().width > container.clientWidth * 0.6;
  const offset = overlays ? toc.offsetHeight + 8 : 8;
  const top = goal.getBoundingClientRect().top - container.getBoundingClientRect().top + container.scrollTop - offset;
  container.scrollTop = Math.max(0, top);
  if (mark) goal.classList.add('is-target');
}

function Sections({ entity, sections, theme }: { entity: Entity; sections: PageSection[]; theme: Theme }) {
  const diagramItems = sections.find((s) => s.id === 'diagrams')?.items ?? [];
  const diagram = (i: number) => (
    <ErrorBoundary key={`${entity.id}-${i}`} label={`diagram “${entity.diagrams[i].title}”`}>
      <Diagram
        spec={entity.diagrams[i]}
        theme={theme}
        entityId={entity.id}
        index={i}
        anchorId={diagramItems[i] ? anchorDomId('diagrams', diagramItems[i].slug) : undefined}
        linkSlug={diagramItems[i]?.slug}
      />
    </ErrorBoundary>
  );
  const body = (s: PageSection): ReactNode => {
    const items = s.items;
    switch (s.id) {
      case 'overview':
        return <Overview entity={entity} sections={sections} firstDiagram={entity.diagrams.length > 0 ? diagram(0) : null} />;
      case 'diagrams':
        return (
          <>
            {entity.diagrams.length > 1 ? null : <p className="muted">The one diagram is at the top of the page.</p>}
            {entity.diagrams.slice(1).map((_, i) => diagram(i + 1))}
          </>
        );
      case 'failure-modes':
        return <FailureModes entity={entity} items={items} />;
      case 'production':
        return <Production entity={entity} items={items} />;
      case 'parameters':
        return <Parameters entity={entity} items={items} />;
      case 'migration':
        return <Migration entity={entity} items={items} />;
      case 'timeline':
        return <Timeline entity={entity} items={items} />;
      case 'causes':
        return <Causes entity={entity} items={items} />;
      case 'checks':
        return <Checks entity={entity} items={items} />;
      case 'mitigations':
        return <Mitigations entity={entity} items={items} />;
      case 'relations':
        return <Relations id={entity.id} />;
      case 'sources':
        return <Sources entity={entity} items={items} />;
    }
  };
  return (
    <>
      {sections.map((s) => (
        <Section key={s.id} entityId={entity.id} id={s.id} title={s.id === 'overview' ? 'At a glance' : titleOf(s, entity)}>
          {body(s)}
        </Section>
      ))}
    </>
  );
}

function titleOf(s: PageSection, e: Entity): string {
  if (s.id === 'diagrams') return `Diagrams (${e.diagrams.length})`;
  if (s.id === 'sources') return `Sources (${e.sources.length})`;
  return s.label;
}

function Section({ entityId, id, title, children }: { entityId: string; id: PanelSection; title: string; children: ReactNode }) {
  return (
    <section id={anchorDomId(id)} aria-labelledby={`h-${id}`} className={`panel-section section-${id}`}>
      <h3 id={`h-${id}`}>
        {title} {id !== 'overview' && <CopyLink entityId={entityId} section={id} label={`section ${title}`} />}
      </h3>
      {children}
    </section>
  );
}

export function NotFound({ what }: { what: string }) {
  return (
    <div className="not-found panel-body" role="status">
      <h2>Not found</h2>
      <p>{what}</p>
      <p>
        <a href="#/">Back to the whole atlas</a> or use the search box (press <kbd>/</kbd>).
      </p>
    </div>
  );
}

/**
 * The panel frame: a toolbar of its own (reading mode, hide, close — never over the text),
 * resizable by dragging or with the arrow keys on the handle; a bottom sheet on narrow screens.
 */
export function EntityPanel({ children, label }: { children: ReactNode; label: string }) {
  const store = useAppStore();
  const open = useAppState((s) => s.panelOpen);
  const width = useAppState((s) => s.panelWidth);
  const reading = useAppState((s) => s.readingMode);
  const sheet = useAppState((s) => s.sheet);
  const focusNonce = useAppState((s) => s.panelFocusNonce);
  const { graph, index } = useAtlasData();
  const selectedId = useAppState((s) => selectedIdFor(s, graph.paths));
  const title = selectedId ? index.nodeById.get(selectedId)?.name : undefined;

  // Something opened (a click, a search, a deep link, a path step): a peeking sheet comes up far enough to read it.
  useEffect(() => {
    if (selectedId && store.getState().sheet === 'peek') store.getState().setSheet('half');
  }, [selectedId, store]);
  const drag = useRef<{ x: number; w: number } | null>(null);

  // A search result or list row chosen: the reader continues at the entity's heading (tabIndex -1).
  useEffect(() => {
    if (focusNonce) document.getElementById('panel-title')?.focus({ preventScroll: true });
  }, [focusNonce]);

  /** ✕: clear the selection; on a phone the sheet goes away too (the graph gets the whole screen). */
  const close = () => {
    const s = store.getState();
    s.setReadingMode(false);
    s.selectEntity(null);
    if (isNarrow()) s.setPanelOpen(false);
  };

  const onPointerDown = (e: React.PointerEvent) => {
    drag.current = { x: e.clientX, w: width };
    (e.target as HTMLElement).setPointerCapture?.(e.pointerId);
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
      <button type="button" className="panel-reopen" onClick={() => store.getState().setPanelOpen(true)} aria-label="Show details panel">
        ⇤ Details
      </button>
    );
  }
  return (
    <aside className="entity-panel" aria-label={label} data-sheet={sheet} style={{ ['--panel-width' as string]: `${width}px` }}>
      {!reading && (
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
      )}
      <div className="panel-toolbar">
        {!reading && <SheetHandle onClose={close} title={title ?? 'Atlas overview'} />}
        <button type="button" aria-pressed={reading} onClick={() => store.getState().setReadingMode(!reading)} title="Give the page the whole window">
          {reading ? 'Exit reading mode' : 'Reading mode'}
        </button>
        {!reading && (
          <button type="button" className="panel-hide" onClick={() => store.getState().setPanelOpen(false)} aria-label="Hide details panel" title="Hide the panel (the selection stays)">
            Hide ⇥
          </button>
        )}
        <button
          type="button"
          className="panel-close"
          onClick={close}
          aria-label="Close panel"
          title="Close (Esc)"
        >
          ✕
        </button>
      </div>
      <ErrorBoundary label="panel">{children}</ErrorBoundary>
    </aside>
  );
}
