/**
 * The one mermaid configuration of the atlas, shared by the app (src/diagram/mermaid.ts) and the
 * data compiler (compiler/diagrams), so that a diagram the compiler accepts is checked with exactly
 * the settings the app renders it with. Pure data: no mermaid import.
 */
import type { Theme } from '../store/types';

/** Keys a diagram may not override (mermaid refuses them in directives and front matter). */
export const SECURE_KEYS = [
  'secure',
  'securityLevel',
  'startOnLoad',
  'maxTextSize',
  'maxEdges',
  'suppressErrorRendering',
  'dompurifyConfig',
  'theme',
  'themeVariables',
  'themeCSS',
  'fontFamily',
  'htmlLabels',
  'deterministicIds',
];

export const MERMAID_LIMITS = { maxTextSize: 50_000, maxEdges: 500 } as const;

export function mermaidConfig(theme: Theme) {
  return {
    startOnLoad: false,
    securityLevel: 'strict' as const,
    secure: SECURE_KEYS,
    theme: theme === 'dark' ? ('dark' as const) : ('default' as const),
    maxTextSize: MERMAID_LIMITS.maxTextSize,
    maxEdges: MERMAID_LIMITS.maxEdges,
    htmlLabels: false,
    flowchart: { htmlLabels: false },
    suppressErrorRendering: true,
    fontFamily: 'system-ui, sans-serif',
  };
}
