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

export const RELATION_STYLE: Record<RelationType, { line: 'solid' | 'dashed' | 'dotted'; width: number; arrow: string }> = {
  requires: { line: 'solid', width: 2.2, arrow: 'triangle' },
  uses: { line: 'dashed', width: 1.4, arrow: 'triangle' },
  provides: { line: 'solid', width: 1.4, arrow: 'triangle-tee' },
  implies: { line: 'dotted', width: 2, arrow: 'triangle' },
  'builds-on': { line: 'dashed', width: 1, arrow: 'vee' },
  contrasts: { line: 'dotted', width: 1, arrow: 'none' },
  violates: { line: 'solid', width: 1.6, arrow: 'tee' },
  involves: { line: 'dashed', width: 1.2, arrow: 'circle' },
  affects: { line: 'dotted', width: 1, arrow: 'vee' },
  indicates: { line: 'solid', width: 1.2, arrow: 'vee' },
  'caused-by': { line: 'dashed', width: 1.2, arrow: 'triangle' },
  'seen-in': { line: 'dotted', width: 1.2, arrow: 'circle' },
};

export const THEME_COLOURS: Record<Theme, { bg: string; text: string; edge: string; selected: string; path: string }> = {
  light: { bg: '#F8FAFC', text: '#0F172A', edge: '#94A3B8', selected: '#DB2777', path: '#EA580C' },
  dark: { bg: '#0B1120', text: '#E2E8F0', edge: '#475569', selected: '#F472B6', path: '#FB923C' },
};
