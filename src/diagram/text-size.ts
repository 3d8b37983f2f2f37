/**
 * How tall a diagram's text is on screen: the smallest line box of any label (SVG <text>
 * lines, or the HTML labels mermaid puts in <foreignObject>). The panel sizes diagrams so
 * this is never under MIN_TEXT_PX; the browser tests measure the same way.
 */
export const MIN_TEXT_PX = 10;

export function smallestTextHeight(svg: Element): number {
  let min = Infinity;
  const take = (h: number) => {
    if (h > 0.5 && h < min) min = h;
  };
  for (const t of svg.querySelectorAll('text')) {
    if (!t.textContent?.trim()) continue;
    const lines = [...t.querySelectorAll('tspan')].filter((x) => x.textContent?.trim() && !x.querySelector('tspan'));
    if (lines.length) lines.forEach((l) => take(l.getBoundingClientRect().height));
    else take(t.getBoundingClientRect().height);
  }
  const range = svg.ownerDocument.createRange();
  for (const fo of svg.querySelectorAll('foreignObject')) {
    const walker = svg.ownerDocument.createTreeWalker(fo, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim()) continue;
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) take(r.height);
    }
  }
  return min;
}

/** The natural (1:1) size of a mermaid SVG, from its viewBox. */
export function naturalSize(svg: SVGSVGElement): { width: number; height: number } | null {
  const vb = svg.viewBox?.baseVal;
  if (vb && vb.width > 0 && vb.height > 0) return { width: vb.width, height: vb.height };
  const w = parseFloat(svg.getAttribute('width') ?? '');
  const h = parseFloat(svg.getAttribute('height') ?? '');
  return w > 0 && h > 0 ? { width: w, height: h } : null;
}
