/**
 * `check:data --render`: renders every diagram in Chromium (Debian's /usr/bin/chromium through
 * playwright-core, never a downloaded browser) with mermaid's browser build and the app's own
 * configuration, so what passes is exactly what the app's diagram view will draw without an error card.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mermaidConfig } from '../../src/diagram/mermaid-config.ts';
import type { Theme } from '../../src/store/types.ts';
import type { DiagramJob, DiagramProblem } from './check-diagrams.ts';
import { translateMermaidError } from './mermaid-errors.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export interface BrowserRender {
  /** `id` (default: a fresh one) becomes the SVG element's id, which scopes mermaid's CSS. */
  render(source: string, theme?: Theme, id?: string): Promise<{ ok: true; svg: string } | { ok: false; error: string }>;
  close(): Promise<void>;
}

/** Opens one page with mermaid loaded; render() reuses it for every diagram. */
export async function openRenderer(): Promise<BrowserRender> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'atlas-render-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const page = await context.newPage();
  await page.setContent('<!doctype html><html><body></body></html>');
  const require = createRequire(import.meta.url);
  await page.addScriptTag({ path: join(require.resolve('mermaid/package.json'), '..', 'dist', 'mermaid.min.js') });
  let n = 0;
  return {
    async render(source, theme = 'light', id = `atlas-render-${++n}`) {
      return page.evaluate(
        async ({ source, config, id }) => {
          const m = (window as unknown as { mermaid: { initialize(c: unknown): void; render(id: string, s: string): Promise<{ svg: string }> } }).mermaid;
          m.initialize(config);
          try {
            const { svg } = await m.render(id, source);
            return { ok: true as const, svg };
          } catch (err) {
            return { ok: false as const, error: String((err as Error)?.message ?? err) };
          } finally {
            document.getElementById(id)?.remove();
            document.getElementById(`d${id}`)?.remove();
          }
        },
        { source, config: mermaidConfig(theme), id },
      );
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Renders every job in both themes; a failure in either is a problem. */
export async function renderInBrowser(jobs: DiagramJob[]): Promise<DiagramProblem[]> {
  const r = await openRenderer();
  const problems: DiagramProblem[] = [];
  try {
    for (const j of jobs) {
      for (const theme of ['light', 'dark'] as const) {
        const out = await r.render(j.source, theme);
        if (out.ok) continue;
        const t = translateMermaidError(out.error, j.source, 'render');
        problems.push({ file: j.file, path: j.path, message: `${t.message} (in Chromium, ${theme} theme)`, ...(t.at ? { at: t.at } : {}) });
        break;
      }
    }
  } finally {
    await r.close();
  }
  return problems;
}
