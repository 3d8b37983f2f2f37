/**
 * The only module that imports mermaid. It loads mermaid on first need (so it
 * is never in the initial bundle), keeps the promise, and renders with
 * securityLevel 'strict'. Diagram text cannot loosen this configuration:
 * directives and front matter are stripped before rendering, and the keys
 * that matter are listed in `secure` so mermaid itself refuses overrides. The configuration
 * itself lives in mermaid-config.ts, shared with the data compiler.
 */
import type { Mermaid } from 'mermaid';
import type { Theme } from '../store/types';
import { mermaidConfig } from './mermaid-config';

let mermaidPromise: Promise<Mermaid> | null = null;
let configuredTheme: Theme | null = null;
let counter = 0;

export function loadMermaid(): Promise<Mermaid> {
  mermaidPromise ??= import('mermaid').then((m) => m.default);
  // A failed load (offline, bad deploy) must not stick: allow a retry.
  mermaidPromise.catch(() => {
    mermaidPromise = null;
  });
  return mermaidPromise;
}

function configure(mermaid: Mermaid, theme: Theme) {
  if (configuredTheme === theme) return;
  mermaid.initialize(mermaidConfig(theme));
  configuredTheme = theme;
}

/**
 * Loads mermaid and the code for the diagram types the atlas uses most as soon
 * as the user shows intent (pointing at a node), so the click that follows
 * renders its diagrams without waiting for the download. Parsing a tiny diagram
 * pulls in each type's lazy chunk without touching the DOM.
 */
let preloaded = false;

export function preloadMermaid(): void {
  if (preloaded) return;
  preloaded = true;
  loadMermaid().then(
    async (mermaid) => {
      for (const src of ['flowchart LR\n  a --> b', 'sequenceDiagram\n  a->>b: x', 'timeline\n  2020 : x', 'stateDiagram-v2\n  [*] --> a']) {
        await mermaid.parse(src).catch(() => undefined);
      }
    },
    () => undefined,
  );
}

/** Removes `%%{...}%%` directives and a leading `---` front-matter block. */
export function stripDirectives(source: string): string {
  let s = source.replace(/%%\{[\s\S]*?\}%%/g, '');
  s = s.replace(/^\s*---\s*\n[\s\S]*?\n\s*---\s*(\n|$)/, '');
  return s;
}

export interface RenderedDiagram {
  svg: string;
}

/** Renders one diagram to an SVG string. Rejects with the parser's message on failure. */
export async function renderDiagram(source: string, theme: Theme): Promise<RenderedDiagram> {
  const mermaid = await loadMermaid();
  configure(mermaid, theme);
  const id = `atlas-diagram-${++counter}`;
  try {
    const { svg } = await mermaid.render(id, stripDirectives(source));
    return { svg };
  } finally {
    // mermaid leaves a scratch element behind when rendering fails.
    document.getElementById(id)?.remove();
    document.getElementById(`d${id}`)?.remove();
  }
}
