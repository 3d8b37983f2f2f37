/**
 * `npm run bench` — performance benchmark of the production build in headless
 * Chromium. Numbers are reported, never asserted. See README, "Performance".
 *
 *   npm run bench [-- --runs N] [--quick] [--sizes real,1000,5000] [--query TEXT]
 *                 [--pan-seconds S] [--max-retries N] [--profile] [--keep-data]
 *
 * --runs N         cold runs per data set (default 5; --quick: 2)
 * --sizes LIST     "real" and/or entity counts of synthetic sets (default real,1000,5000)
 * --query TEXT     typed one character at a time into Search (default "linearizabil")
 * --pan-seconds S  length of the pan/zoom test (default 3)
 * --max-retries N  repeat a run up to N times when other programs used more than 10% of
 *                  the CPU during it; the least disturbed attempt counts (default 2)
 * --profile        one extra, uncounted load per set under the V8 profiler
 *                  (bench/results/<set>-load.cpuprofile, top functions printed)
 * --keep-data      keep the generated synthetic data directories
 *
 * For every data set: build the app (`npm run build`, synthetic sets with
 * ATLAS_DATA=<tmp dir>), serve a copy of dist/ under /atlas/, run the scenario
 * N times in a fresh browser each (cold), print median/min/max and write the
 * raw numbers to bench/results/<set>.json plus bench/results/summary.{json,md}.
 * public/atlas/ and dist/ are rebuilt from data/ right after each synthetic
 * build and at the end (also on Ctrl-C), as `npm run build` leaves them.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { assertChromium } from '../tests/e2e/browser.ts';
import { parseArgs, USAGE, type Options } from './args.ts';
import { benchSet, titleOf, type SetResult } from './data-set.ts';
import { RESULTS } from './paths.ts';
import { closeAll, removeTempDirs, restoreSync, scratchDirs, state, tempDirs } from './processes.ts';
import { factsTable, markdownTable, METRICS, type SetReport } from './report.ts';
import type { RunResult } from './scenario.ts';

// ------------------------------------------------------------------ main

async function main(): Promise<number> {
  let o: Options;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`bench: ${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  try {
    assertChromium();
  } catch (err) {
    console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  mkdirSync(RESULTS, { recursive: true });
  const started = new Date();
  const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.replace(/ -- $/, '');
  console.log(`Atlas Explorer benchmark — ${o.runs} cold run(s) per data set: ${o.sizes.join(', ')}; ${cpus().length} CPUs, headless Chromium`);

  // Synthetic sets first and the real one last, so the last build is usually already the one to leave behind.
  const order = [...o.sizes.filter((s) => s !== 'real').sort((a, b) => Number(a) - Number(b)), ...o.sizes.filter((s) => s === 'real')];
  const results = new Map<string, SetResult>();
  const failedSets: { set: string; error: string }[] = [];
  try {
    for (const set of order) {
      if (state.interrupted) break;
      try {
        results.set(set, await benchSet(set, o));
      } catch (err) {
        const msg = err instanceof Error ? err.message : String(err);
        failedSets.push({ set, error: msg });
        console.error(`\n${titleOf(set)} FAILED: ${msg}`);
        await closeAll();
      }
    }
  } finally {
    await closeAll();
    removeTempDirs(o.keepData);
    restoreSync();
  }

  const reports = o.sizes.map((s) => results.get(s)?.report).filter((r): r is SetReport => !!r);
  const ua = [...results.values()].map((r) => (r.json.runs as RunResult[])[0]?.userAgent).find(Boolean) ?? '';
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    browser: /(?:Headless)?Chrome\/[\d.]+/.exec(ua)?.[0] ?? 'Chromium',
    headless: true,
  };
  const md = [
    `Measured ${started.toISOString().slice(0, 10)} on ${machine.cpus} CPU cores (${machine.cpuModel}), ${machine.memoryGB} GB RAM, Node ${machine.node}, ` +
      `${machine.browser} headless (--disable-gpu, software rendering), viewport 1400×900, ${o.runs} cold run${o.runs === 1 ? '' : 's'} per data set (fresh profile each). ` +
      `Cells: median (min–max); ✓/✗ compare the median with the target.`,
    '',
    markdownTable(reports),
    '',
    factsTable(reports),
    '',
    `Reproduce: \`${command}\``,
  ].join('\n');
  writeFileSync(join(RESULTS, 'summary.md'), `${md}\n`);
  writeFileSync(
    join(RESULTS, 'summary.json'),
    `${JSON.stringify(
      {
        date: started.toISOString(),
        command,
        machine,
        runs: o.runs,
        query: o.query,
        metrics: METRICS.map((m) => ({ key: m.key, label: m.label, unit: m.unit })),
        sets: reports.map((r) => ({
          ...r,
          targets: Object.fromEntries(METRICS.filter((m) => m.target?.(r.set)).map((m) => [m.key, m.target!(r.set)])),
        })),
        failedSets,
        markdown: md,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\n${md}\n\nresults: ${RESULTS}/`);
  for (const f of failedSets) console.error(`FAILED: ${titleOf(f.set)}: ${f.error.split('\n')[0]}`);
  return failedSets.length || [...results.values()].some((r) => !r.ok) ? 1 : 0;
}

for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    if (state.interrupted) process.exit(130);
    state.interrupted = true;
    console.error(`\nbench: ${sig}, cleaning up (press Ctrl-C again to quit at once) …`);
    void closeAll().finally(() => {
      removeTempDirs(false);
      restoreSync();
      process.exit(130);
    });
  });
}
// Last resort for any other way out: never leave generated data or dist/ snapshots behind.
process.on('exit', () => {
  for (const d of [...scratchDirs, ...(state.interrupted ? tempDirs : [])]) rmSync(d, { recursive: true, force: true });
});

main().then(
  (code) => process.exit(code),
  async (err: unknown) => {
    console.error(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    await closeAll();
    removeTempDirs(false);
    restoreSync();
    process.exit(1);
  },
);
