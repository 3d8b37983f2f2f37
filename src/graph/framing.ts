/**
 * How the overview is framed on the canvas. Shared by the live graph's camera (cy-adapter) and the
 * build-time pre-paint (compiler/bundle/overview-svg.ts), so the picture painted before the
 * JavaScript runs sits where the live graph then draws the same nodes. Pure constants.
 */

/** Fits never zoom in further than this: past it a path of three nodes fills the screen and loses its context. */
export const MAX_FIT_ZOOM = 1.5;
/** Screen room (CSS px) kept clear when fitting: region names at the top, the toolbar at the bottom. */
export const FIT_PAD = { top: 64, bottom: 64, side: 40 };
/** Room in model units around the outermost nodes, for the nodes themselves and the label under them. */
export const FIT_MARGIN = { x: 70, y: 60 };

export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The model-space rectangle a fit shows: the points' bounds plus FIT_MARGIN. */
export function fitBounds(points: Iterable<{ x: number; y: number }>): Bounds | null {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  if (x0 === Infinity) return null;
  return { x0: x0 - FIT_MARGIN.x, y0: y0 - FIT_MARGIN.y, x1: x1 + FIT_MARGIN.x, y1: y1 + FIT_MARGIN.y };
}
