/**
 * Pre-renders the first diagram of every entity, in both themes, to SVG files next to the detail
 * shards (`npm run build` only, where Chromium is available). A click then shows that diagram
 * without waiting for mermaid's layout, which takes 0.3–1 s per diagram on a slow machine; the
 * other diagrams of the entity still render in the browser. Renders are cached on disk by source,
 * theme and mermaid version, so a rebuild only draws what changed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PRERENDER_INDEX, prerenderFile, type PrerenderIndex } from '../../src/model/app-data.ts';
import type { AtlasBundle } from '../../src/model/bundle.ts';
import { sourceHash } from '../../src/model/source-hash.ts';

export type Theme = 'light' | 'dark';
/** Draws one diagram with the app's mermaid configuration; `id` becomes the SVG's id. */
export type RenderOne = (source: string, theme: Theme, id: string) => Promise<{ ok: true; svg: string } | { ok: false; error: string }>;

export function mermaidVersion(): string {
  const require = createRequire(import.meta.url);
  return (JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf8')) as { version: string }).version;
}

/** The sources to pre-render: each entity's first diagram, once per distinct text. */
export function firstDiagramSources(bundle: Pick<AtlasBundle, 'entities'>): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of bundle.entities) {
    const source = e.diagrams[0]?.source;
    if (source) out.set(sourceHash(source), source);
  }
  return out;
}

export interface PrerenderResult {
  rendered: number;
  fromCache: number;
  failed: number;
}

export async function prerenderFirstDiagrams(
  bundle: Pick<AtlasBundle, 'entities'>,
  outDir: string,
  render: RenderOne,
  cacheDir: string,
  version = mermaidVersion(),
): Promise<PrerenderResult> {
  const result: PrerenderResult = { rendered: 0, fromCache: 0, failed: 0 };
  const done: string[] = [];
  const cache = join(cacheDir, version);
  mkdirSync(cache, { recursive: true });
  for (const [hash, source] of firstDiagramSources(bundle)) {
    const svgs: Partial<Record<Theme, string>> = {};
    for (const theme of ['light', 'dark'] as const) {
      const cached = join(cache, `${hash}-${theme}.svg`);
      if (existsSync(cached)) {
        svgs[theme] = readFileSync(cached, 'utf8');
        result.fromCache++;
        continue;
      }
      // The id scopes mermaid's CSS and markers; one per hash and theme keeps two drawn SVGs apart.
      const out = await render(source, theme, `atlas-pre-${hash}-${theme}`);
      if (!out.ok) break;
      svgs[theme] = out.svg;
      writeFileSync(cached, out.svg);
      result.rendered++;
    }
    if (!svgs.light || !svgs.dark) {
      // The compiler's own checks report why; the app renders this one in the browser.
      result.failed++;
      continue;
    }
    for (const theme of ['light', 'dark'] as const) {
      const file = join(outDir, prerenderFile(hash, theme));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, svgs[theme]!);
    }
    done.push(hash);
  }
  const index: PrerenderIndex = { format: 'atlas-prerender', mermaid: version, hashes: done.sort() };
  mkdirSync(dirname(join(outDir, PRERENDER_INDEX)), { recursive: true });
  writeFileSync(join(outDir, PRERENDER_INDEX), JSON.stringify(index));
  return result;
}
