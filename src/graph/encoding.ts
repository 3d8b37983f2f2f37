/** Visual encoding per kind and relation type, for both themes. Shape carries the kind too, for colour-blind users. */
import type { Kind, RelationType } from '../model/schema';
import type { Theme } from '../store/types';

export const KIND_STYLE: Record<Kind, { shape: string; light: string; dark: string; glyph: string }> = {
  guarantee: { shape: 'ellipse', light: '#2563EB', dark: '#60A5FA', glyph: '●' },
  mechanism: { shape: 'round-rectangle', light: '#059669', dark: '#34D399', glyph: '■' },
  'micro-pattern': { shape: 'diamond', light: '#D97706', dark: '#FBBF24', glyph: '◆' },
  'system-pattern': { shape: 'hexagon', light: '#7C3AED', dark: '#A78BFA', glyph: '⬢' },
  'case-study': { shape: 'triangle', light: '#0E7490', dark: '#22D3EE', glyph: '▲' },
  incident: { shape: 'star', light: '#DC2626', dark: '#F87171', glyph: '★' },
  symptom: { shape: 'vee', light: '#BE185D', dark: '#F472B6', glyph: '▼' },
};

/**
 * Relation types: colour AND line style AND arrow, so no type relies on colour alone. Colours are
 * the Okabe–Ito palette (distinguishable with protanopia, deuteranopia and tritanopia), one shade
 * per theme so each line keeps ≥ 3:1 contrast against the canvas; within one colour the line
 * style differs. Groups share a hue family: framework structure (blue/green), alternatives
 * (grey), incidents (vermillion/orange), symptoms (purple).
 */
export const RELATION_STYLE: Record<RelationType, { line: 'solid' | 'dashed' | 'dotted'; width: number; arrow: string; light: string; dark: string }> = {
  requires: { line: 'solid', width: 2.2, arrow: 'triangle', light: '#0072B2', dark: '#56B4E9' },
  uses: { line: 'dashed', width: 1.6, arrow: 'triangle', light: '#0072B2', dark: '#56B4E9' },
  provides: { line: 'solid', width: 1.6, arrow: 'triangle-tee', light: '#007A5A', dark: '#009E73' },
  implies: { line: 'dotted', width: 2.2, arrow: 'triangle', light: '#007A5A', dark: '#009E73' },
  'builds-on': { line: 'dashed', width: 1.4, arrow: 'vee', light: '#007A5A', dark: '#009E73' },
  contrasts: { line: 'dotted', width: 1.6, arrow: 'none', light: '#5B6472', dark: '#A3ADBB' },
  violates: { line: 'solid', width: 1.8, arrow: 'tee', light: '#C24100', dark: '#E8803A' },
  involves: { line: 'dashed', width: 1.6, arrow: 'circle', light: '#C24100', dark: '#E8803A' },
  affects: { line: 'dotted', width: 1.8, arrow: 'vee', light: '#A86F00', dark: '#E69F00' },
  indicates: { line: 'solid', width: 1.6, arrow: 'vee', light: '#A3447E', dark: '#CC79A7' },
  'caused-by': { line: 'dashed', width: 1.6, arrow: 'triangle', light: '#A3447E', dark: '#CC79A7' },
  'seen-in': { line: 'dotted', width: 1.8, arrow: 'circle', light: '#A3447E', dark: '#CC79A7' },
};

/** SVG stroke-dasharray for a line style (legend samples), matching cytoscape's look. */
export const DASH: Record<'solid' | 'dashed' | 'dotted', string | undefined> = { solid: undefined, dashed: '6 4', dotted: '1.5 3' };

export const THEME_COLOURS: Record<Theme, { bg: string; text: string; edge: string; selected: string; path: string }> = {
  light: { bg: '#F8FAFC', text: '#0F172A', edge: '#94A3B8', selected: '#DB2777', path: '#EA580C' },
  dark: { bg: '#0B1120', text: '#E2E8F0', edge: '#475569', selected: '#F472B6', path: '#FB923C' },
};
