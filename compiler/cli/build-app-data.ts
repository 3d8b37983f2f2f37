/**
 * Compiles $ATLAS_DATA (default data/) into public/atlas/: the first-paint graph
 * and the detail shards the app fetches, the full-text index and the pre-painted overview SVG (the full bundle comes from build:data). Run by `npm start`
 * and `npm run build`; writes nothing when the data has problems.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GRAPH_FILE, shardFile } from '../../src/model/app-data.ts';
import { compileData } from '../compile.ts';
import { splitForApp } from '../bundle/split.ts';
import { buildSearchIndex } from '../bundle/search-index.ts';
import { OVERVIEW_FILE, overviewSvg } from '../bundle/overview-svg.ts';
import { SEARCH_INDEX_FILE } from '../../src/model/fulltext.ts';
import { dataDirFrom, reportProblems, runCli } from './args.ts';
import { prerenderFirstDiagrams } from '../bundle/prerender.ts';
import { chromiumAvailable, CHROMIUM_PATH, openRenderer } from '../diagrams/browser-render.ts';

/** Where pre-rendered SVGs are kept between builds (by mermaid version, source and theme). */
const PRERENDER_CACHE = resolve(process.env.ATLAS_PRERENDER_CACHE ?? join('node_modules', '.cache', 'atlas-prerender'));

// ATLAS_APP_DATA_DIR lets the browser tests build into their own folder without touching a developer's public/.
export const APP_DATA_DIR = resolve(process.env.ATLAS_APP_DATA_DIR ?? join('public', 'atlas'));

runCli(async () => {
  const dir = dataDirFrom(undefined);
  const t0 = performance.now();
  const result = await compileData(dir);
  if (!result.ok) {
    reportProblems(result.problems);
    return 1;
  }
  const { graph, shards } = splitForApp(result.bundle);
  rmSync(APP_DATA_DIR, { recursive: true, force: true });
  mkdirSync(APP_DATA_DIR, { recursive: true });
  writeFileSync(join(APP_DATA_DIR, GRAPH_FILE), JSON.stringify(graph));
  shards.forEach((s, i) => writeFileSync(join(APP_DATA_DIR, shardFile(i)), JSON.stringify(s)));
  // The overview the page paints before its JavaScript runs (index.html, src/graph/prepaint.ts).
  writeFileSync(join(APP_DATA_DIR, OVERVIEW_FILE), overviewSvg(graph));
  writeFileSync(join(APP_DATA_DIR, SEARCH_INDEX_FILE), JSON.stringify(buildSearchIndex(result.bundle)));
  // `npm run build` passes --prerender; `npm start` does not (the dev server draws every diagram in the browser).
  if (process.argv.includes('--prerender') && process.env.ATLAS_PRERENDER !== '0') {
    if (!chromiumAvailable()) console.log(`pre-rendered first diagrams: skipped (no Chromium at ${CHROMIUM_PATH}); the app draws them in the browser`);
    else {
      const t1 = performance.now();
      const renderer = await openRenderer();
      try {
        const r = await prerenderFirstDiagrams(result.bundle, APP_DATA_DIR, (source, theme, id) => renderer.render(source, theme, id), PRERENDER_CACHE);
        console.log(`pre-rendered first diagrams: ${r.rendered} drawn, ${r.fromCache} from cache, ${r.failed} left to the browser, in ${Math.round(performance.now() - t1)} ms`);
      } finally {
        await renderer.close();
      }
    }
  }
  console.log(
    `atlas data: ${graph.nodes.length} entities, ${graph.edges.length} edges, ${shards.length} detail shards from ${dir} ` +
      `in ${Math.round(performance.now() - t0)} ms`,
  );
  return 0;
});
