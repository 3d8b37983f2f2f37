/**
 * The phone bottom sheet's states and how buttons and drags move between them. Pure, so the
 * gesture rules are tested without a browser: a short flick moves one state, a long drag
 * lands on the nearest state, and dragging down from peek closes the sheet.
 */
export type SheetState = 'peek' | 'half' | 'full';
export type SheetResult = SheetState | 'closed';

export const SHEET_STATES: readonly SheetState[] = ['peek', 'half', 'full'];

/** A drag shorter than this (px) is a tap, not a gesture. */
export const DRAG_THRESHOLD = 24;

export function sheetUp(s: SheetState): SheetState {
  return SHEET_STATES[Math.min(SHEET_STATES.indexOf(s) + 1, SHEET_STATES.length - 1)];
}

/** One state down; below peek the sheet closes. */
export function sheetDown(s: SheetState): SheetResult {
  const i = SHEET_STATES.indexOf(s);
  return i === 0 ? 'closed' : SHEET_STATES[i - 1];
}

/** Tapping the handle: peek and half open further, full goes back to half. */
export function sheetToggle(s: SheetState): SheetState {
  return s === 'full' ? 'half' : sheetUp(s);
}

/**
 * Where a vertical drag of the handle ends. `dy` is the pointer's travel (positive = down);
 * `heights` are the sheet's heights in px for each state, `height` the sheet's height when the drag began.
 */
export function sheetAfterDrag(s: SheetState, dy: number, height: number, heights: Record<SheetState, number>): SheetResult {
  if (Math.abs(dy) < DRAG_THRESHOLD) return s;
  const target = height - dy;
  // Dragged below half the peek height: the user is throwing the sheet away.
  if (target < heights.peek / 2) return 'closed';
  let best: SheetState = s;
  let bestDistance = Infinity;
  for (const state of SHEET_STATES) {
    const d = Math.abs(heights[state] - target);
    if (d < bestDistance) {
      best = state;
      bestDistance = d;
    }
  }
  // A flick that would land on the same state still moves one step in its direction.
  if (best === s) return dy > 0 ? sheetDown(s) : sheetUp(s);
  return best;
}
