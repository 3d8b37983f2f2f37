/** Marked when a diagram's SVG is in the page, with `{ entity, index }` as detail (benchmark, camera timing). */
export const DIAGRAM_RENDERED = 'atlas:diagram-rendered';
