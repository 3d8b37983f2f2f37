/**
 * The diagram reader: a full-viewport modal view. Wheel and pinch zoom at the pointer, drag
 * to pan (mouse, pen or touch), Fit and 1:1, keyboard (+ − zoom, 0 fit, 1 actual size,
 * arrows pan), and Esc closes only the reader (the selection stays).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { naturalSize } from './text-size';

interface Camera {
  x: number;
  y: number;
  s: number;
}
const MIN_SCALE = 0.05;
const MAX_SCALE = 16;
const clamp = (s: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));

export function DiagramViewer({
  title,
  svg,
  onClose,
  onCopySource,
  onDownload,
}: {
  title: string;
  svg: string;
  onClose: () => void;
  onCopySource: () => void;
  onDownload: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const host = useRef<HTMLDivElement>(null);
  const size = useRef<{ width: number; height: number }>({ width: 800, height: 600 });
  const [cam, setCam] = useState<Camera>({ x: 0, y: 0, s: 1 });
  const pointers = useRef(new Map<number, { x: number; y: number }>());

  const fit = useCallback(() => {
    const st = stage.current;
    if (!st) return;
    const { width, height } = size.current;
    const s = clamp(Math.min(st.clientWidth / width, st.clientHeight / height) * 0.96);
    setCam({ s, x: (st.clientWidth - width * s) / 2, y: (st.clientHeight - height * s) / 2 });
  }, []);

  /** Zooms keeping the point (px, py) of the stage still; `factor` may depend on the current scale. */
  const zoomAt = useCallback((px: number, py: number, factor: number | ((s: number) => number)) => {
    setCam((c) => {
      const s = clamp(typeof factor === 'number' ? c.s * factor : factor(c.s));
      const k = s / c.s;
      return { s, x: px - (px - c.x) * k, y: py - (py - c.y) * k };
    });
  }, []);

  const zoomCentre = (factor: number | ((s: number) => number)) => {
    const st = stage.current;
    if (st) zoomAt(st.clientWidth / 2, st.clientHeight / 2, factor);
  };
  const actualSize = () => zoomCentre(() => 1);

  useLayoutEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal?.();
    const h = host.current;
    if (!h) return;
    h.innerHTML = svg; // already sanitised by mermaid (strict)
    const el = h.querySelector('svg');
    const nat = el ? naturalSize(el) : null;
    if (el && nat) {
      size.current = nat;
      el.setAttribute('width', String(nat.width));
      el.setAttribute('height', String(nat.height));
      el.style.maxWidth = 'none';
      el.style.width = `${nat.width}px`;
      el.style.height = `${nat.height}px`;
    }
    fit();
  }, [svg, fit]);

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const st = stage.current;
    if (!st) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const r = st.getBoundingClientRect();
      const delta = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
      zoomAt(e.clientX - r.left, e.clientY - r.top, Math.exp(-delta * (e.ctrlKey ? 0.01 : 0.0015)));
    };
    st.addEventListener('wheel', onWheel, { passive: false });
    return () => st.removeEventListener('wheel', onWheel);
  }, [zoomAt]);

  const local = (e: React.PointerEvent) => {
    const r = stage.current!.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const onPointerDown = (e: React.PointerEvent) => {
    pointers.current.set(e.pointerId, local(e));
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: React.PointerEvent) => {
    const prev = pointers.current.get(e.pointerId);
    if (!prev) return;
    const p = local(e);
    if (pointers.current.size === 1) {
      setCam((c) => ({ ...c, x: c.x + p.x - prev.x, y: c.y + p.y - prev.y }));
    } else if (pointers.current.size === 2) {
      const other = [...pointers.current.entries()].find(([id]) => id !== e.pointerId)![1];
      const before = Math.hypot(prev.x - other.x, prev.y - other.y);
      const after = Math.hypot(p.x - other.x, p.y - other.y);
      const mid = { x: (p.x + other.x) / 2, y: (p.y + other.y) / 2 };
      const midBefore = { x: (prev.x + other.x) / 2, y: (prev.y + other.y) / 2 };
      if (before > 0) {
        setCam((c) => {
          const s = clamp(c.s * (after / before));
          const k = s / c.s;
          return { s, x: mid.x - (midBefore.x - c.x) * k, y: mid.y - (midBefore.y - c.y) * k };
        });
      }
    }
    pointers.current.set(e.pointerId, p);
  };
  const onPointerUp = (e: React.PointerEvent) => {
    pointers.current.delete(e.pointerId);
  };

  const close = () => {
    if (dialog.current?.open) dialog.current.close();
    else onClose();
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const step = 80;
    switch (e.key) {
      case 'Escape':
        // Only the reader closes: the global Esc (clear the selection) must not see this key.
        e.preventDefault();
        e.stopPropagation();
        close();
        return;
      case '+':
      case '=':
        zoomCentre(1.25);
        break;
      case '-':
      case '_':
        zoomCentre(1 / 1.25);
        break;
      case '0':
        fit();
        break;
      case '1':
        actualSize();
        break;
      case 'ArrowLeft':
        setCam((c) => ({ ...c, x: c.x + step }));
        break;
      case 'ArrowRight':
        setCam((c) => ({ ...c, x: c.x - step }));
        break;
      case 'ArrowUp':
        setCam((c) => ({ ...c, y: c.y + step }));
        break;
      case 'ArrowDown':
        setCam((c) => ({ ...c, y: c.y - step }));
        break;
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <dialog ref={dialog} className="diagram-viewer" aria-label={`${title} (diagram reader)`} onClose={onClose} onKeyDown={onKeyDown}>
      <div className="viewer-bar">
        <strong className="viewer-title">{title}</strong>
        <span className="viewer-tools">
          <button type="button" onClick={() => zoomCentre(1 / 1.25)} aria-label="Zoom out" title="Zoom out (−)">
            −
          </button>
          <span className="viewer-zoom" aria-live="polite">
            {Math.round(cam.s * 100)}%
          </span>
          <button type="button" onClick={() => zoomCentre(1.25)} aria-label="Zoom in" title="Zoom in (+)">
            +
          </button>
          <button type="button" onClick={fit} title="Fit the whole diagram (0)">
            Fit
          </button>
          <button type="button" onClick={actualSize} title="Actual size (1)">
            1:1
          </button>
          <button type="button" onClick={onCopySource}>
            Copy source
          </button>
          <button type="button" onClick={onDownload}>
            Download SVG
          </button>
          <button type="button" onClick={close} aria-label="Close the reader" title="Close (Esc)">
            ✕ Close
          </button>
        </span>
      </div>
      <div
        ref={stage}
        className="viewer-stage"
        tabIndex={0}
        role="application"
        aria-label={`${title}: drag to pan, wheel or pinch to zoom, + − 0 1 and arrow keys`}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onDoubleClick={(e) => {
          const r = stage.current!.getBoundingClientRect();
          zoomAt(e.clientX - r.left, e.clientY - r.top, 2);
        }}
      >
        <div ref={host} className="viewer-svg" style={{ transform: `translate(${cam.x}px, ${cam.y}px) scale(${cam.s})` }} />
      </div>
      <p className="viewer-hint">Drag to pan · wheel or pinch to zoom · + − 0 (fit) 1 (1:1) and arrows · Esc closes</p>
    </dialog>
  );
}
