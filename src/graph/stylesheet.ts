/** The cytoscape stylesheet for a theme. Pure: the adapter applies it. */
import type { StylesheetJson } from 'cytoscape';
import { KINDS, RELATION_TYPES } from '../model/constants';
import type { Theme } from '../store/types';
import { KIND_STYLE, RELATION_STYLE, THEME_COLOURS } from './encoding';

/** Edge classes under which an edge stands out: cytoscape always draws it (the edge layer never does). */
const STANDOUT_EDGE_CLASSES = ['lit', 'on-path', 'on-chain'];
/** Tests an element's dynamic classes for one of STANDOUT_EDGE_CLASSES. */
export const STANDS_OUT = new RegExp(`\\b(${STANDOUT_EDGE_CLASSES.join('|')})\\b`);
const edgeSelector = (classes: readonly string[]) => classes.map((cls) => `edge.${cls}`).join(', ');
/** Edge classes under which arrows are drawn. */
const ARROWED = edgeSelector(['detailed', ...STANDOUT_EDGE_CLASSES]);

/** Arrows (and dashes) are drawn from this zoom on; below it they are specks, and the edge layer draws the faint edges. */
export const ARROW_ZOOM = 0.8;

/** Opacity of an edge nobody is looking at, and of one dimmed behind a selection (edge-layer.ts draws these). */
export const EDGE_OPACITY = { overview: 0.55, dimmed: 0.05 } as const;

/** Above this many nodes the graph draws in draft quality: straight "haystack" edges, no arrows, labels on demand. */
export const LARGE_GRAPH = 800;

/*
 * Cytoscape's first frame costs roughly "elements × properties set": every property an element
 * takes from the sheet is parsed, diffed and checked for bounds/z-order triggers. So the overview
 * state sets as few properties as it can, and what only matters for arrows or edge labels lives
 * on the classes that show them (most edges never do).
 */
export function buildStylesheet(theme: Theme, large = false): StylesheetJson {
  const c = THEME_COLOURS[theme];
  // No text here: the label layer (label-layer.ts) draws every label at a readable size, choosing
  // which ones fit. Cytoscape only draws shapes and lines.
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 1.5,
        'border-color': c.bg,
      },
    },
    { selector: 'node.conf-B', style: { 'border-style': 'dashed', 'border-width': 2, 'border-color': c.text } },
    { selector: 'node.conf-C', style: { 'border-style': 'dotted', 'border-width': 2.5, 'border-color': c.text } },
    {
      selector: 'edge',
      // Overview edges are cheap straight 'haystack' lines without arrows; arrows appear when
      // zoomed in (class 'detailed') or when an edge is lit, where they can be read.
      // Edges take no pointer events (nothing listens to them): cytoscape's hit test then skips
      // 2,000+ curves on every pointer event, which cost about 60 ms each on the real atlas.
      style: { 'curve-style': 'haystack', 'haystack-radius': 0, opacity: EDGE_OPACITY.overview, events: 'no' },
    },
  ];
  for (const k of KINDS) {
    const s = KIND_STYLE[k];
    sheet.push({ selector: `node.k-${k}`, style: { 'background-color': s[theme], shape: s.shape as never } });
  }
  for (const r of RELATION_TYPES) {
    const s = RELATION_STYLE[r];
    // 'solid' is cytoscape's default: setting it anyway would cost a property per edge.
    const style = { width: s.width, 'line-color': s[theme], 'target-arrow-color': s[theme] };
    sheet.push({ selector: `edge.r-${r}`, style: s.line === 'solid' ? style : { ...style, 'line-style': s.line } });
  }
  sheet.push({
    selector: ARROWED,
    style: { 'curve-style': 'straight', 'target-arrow-shape': 'data(arrow)' as never, 'arrow-scale': 0.9 },
  });
  if (large) {
    // Draft quality: arrows, curves and 20,000 edges dominate drawing time at 5,000 nodes (and make
    // an unreadable hairball). Edges appear for whatever is selected, hovered, on a path or a chain.
    sheet.push(
      { selector: 'node', style: { 'border-width': 0 } },
      { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', width: 0.6, opacity: 0.3, display: 'none' } },
      { selector: edgeSelector(STANDOUT_EDGE_CLASSES), style: { display: 'element' } },
    );
  }
  if (!large) {
    // The faint overview edges are the edge layer's (edge-layer.ts): cytoscape draws an edge once it
    // stands out, or once zoomed in ('detailed') far enough to read its arrow and dashes.
    sheet.push(
      { selector: 'edge', style: { display: 'none' } },
      { selector: edgeSelector(['detailed', ...STANDOUT_EDGE_CLASSES, 'exporting']), style: { display: 'element' } },
    );
  }
  // State classes come last so they win over the per-kind and per-relation rules.
  sheet.push(
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.dimmed', style: { opacity: 0.12 } },
    { selector: 'edge.dimmed', style: { opacity: EDGE_OPACITY.dimmed } },
    { selector: '.lit', style: { opacity: 1 } },
    // A lit edge keeps its relation colour (the legend stays true), only thicker.
    { selector: 'edge.lit', style: { opacity: 1, width: 3 } },
    { selector: 'node.hop2', style: { opacity: 0.6 } },
    { selector: 'node.selected', style: { 'border-width': 5, 'border-color': c.selected, 'border-style': 'solid', 'z-index': 20 } },
    { selector: 'node.hovered', style: { 'border-width': 4, 'border-color': c.selected, 'z-index': 19 } },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': c.path, 'border-style': 'solid', opacity: 1 } },
    { selector: 'edge.on-path', style: { 'line-color': c.path, 'target-arrow-color': c.path, width: 3, opacity: 1 } },
    { selector: 'node.path-current', style: { 'border-width': 7, 'border-color': c.path, 'z-index': 21 } },
    { selector: 'node.on-chain', style: { 'border-width': 5, 'border-color': c.path, opacity: 1 } },
    { selector: 'edge.on-chain', style: { 'line-color': c.path, 'target-arrow-color': c.path, width: 3.5, opacity: 1 } },
  );
  return sheet;
}
