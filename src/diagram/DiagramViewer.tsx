/** Full-screen diagram view with zoom and pan (scroll), as a modal dialog. */
import { useEffect, useRef, useState } from 'react';

export function DiagramViewer({ title, svg, onClose }: { title: string; svg: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const host = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState(1);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal?.();
    if (host.current) host.current.innerHTML = svg; // already sanitised by mermaid (strict)
  }, [svg]);

  return (
    <dialog ref={dialog} className="diagram-viewer" aria-label={`${title} (full screen)`} onClose={onClose}>
      <div className="viewer-bar">
        <strong>{title}</strong>
        <span>
          <button type="button" onClick={() => setZoom((z) => Math.min(z * 1.25, 6))} aria-label="Zoom in">+</button>
          <button type="button" onClick={() => setZoom((z) => Math.max(z / 1.25, 0.25))} aria-label="Zoom out">−</button>
          <button type="button" onClick={() => setZoom(1)}>100%</button>
          <button type="button" onClick={() => dialog.current?.close()} aria-label="Close full screen">Close</button>
        </span>
      </div>
      <div className="viewer-scroll" tabIndex={0}>
        <div ref={host} className="viewer-svg" style={{ transform: `scale(${zoom})` }} />
      </div>
    </dialog>
  );
}
