/**
 * The bottom sheet's handle (narrow screens only, hidden by CSS elsewhere): drag it up or down
 * between peek, half and full, or swipe it down from peek to close; tap it, or use the
 * buttons beside it, to move one state. The rules live in model/sheet.
 */
import { useRef } from 'react';
import { useAppState, useAppStore } from '../store/context';
import { sheetAfterDrag, sheetDown, sheetToggle, sheetUp, DRAG_THRESHOLD, type SheetResult, type SheetState } from '../model/sheet';

const LABELS: Record<SheetState, string> = { peek: 'peeking', half: 'half height', full: 'full height' };

/** The sheet's height in each state, measured from the workspace it sits in (see styles.css, .entity-panel[data-sheet]). */
function heightsOf(sheet: HTMLElement): Record<SheetState, number> {
  const room = sheet.parentElement?.closest('.workspace')?.clientHeight ?? window.innerHeight;
  return { peek: 64, half: room * 0.5, full: room };
}

export function SheetHandle({ onClose, title }: { onClose: () => void; title: string }) {
  const store = useAppStore();
  const sheet = useAppState((s) => s.sheet);
  const drag = useRef<{ y: number; h: number; el: HTMLElement; moved: boolean } | null>(null);
  // A drag ends with a click as well; that click must not also toggle the sheet.
  const dragged = useRef(false);
  const apply = (r: SheetResult) => (r === 'closed' ? onClose() : store.getState().setSheet(r));

  const onPointerDown = (e: React.PointerEvent<HTMLElement>) => {
    const el = e.currentTarget.closest<HTMLElement>('.entity-panel');
    if (!el) return;
    drag.current = { y: e.clientY, h: el.getBoundingClientRect().height, el, moved: false };
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: React.PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    const dy = e.clientY - d.y;
    if (Math.abs(dy) >= DRAG_THRESHOLD) d.moved = true;
    // Follow the finger; the state is decided on release.
    if (d.moved) d.el.style.height = `${Math.max(40, d.h - dy)}px`;
  };
  const onPointerEnd = (e: React.PointerEvent) => {
    const d = drag.current;
    drag.current = null;
    dragged.current = !!d?.moved;
    if (!d || !d.moved) return;
    d.el.style.height = '';
    apply(sheetAfterDrag(sheet, e.clientY - d.y, d.h, heightsOf(d.el)));
  };

  return (
    <div className="sheet-controls">
      <button
        type="button"
        className="sheet-handle"
        aria-label={`${title}: details sheet, ${LABELS[sheet]}; tap to ${sheet === 'full' ? 'shrink' : 'expand'}, or drag`}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
        onClick={() => {
          if (dragged.current) dragged.current = false;
          else store.getState().setSheet(sheetToggle(sheet));
        }}
      >
        <span className="grip" aria-hidden="true" />
        {/* The peeking sheet shows only this bar, so it carries the entity's name. */}
        <span className="sheet-title" aria-hidden="true">
          {title}
        </span>
      </button>
      <button type="button" className="sheet-step" onClick={() => store.getState().setSheet(sheetUp(sheet))} disabled={sheet === 'full'} aria-label="Expand the details sheet">
        ▲
      </button>
      <button type="button" className="sheet-step" onClick={() => apply(sheetDown(sheet))} aria-label={sheet === 'peek' ? 'Close the details sheet' : 'Shrink the details sheet'}>
        ▼
      </button>
    </div>
  );
}
