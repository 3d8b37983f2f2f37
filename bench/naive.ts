/**
 * The naive reference build (bench/naive/): built into each data set's dist/ snapshot under
 * naive/, where it reads the same compiled ../atlas/graph.json, and measured in the same run
 * as the app, interleaved, so the app/naive ratio does not drift with the machine.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { launchChromium, type LaunchedBrowser } from '../tests/e2e/browser.ts';
import { BUILD_TIMEOUT_MS, ROOT } from './paths.ts';
import { tail } from './processes.ts';
import { PROBE_SCRIPT } from './probe.ts';
import { step } from './scenario.ts';

export interface NaiveRun {
  graphReadyMs: number;
  pageErrors: string[];
}

/** Builds bench/naive/ into <snapshot>/naive/ (production React, like the app). */
export function buildNaive(snapshot: string): void {
  const out = join(snapshot, 'naive');
  const r = spawnSync('npx', ['vite', 'build', '--config', join('bench', 'naive', 'vite.config.ts'), '--outDir', out], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
  });
  if (r.status !== 0) throw new Error(`naive build failed (exit ${r.status ?? r.signal}):\n${tail(`${r.stdout}\n${r.stderr}`, 30)}`);
}

/** One cold load of the naive build in a fresh browser: navigation → its graph-ready mark. */
export async function runNaive(baseUrl: string, onBrowser?: (b: LaunchedBrowser | null) => void): Promise<NaiveRun> {
  const b = await step('launch Chromium (naive)', 60_000, () => launchChromium());
  onBrowser?.(b);
  try {
    const page = await b.browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.addInitScript({ content: PROBE_SCRIPT });
    await step('navigate (naive)', 60_000, () => page.goto(new URL('naive/', baseUrl).href, { waitUntil: 'commit' }));
    const mark = (await step('naive graph-ready', 120_000, () =>
      page.evaluate(`window.__bench.waitMark('atlas:graph-ready', 0, 115000)`),
    )) as { startTime: number };
    return { graphReadyMs: mark.startTime, pageErrors };
  } finally {
    onBrowser?.(null);
    await b.close().catch(() => undefined);
  }
}
