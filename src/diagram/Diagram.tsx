/**
 * One diagram: loading state, rendered SVG (sanitised by mermaid's strict mode), or an inert
 * error card with the source as text. Never shown with text under MIN_TEXT_PX: a diagram that
 * fits at that size is shown whole; one that does not is shown at a readable scale, pannable
 * in place, with "Open" to the full-viewport reader. Copy source and Download SVG per diagram.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DiagramSpec } from '../model/schema';
import type { Theme } from '../store/types';
import { downloadBlob } from '../ui/download';
import { useAsync } from '../ui/use-async';
import { diagramKey, getRenderedSvg, leadShown, renderCached, renderedByBuild } from './svg-cache';
import { DiagramViewer } from './DiagramViewer';
import { DIAGRAM_RENDERED } from './marks';
import { MIN_TEXT_PX, naturalSize, smallestTextHeight } from './text-size';

const LOADING = { status: 'loading' } as const;
/** A little above the rule, so rounding never takes the text under it. */
const TARGET_TEXT_PX = MIN_TEXT_PX * 1.08;

type Fit = 'whole' | 'pan';

export function Diagram({
  spec,
  theme,
  entityId,
  index,
  anchorId,
  linkSlug,
}: {
  spec: DiagramSpec;
  theme: Theme;
  entityId: string;
  index: number;
  anchorId?: string;
  linkSlug?: string;
}) {
  const key = diagramKey(spec.source, theme);
  /** The page's top diagram, drawn before anything else (render-queue.ts). */
  const lead = index === 0;
  const cached = getRenderedSvg(key);
  // Mounted, for the render queue: a page the reader has left drops its diagrams that have not started.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  // A lead diagram that goes (or changes) before it is shown must not keep the queue waiting.
  useEffect(() => (lead ? () => leadShown(key) : undefined), [lead, key]);
  const rendered = useAsync(cached === undefined ? key : null, () => renderCached(spec.source, theme, { lead, wanted: () => mounted.current }));
  const state = cached !== undefined ? ({ status: 'ok', value: { svg: cached } } as const) : (rendered ?? LOADING);
  // Keyed on the SVG text, not the state object: the same diagram must be inserted (and marked) once.
  const svg = state.status === 'ok' ? state.value.svg : null;
  const [full, setFull] = useState(false);
  const [copied, setCopied] = useState(false);
  const [fit, setFit] = useState<Fit>('whole');
  const host = useRef<HTMLDivElement>(null);
  const textAt1 = useRef<number | null>(null);

  /** Scales the SVG to the panel's width, or up to the readable size when that is too small. */
  const layout = useCallback(() => {
    const h = host.current;
    const el = h?.querySelector('svg');
    if (!h || !el) return;
    const nat = naturalSize(el);
    if (!nat) return;
    const setScale = (s: number) => {
      el.style.maxWidth = 'none';
      el.style.width = `${nat.width * s}px`;
      el.style.height = `${nat.height * s}px`;
    };
    if (textAt1.current === null) {
      setScale(1);
      const t = smallestTextHeight(el);
      textAt1.current = Number.isFinite(t) ? t : 0;
    }
    const style = getComputedStyle(h);
    const room = h.clientWidth - parseFloat(style.paddingLeft || '0') - parseFloat(style.paddingRight || '0');
    if (room <= 0) return;
    const whole = Math.min(1.5, room / nat.width);
    const t = textAt1.current;
    let scale = !t || t * whole >= TARGET_TEXT_PX ? whole : TARGET_TEXT_PX / t;
    setScale(scale);
    // Text does not scale exactly linearly (font hinting, label boxes): measure again and correct.
    for (let i = 0; t && i < 3; i++) {
      const now = smallestTextHeight(el);
      if (!Number.isFinite(now) || now >= MIN_TEXT_PX * 1.04) break; // headroom for a later reflow
      scale *= (TARGET_TEXT_PX / now);
      setScale(scale);
    }
    setFit(scale > whole + 1e-6 ? 'pan' : 'whole');
  }, []);

  useLayoutEffect(() => {
    const h = host.current;
    if (svg === null || !h) return;
    // Sanitised SVG only: mermaid's strict mode, or DOMPurify for a pre-rendered file. The only raw markup we insert.
    h.innerHTML = svg;
    textAt1.current = null;
    layout();
    performance.mark(DIAGRAM_RENDERED, { detail: { entity: entityId, index } });
    if (lead) leadShown(key);
    if (typeof ResizeObserver === 'undefined') return;
    let last = h.clientWidth;
    const ro = new ResizeObserver(() => {
      if (h.clientWidth !== last) {
        last = h.clientWidth;
        layout();
      }
    });
    ro.observe(h);
    return () => ro.disconnect();
  }, [svg, entityId, index, layout, key, lead]);

  const drag = useRef<{ x: number; y: number; left: number; top: number } | null>(null);
  const onPointerDown = (e: React.PointerEvent) => {
    if (fit !== 'pan' || e.pointerType === 'touch' || !host.current) return; // touch pans natively
    drag.current = { x: e.clientX, y: e.clientY, left: host.current.scrollLeft, top: host.current.scrollTop };
    host.current.setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: React.PointerEvent) => {
    const d = drag.current;
    if (!d || !host.current) return;
    host.current.scrollLeft = d.left - (e.clientX - d.x);
    host.current.scrollTop = d.top - (e.clientY - d.y);
  };

  const slug = `${entityId}-${index + 1}`;
  const copySource = () =>
    navigator.clipboard?.writeText(spec.source).then(
      () => {
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      },
      () => undefined,
    );
  const download = () => svg !== null && downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `${slug}.svg`);
  return (
    <figure
      className="diagram page-item"
      id={anchorId}
      data-status={state.status}
      data-fit={state.status === 'ok' ? fit : undefined}
      data-drawn-by={state.status === 'ok' ? (renderedByBuild(key) ? 'build' : 'browser') : undefined}
    >
      <figcaption>
        <span className="diagram-title">
          {linkSlug && <a className="copy-link diagram-anchor" href={`#/entity/${encodeURIComponent(entityId)}/diagrams/${linkSlug}`} aria-label={`Link to ${spec.title}`}>#</a>}
          {spec.title}
        </span>
        <span className="diagram-type">{spec.type.replace('-', ' ')}</span>
      </figcaption>
      {spec.shows && <p className="diagram-shows">{spec.shows}</p>}
      {state.status === 'loading' && (
        <div className="diagram-loading" role="status">
          <span className="spinner" aria-hidden="true" /> Rendering diagram…
        </div>
      )}
      {state.status === 'ok' && (
        <div className="diagram-frame">
          {/* Focusable so keyboard users can scroll a large diagram. */}
          <div
            className="diagram-svg"
            ref={host}
            tabIndex={0}
            role="img"
            aria-label={`Diagram: ${spec.title}`}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={() => (drag.current = null)}
            onPointerCancel={() => (drag.current = null)}
            onDoubleClick={() => setFull(true)}
          />
          {fit === 'pan' && (
            <button type="button" className="diagram-open-overlay" onClick={() => setFull(true)}>
              ⤢ Open to read it whole
            </button>
          )}
        </div>
      )}
      {state.status === 'error' && (
        <div className="diagram-error" role="alert">
          <p>
            <strong>This diagram could not be rendered.</strong> {state.message.slice(0, 300)}
          </p>
          <pre>{spec.source}</pre>
        </div>
      )}
      <div className="diagram-actions">
        <button type="button" className="diagram-open" disabled={state.status !== 'ok'} onClick={() => setFull(true)}>
          ⤢ Open
        </button>
        <button type="button" onClick={copySource}>
          {copied ? 'Copied' : 'Copy source'}
        </button>
        <button type="button" disabled={state.status !== 'ok'} onClick={download}>
          Download SVG
        </button>
        {fit === 'pan' && state.status === 'ok' && <span className="muted diagram-hint">Shown at a readable size: drag or scroll to see the rest.</span>}
      </div>
      {full && svg !== null && <DiagramViewer title={spec.title} svg={svg} onClose={() => setFull(false)} onCopySource={copySource} onDownload={download} />}
    </figure>
  );
}
