/**
 * One diagram: loading state, rendered SVG (sanitised by mermaid's strict
 * mode), or an inert error card with the source as text. Copy, download and
 * full-screen zoom per diagram.
 */
import { useEffect, useRef, useState } from 'react';
import type { DiagramSpec } from '../model/schema';
import type { Theme } from '../store/types';
import { downloadBlob } from '../ui/download';
import { useAsync } from '../ui/use-async';
import { diagramKey, getRenderedSvg, renderCached } from './svg-cache';
import { DiagramViewer } from './DiagramViewer';

const LOADING = { status: 'loading' } as const;

export function Diagram({ spec, theme, entityId, index }: { spec: DiagramSpec; theme: Theme; entityId: string; index: number }) {
  const key = diagramKey(spec.source, theme);
  const cached = getRenderedSvg(key);
  const rendered = useAsync(cached === undefined ? key : null, () => renderCached(spec.source, theme));
  const state = cached !== undefined ? ({ status: 'ok', value: { svg: cached } } as const) : (rendered ?? LOADING);
  // Keyed on the SVG text, not the state object: the same diagram must be inserted (and marked) once.
  const svg = state.status === 'ok' ? state.value.svg : null;
  const [full, setFull] = useState(false);
  const [copied, setCopied] = useState(false);
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (svg !== null && host.current) {
      // Mermaid's strict mode sanitised this SVG with DOMPurify; it is the only raw markup we insert.
      host.current.innerHTML = svg;
      performance.mark('atlas:diagram-rendered', { detail: { entity: entityId, index } });
    }
  }, [svg, entityId, index]);

  const slug = `${entityId}-${index + 1}`;
  return (
    <figure className="diagram" data-status={state.status}>
      <figcaption>
        <span className="diagram-title">{spec.title}</span>
        <span className="diagram-type">{spec.type.replace('-', ' ')}</span>
      </figcaption>
      {spec.shows && <p className="diagram-shows">{spec.shows}</p>}
      {state.status === 'loading' && (
        <div className="diagram-loading" role="status">
          <span className="spinner" aria-hidden="true" /> Rendering diagram…
        </div>
      )}
      {/* Focusable so keyboard users can scroll a large diagram. */}
      {state.status === 'ok' && <div className="diagram-svg" ref={host} tabIndex={0} role="img" aria-label={`Diagram: ${spec.title}`} />}
      {state.status === 'error' && (
        <div className="diagram-error" role="alert">
          <p>
            <strong>This diagram could not be rendered.</strong> {state.message.slice(0, 300)}
          </p>
          <pre>{spec.source}</pre>
        </div>
      )}
      <div className="diagram-actions">
        <button
          type="button"
          onClick={() => navigator.clipboard?.writeText(spec.source).then(() => {
            setCopied(true);
            setTimeout(() => setCopied(false), 1500);
          }, () => undefined)}
        >
          {copied ? 'Copied' : 'Copy source'}
        </button>
        <button
          type="button"
          disabled={state.status !== 'ok'}
          onClick={() => state.status === 'ok' && downloadBlob(new Blob([state.value.svg], { type: 'image/svg+xml' }), `${slug}.svg`)}
        >
          Download SVG
        </button>
        <button type="button" disabled={state.status !== 'ok'} onClick={() => setFull(true)}>
          Full screen
        </button>
      </div>
      {full && state.status === 'ok' && <DiagramViewer title={spec.title} svg={state.value.svg} onClose={() => setFull(false)} />}
    </figure>
  );
}
