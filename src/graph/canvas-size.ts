/**
 * Sizes an overlay canvas to the graph's CSS size at the device's pixel ratio (resizing clears it,
 * so only when the size changed). Returns the ratio to draw at.
 */
export function fitCanvas(canvas: HTMLCanvasElement, width: number, height: number): number {
  const dpr = globalThis.devicePixelRatio || 1;
  const w = Math.round(width * dpr);
  const h = Math.round(height * dpr);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  return dpr;
}
