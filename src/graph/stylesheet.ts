/** The cytoscape stylesheet for a theme. Pure: the adapter applies it. */
import type { StylesheetJson } from 'cytoscape';
import { KINDS, RELATION_TYPES } from '../model/constants';
import type { Theme } from '../store/types';
import { KIND_STYLE, RELATION_STYLE, THEME_COLOURS } from './encoding';

/** Edge classes under which arrows are drawn. */
const ARROWED = ['detailed', 'lit', 'on-path', 'on-chain'];

/** Above this many nodes the graph draws in draft quality: straight "haystack" edges, no arrows, labels on demand. */
export const LARGE_GRAPH = 800;

export function buildStylesheet(theme: Theme, large = false): StylesheetJson {
  const c = THEME_COLOURS[theme];
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(short)',
        'font-size': 'data(fontSize)',
        'font-family': 'system-ui, sans-serif',
        color: c.text,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '160px',
        'text-outline-color': c.bg,
        'text-outline-width': 2,
        // Labels vanish when too small to read instead of turning into a hairball.
        'min-zoomed-font-size': 8,
        'border-width': 1.5,
        'border-color': c.bg,
      },
    },
    { selector: 'node.conf-B', style: { 'border-style': 'dashed', 'border-width': 2, 'border-color': c.text } },
    { selector: 'node.conf-C', style: { 'border-style': 'dotted', 'border-width': 2.5, 'border-color': c.text } },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': c.edge,
        'target-arrow-color': c.edge,
        // Overview edges are cheap straight 'haystack' lines without arrows; arrows appear when
        // zoomed in (class 'detailed') or when an edge is lit, where they can be read.
        'curve-style': 'haystack',
        'haystack-radius': 0,
        'arrow-scale': 0.8,
        opacity: 0.7,
        'font-size': 9,
        color: c.text,
        'text-outline-color': c.bg,
        'text-outline-width': 2,
        'text-rotation': 'autorotate',
      },
    },
  ];
  for (const k of KINDS) {
    const s = KIND_STYLE[k];
    sheet.push({ selector: `node.k-${k}`, style: { 'background-color': s[theme], shape: s.shape as never } });
  }
  for (const r of RELATION_TYPES) {
    const s = RELATION_STYLE[r];
    sheet.push({
      selector: `edge.r-${r}`,
      style: { 'line-style': s.line, width: s.width },
    });
    sheet.push({
      selector: ARROWED.map((cls) => `edge.r-${r}.${cls}`).join(', '),
      style: { 'curve-style': 'straight', 'target-arrow-shape': s.arrow as never },
    });
  }
  if (large) {
    // Draft quality: arrows, curves, thousands of labels and 20,000 edges dominate drawing time at
    // 5,000 nodes (and make an unreadable hairball). Edges appear for whatever is selected, hovered,
    // on a path or a chain; labels as the user zooms in.
    sheet.push(
      { selector: 'node', style: { label: '', 'border-width': 0 } },
      { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', width: 0.6, opacity: 0.3, display: 'none' } },
      { selector: 'edge.lit, edge.on-path, edge.on-chain', style: { display: 'element' } },
    );
  }
  // State classes come last so they win over the per-kind and per-relation rules.
  sheet.push(
    { selector: 'edge.show-label', style: { label: 'data(label)' } },
    { selector: 'node.full-label, node.selected, node.hovered, node.path-current, node.lit, node.on-chain', style: { label: 'data(label)' } },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.dimmed', style: { opacity: 0.12, 'text-opacity': 0 } },
    { selector: 'edge.dimmed', style: { opacity: 0.05 } },
    { selector: '.lit', style: { opacity: 1 } },
    { selector: 'edge.lit', style: { opacity: 1, width: 2, label: 'data(label)', 'font-size': 11, 'line-color': c.selected, 'target-arrow-color': c.selected } },
    { selector: 'node.hop2', style: { opacity: 0.6 } },
    {
      selector: 'node.selected',
      style: { 'border-width': 5, 'border-color': c.selected, 'border-style': 'solid', 'font-weight': 'bold', 'font-size': 18, 'text-max-width': '220px', 'z-index': 20 },
    },
    { selector: 'node.hovered', style: { 'border-width': 4, 'border-color': c.selected, 'z-index': 19 } },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': c.path, 'border-style': 'solid', opacity: 1 } },
    { selector: 'edge.on-path', style: { 'line-color': c.path, 'target-arrow-color': c.path, width: 3, opacity: 1 } },
    { selector: 'node.path-current', style: { 'border-width': 7, 'border-color': c.path, 'font-weight': 'bold', 'z-index': 21 } },
    { selector: 'node.on-chain', style: { 'border-width': 5, 'border-color': c.path, opacity: 1 } },
    { selector: 'edge.on-chain', style: { 'line-color': c.path, 'target-arrow-color': c.path, width: 3.5, opacity: 1, label: 'data(label)' } },
  );
  return sheet;
}
