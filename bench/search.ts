/**
 * Search keystroke latency in Node, without a browser: builds the full-text index as the compiler
 * does, then types each query one character at a time through `searchItems` (what the search box
 * runs per keystroke) and reports the median, p95 and max per data set, with the index size.
 * Numbers are reported, never asserted.
 *
 *   npx tsx bench/search.ts [DATA_DIR …]     (default: data/; e.g. a set from bench/generate.ts)
 */
import { compileData } from '../compiler/compile.ts';
import { splitForApp } from '../compiler/bundle/split.ts';
import { buildSearchIndex } from '../compiler/bundle/search-index.ts';
import { createSearcher } from '../src/model/search.ts';
import { gzipSync } from 'node:zlib';

const QUERIES = [
  'stale replica after failover',
  'writes dissapeared after failover',
  'retry storm',
  'hot partition',
  'pg_is_in_recovery',
  'consumer lag growing',
  'linearizabil',
  'netflx',
  'split brain',
  'cache stampede thundering herd',
];

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

for (const dir of process.argv.slice(2).length ? process.argv.slice(2) : ['data']) {
  const r = await compileData(dir, { skipDiagramParse: true });
  if (!r.ok) throw new Error(`${dir}: data has problems, e.g. ${r.problems.slice(0, 3).map((p) => `${p.file}: ${p.message}`).join("; ")}`);
  const t0 = performance.now();
  const file = buildSearchIndex(r.bundle);
  const buildMs = performance.now() - t0;
  const json = JSON.stringify(file);
  const { graph } = splitForApp(r.bundle);
  const t1 = performance.now();
  const searcher = createSearcher(graph.search.docs);
  searcher.attachFullText(JSON.parse(json));
  searcher.warm();
  const loadMs = performance.now() - t1;
  // One warm-up pass so the numbers describe a page that has been used, as the browser's JIT would be.
  for (const q of QUERIES) searcher.searchItems(q);
  const times: number[] = [];
  for (const q of QUERIES) {
    for (let i = 1; i <= q.length; i++) {
      const s = performance.now();
      searcher.searchItems(q.slice(0, i));
      times.push(performance.now() - s);
    }
  }
  console.log(
    `${dir}: ${r.bundle.entities.length} entities · index ${(json.length / 1e6).toFixed(1)} MB (${(gzipSync(json).length / 1e6).toFixed(2)} MB gzip), ` +
      `built in ${Math.round(buildMs)} ms, loaded in ${Math.round(loadMs)} ms · keystroke → results over ${times.length} keystrokes: ` +
      `median ${quantile(times, 0.5).toFixed(2)} ms, p95 ${quantile(times, 0.95).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms`,
  );
}
