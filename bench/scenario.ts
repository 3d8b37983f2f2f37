/**
 * One cold run of the benchmark scenario in a fresh Chromium (new profile, so
 * no HTTP or code cache): load → search → cold click → warm click → click after resting → pan/zoom.
 * Every step is bounded in time; numbers are measured inside the page.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from '../tests/e2e/browser.ts';
import { PROBE_SCRIPT } from './probe.ts';

export interface ClickPlan {
  /** Entities with at least one diagram, most connected first. */
  candidates: string[];
  /** Neighbours of each entity (both directions). */
  neighbours: Map<string, string[]>;
  withDiagrams: Set<string>;
  /** Every node ID (to find empty canvas for the pan test). */
  allIds: string[];
}

export interface ScenarioOptions {
  url: string;
  distDir: string;
  query: string;
  clicks: ClickPlan;
  /** Pan/zoom frame-rate test. */
  fps: boolean;
  panSeconds: number;
  /** Tracks the open browser so the caller can close it on interruption. */
  onBrowser?: (b: LaunchedBrowser | null) => void;
}

export interface InitialFile {
  url: string;
  /** When the request started (ms since navigation). */
  start: number;
  type: 'js' | 'css';
  raw: number;
  gzip: number;
}

export interface KeystrokeResult {
  length: number;
  /** input event → first animation frame showing the final results. */
  latencyMs: number | null;
  /** input event → the DOM change that produced them (before the frame). */
  domMs: number | null;
  results: number;
  longestTaskMs: number;
}

export interface ClickResult {
  intended: string;
  entity: string | null;
  ms: number;
  allDiagramsMs: number;
  longestTaskMs: number;
}

export interface RunResult {
  graphReadyMs: number;
  /** `atlas:graph-visible`: the overview first on screen (null when the build does not set the mark). */
  graphVisibleMs: number | null;
  /** End of the last long task after which none ran for QUIET_WINDOW_MS (TTI-like); null when never quiet within QUIET_MAX_MS. */
  quietMs: number | null;
  graphJsonFetchedMs: number | null;
  entryJsFetchedMs: number | null;
  /** JS and CSS requested before atlas:graph-ready. */
  initial: { files: InitialFile[]; jsGzip: number; cssGzip: number; totalGzip: number; jsRaw: number; cssRaw: number };
  /** JS+CSS (gzip -9) requested before atlas:graph-visible (graph-ready when the build does not set it): the critical path. */
  beforeVisibleGzip: number;
  loadLongestTaskMs: number;
  search: { query: string; keystrokes: KeystrokeResult[]; medianMs: number | null; maxMs: number | null; domMedianMs: number | null; longestTaskMs: number };
  /** rested: the pointer rests on the node until its first diagram is pre-rendered, then clicks. */
  click: { cold: ClickResult; warm: ClickResult; rested: ClickResult | null; longestTaskMs: number };
  interactionLongestTaskMs: number;
  pan: { fps: number; dragFps: number; wheelFps: number; frames: number; seconds: number; worstFrameMs: number; longestTaskMs: number } | null;
  longtaskSupported: boolean;
  userAgent: string;
  pageErrors: string[];
}

const GRAPH_READY = 'atlas:graph-ready';
const QUIET_WINDOW_MS = 2000;
const QUIET_MAX_MS = 30_000;
const DIAGRAM_RENDERED = 'atlas:diagram-rendered';
const DIAGRAM_PRERENDERED = 'atlas:diagram-prerendered';

/** Rejects with a message naming the step when `fn` takes longer than `ms`. */
export async function step<T>(label: string, ms: number, fn: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`step "${label}" did not finish within ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([fn(), timeout]);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    throw new Error(msg.startsWith('step "') ? msg : `step "${label}" failed: ${msg.split('\n')[0]}`);
  } finally {
    clearTimeout(timer);
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Calls window.__bench[fn](...args) in the page (string form: see probe.ts for why). */
function bench<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(`window.__bench.${fn}(${args.map((a) => JSON.stringify(a)).join(', ')})`) as Promise<T>;
}

const gzipCache = new Map<string, { raw: number; gzip: number }>();
function fileSizes(file: string): { raw: number; gzip: number } {
  let s = gzipCache.get(file);
  if (!s) {
    const bytes = readFileSync(file);
    s = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    gzipCache.set(file, s);
  }
  return s;
}

export async function runScenario(opts: ScenarioOptions): Promise<RunResult> {
  const b = await step('launch Chromium', 60_000, () => launchChromium());
  opts.onBrowser?.(b);
  try {
    const page = await b.browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    await page.addInitScript({ content: PROBE_SCRIPT });
    return await scenario(page, opts, pageErrors);
  } finally {
    opts.onBrowser?.(null);
    await b.close().catch(() => undefined);
  }
}

async function scenario(page: Page, opts: ScenarioOptions, pageErrors: string[]): Promise<RunResult> {
  // ---- load
  await step('navigate', 60_000, () => page.goto(opts.url, { waitUntil: 'commit' }));
  const ready = await step('wait for atlas:graph-ready', 120_000, () =>
    bench<{ startTime: number }>(page, 'waitMark', GRAPH_READY, 0, 115_000),
  );
  const graphReadyMs = ready.startTime;
  const graphVisibleMs = (await page.evaluate(
    `(() => { const m = performance.getEntriesByName('atlas:graph-visible')[0]; return m ? m.startTime : null; })()`,
  )) as number | null;
  const load = await page.evaluate(`(() => {
    const gr = ${graphReadyMs};
    const res = performance.getEntriesByType('resource').map((r) => ({ name: r.name, start: r.startTime, end: r.responseEnd }));
    return { res, longest: window.__bench.longestTask(0, gr), supported: window.__bench.longtaskSupported, ua: navigator.userAgent, gr };
  })()`) as { res: { name: string; start: number; end: number }[]; longest: number; supported: boolean; ua: string };
  const origin = new URL(opts.url);
  const files: InitialFile[] = [];
  for (const r of load.res) {
    const u = new URL(r.name);
    const type = extname(u.pathname);
    if (r.start > graphReadyMs || u.origin !== origin.origin || (type !== '.js' && type !== '.css')) continue;
    const rel = decodeURIComponent(u.pathname.slice(origin.pathname.length));
    const s = fileSizes(join(opts.distDir, rel));
    files.push({ url: rel, type: type === '.js' ? 'js' : 'css', start: r.start, ...s });
  }
  const sum = (t: 'js' | 'css', k: 'raw' | 'gzip') => files.filter((f) => f.type === t).reduce((n, f) => n + f[k], 0);
  const graphJson = load.res.find((r) => new URL(r.name).pathname.endsWith('/graph.json'));
  const entryJs = load.res.find((r) => /\/assets\/index-[^/]*\.js$/.test(new URL(r.name).pathname));
  const visibleAt = graphVisibleMs ?? graphReadyMs;
  const beforeVisibleGzip = files.filter((f) => f.start <= visibleAt).reduce((n, f) => n + f.gzip, 0);
  const initial = { files, jsGzip: sum('js', 'gzip'), cssGzip: sum('css', 'gzip'), totalGzip: sum('js', 'gzip') + sum('css', 'gzip'), jsRaw: sum('js', 'raw'), cssRaw: sum('css', 'raw') };
  // Interactions start on a settled page: after graph-ready the graph renderer may keep the main thread
  // busy (texture caching, redraws). How long that lasts is a metric of its own.
  const quiet = await step('wait for a quiet main thread', QUIET_MAX_MS + 10_000, () =>
    bench<{ quiet: boolean; lastLongTaskEnd: number }>(page, 'waitQuiet', QUIET_WINDOW_MS, QUIET_MAX_MS),
  );
  const quietMs = quiet.quiet ? Math.max(graphReadyMs, quiet.lastLongTaskEnd) : null;

  // ---- search: one keystroke at a time, each measured until the listbox stops changing
  const search = await step('search', 180_000, () => measureSearch(page, opts.query));

  // ---- click a node: cold (mermaid not loaded yet), then warm (a different node)
  // Between steps: the camera animation (350 ms), then until no long task for 1 s (at most 15 s).
  const settle = async () => {
    await sleep(800);
    await step('settle', 20_000, () => bench(page, 'waitQuiet', 1000, 15_000));
  };
  const cold = await step('cold click', 90_000, () => measureClick(page, opts.clicks, []));
  await settle();
  const warm = await step('warm click', 90_000, () => measureClick(page, opts.clicks, cold.entity ? [cold.entity] : [cold.intended]));
  await settle();
  const clicked = [cold.entity ?? cold.intended, warm.entity ?? warm.intended];
  const rested = await step('rested click', 90_000, () => measureClick(page, opts.clicks, clicked, true));
  await settle();

  // ---- pan and zoom on the overview
  let pan: RunResult['pan'] = null;
  if (opts.fps) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('f');
    await settle();
    pan = await step('pan/zoom', 60_000, () => measurePan(page, opts.clicks.allIds, opts.panSeconds));
  }

  return {
    graphReadyMs,
    graphVisibleMs,
    quietMs,
    graphJsonFetchedMs: graphJson?.end ?? null,
    entryJsFetchedMs: entryJs?.end ?? null,
    initial,
    beforeVisibleGzip,
    loadLongestTaskMs: load.longest,
    search,
    click: { cold, warm, rested, longestTaskMs: Math.max(cold.longestTaskMs, warm.longestTaskMs, rested.longestTaskMs) },
    interactionLongestTaskMs: Math.max(cold.longestTaskMs, warm.longestTaskMs, rested.longestTaskMs, search.longestTaskMs),
    pan,
    longtaskSupported: load.supported,
    userAgent: load.ua,
    pageErrors,
  };
}

async function measureSearch(page: Page, query: string): Promise<RunResult['search']> {
  const box = page.getByRole('combobox', { name: 'Search' });
  await box.focus();
  await bench(page, 'watchSearch', '.search');
  const keystrokes: KeystrokeResult[] = [];
  for (let i = 0; i < query.length; i++) {
    const n = (await page.evaluate('window.__bench.inputs.length')) as number;
    await page.keyboard.type(query[i]);
    await bench(page, 'searchSettled', 400, 15_000);
    const r = (await page.evaluate(`(() => {
      const t = window.__bench.inputs[${n}];
      if (t === undefined) return null;
      const m = window.__bench.searchLatency(t);
      return { ...m, longest: window.__bench.longestTask(t, m.painted === null ? performance.now() : m.painted) };
    })()`)) as { latency: number | null; dom: number | null; results: number; longest: number } | null;
    if (!r) throw new Error(`typing "${query[i]}" produced no input event in the Search box`);
    keystrokes.push({ length: i + 1, latencyMs: r.latency, domMs: r.dom, results: r.results, longestTaskMs: r.longest });
  }
  await page.keyboard.press('Escape'); // clears the query
  await page.keyboard.press('Escape'); // leaves the box
  await page.evaluate('document.activeElement && document.activeElement.blur && document.activeElement.blur()');
  const lat = keystrokes.map((k) => k.latencyMs).filter((x): x is number => x !== null);
  const dom = keystrokes.map((k) => k.domMs).filter((x): x is number => x !== null);
  return {
    query,
    keystrokes,
    medianMs: lat.length ? median(lat) : null,
    domMedianMs: dom.length ? median(dom) : null,
    maxMs: lat.length ? Math.max(...lat) : null,
    longestTaskMs: Math.max(0, ...keystrokes.map((k) => k.longestTaskMs)),
  };
}

const PICK = `(ids, avoid) => {
  const c = document.querySelector('.graph-canvas');
  if (!c || !window.__atlasTest) return { error: 'no .graph-canvas or no window.__atlasTest (is navigator.webdriver true?)' };
  const box = c.getBoundingClientRect();
  const margin = 30;
  const away = avoid.map((id) => window.__atlasTest.nodePosition(id)).filter(Boolean);
  for (const id of ids) {
    const p = window.__atlasTest.nodePosition(id);
    if (!p) continue;
    if (p.x < margin || p.y < margin || p.x > box.width - margin || p.y > box.height - margin) continue;
    if (away.some((a) => Math.hypot(a.x - p.x, a.y - p.y) < 24)) continue;
    const x = box.left + p.x;
    const y = box.top + p.y;
    const hit = document.elementFromPoint(x, y);
    if (!hit || !c.contains(hit)) continue;
    return { id, x, y };
  }
  return { error: 'none of ' + ids.length + ' candidate nodes is visible and unobstructed on the canvas' };
}`;

/** Rests the pointer on the node until the app has pre-rendered its first diagram (at most 10 s), then clicks. */
async function measureClick(page: Page, plan: ClickPlan, exclude: string[], rest = false): Promise<ClickResult> {
  const near = exclude.flatMap((id) => plan.neighbours.get(id) ?? []).filter((id) => plan.withDiagrams.has(id));
  const ids = [...new Set([...near, ...plan.candidates])].filter((id) => !exclude.includes(id));
  const target = (await page.evaluate(`(${PICK})(${JSON.stringify(ids)}, ${JSON.stringify(exclude)})`)) as
    | { id: string; x: number; y: number }
    | { error: string };
  if ('error' in target) throw new Error(target.error);
  if (rest) {
    const primed = (await page.evaluate(`performance.getEntriesByName(${JSON.stringify(DIAGRAM_PRERENDERED)}).length`)) as number;
    await page.mouse.move(target.x, target.y);
    await bench(page, 'waitMark', DIAGRAM_PRERENDERED, primed, 10_000).catch(() => undefined);
  }
  const [count, t0] = (await page.evaluate(`[performance.getEntriesByName(${JSON.stringify(DIAGRAM_RENDERED)}).length, performance.now()]`)) as [number, number];
  await page.mouse.click(target.x, target.y);
  const mark = await bench<{ startTime: number; detail: { entity?: string } | null }>(page, 'waitMark', DIAGRAM_RENDERED, count, 60_000);
  const entity = mark.detail?.entity ?? null;
  // Until every diagram of the opened panel has settled (the interaction's whole cost).
  const settled = entity ? await bench<number>(page, 'panelSettled', entity, 60_000) : null;
  const [tEnd, longest] = (await page.evaluate(
    `(() => { const t = ${settled ?? 'performance.now()'}; return [t, window.__bench.longestTask(${t0}, t)]; })()`,
  )) as [number, number];
  return { intended: target.id, entity, ms: mark.startTime - t0, allDiagramsMs: tEnd - t0, longestTaskMs: longest };
}

/** The point of the central part of the canvas farthest from any node: a drag there pans instead of moving a node. */
const EMPTY_SPOT = `(ids) => {
  const c = document.querySelector('.graph-canvas');
  const box = c.getBoundingClientRect();
  const pts = ids.map((id) => window.__atlasTest.nodePosition(id)).filter(Boolean);
  let best = { x: box.width / 2, y: box.height / 2, d: -1 };
  for (let i = 0; i <= 16; i++) {
    for (let j = 0; j <= 12; j++) {
      const x = box.width * (0.3 + (0.4 * i) / 16);
      const y = box.height * (0.3 + (0.4 * j) / 12);
      let d = Infinity;
      for (const p of pts) d = Math.min(d, Math.hypot(p.x - x, p.y - y));
      if (d > best.d) best = { x, y, d };
    }
  }
  return { left: box.left, top: box.top, width: box.width, height: box.height, x: box.left + best.x, y: box.top + best.y, clearance: best.d };
}`;

async function measurePan(page: Page, allIds: string[], seconds: number): Promise<NonNullable<RunResult['pan']>> {
  const spot = (await page.evaluate(`(${EMPTY_SPOT})(${JSON.stringify(allIds)})`)) as {
    left: number; top: number; width: number; height: number; x: number; y: number; clearance: number;
  };
  const half = (seconds * 1000) / 2;
  const t0 = await bench<number>(page, 'startFrames');
  // Drag: circles of radius 120 px starting at an empty spot, ~100 mouse events per second.
  const r = 120;
  const cx = spot.x - r;
  const cy = spot.y;
  const start = Date.now();
  await page.mouse.move(spot.x, spot.y);
  await page.mouse.down();
  for (let a = 0.12; Date.now() - start < half; a += 0.12) {
    await page.mouse.move(cx + r * Math.cos(a), cy + r * Math.sin(a));
    await sleep(8);
  }
  await page.mouse.up();
  const tDragEnd = (await page.evaluate('performance.now()')) as number;
  // Wheel at the canvas centre: six notches in, six out, repeat, ~60 events per second.
  await page.mouse.move(spot.left + spot.width / 2, spot.top + spot.height / 2);
  const wheelStart = Date.now();
  for (let i = 0; Date.now() - wheelStart < half; i++) {
    await page.mouse.wheel(0, Math.floor(i / 6) % 2 === 0 ? -100 : 100);
    await sleep(16);
  }
  await sleep(100);
  const frames = await bench<number[]>(page, 'stopFrames');
  const t1 = (await page.evaluate('performance.now()')) as number;
  const longest = await bench<number>(page, 'longestTask', t0, t1);
  let worst = 0;
  for (let i = 1; i < frames.length; i++) worst = Math.max(worst, frames[i] - frames[i - 1]);
  const rate = (fs: number[]) => (fs.length > 1 ? (fs.length - 1) / ((fs[fs.length - 1] - fs[0]) / 1000) : 0);
  const span = frames.length > 1 ? (frames[frames.length - 1] - frames[0]) / 1000 : 0;
  return {
    fps: rate(frames),
    dragFps: rate(frames.filter((t) => t <= tDragEnd)),
    wheelFps: rate(frames.filter((t) => t > tDragEnd)),
    frames: frames.length,
    seconds: span,
    worstFrameMs: worst,
    longestTaskMs: longest,
  };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// ------------------------------------------------------------------ optional CPU profile of the load

export interface ProfileSummary {
  totalMs: number;
  byFunction: { name: string; selfMs: number }[];
  byFile: { file: string; selfMs: number }[];
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** A cold load under the V8 sampling profiler, from navigation to atlas:graph-ready (not counted in the statistics). */
export async function profileLoad(url: string, onBrowser?: (b: LaunchedBrowser | null) => void): Promise<{ profile: unknown; summary: ProfileSummary; graphReadyMs: number }> {
  const b = await step('launch Chromium', 60_000, () => launchChromium());
  onBrowser?.(b);
  try {
    const page = await b.browser.newPage();
    await page.addInitScript({ content: PROBE_SCRIPT });
    // Same-origin first, so the renderer (and the profiler attached to it) survives the real navigation.
    await step('open origin', 30_000, () => page.goto(new URL('favicon.svg', url).href));
    const cdp: CDPSession = await b.browser.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await step('navigate', 60_000, () => page.goto(url, { waitUntil: 'commit' }));
    const ready = await step('wait for atlas:graph-ready', 120_000, () => bench<{ startTime: number }>(page, 'waitMark', GRAPH_READY, 0, 115_000));
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    return { profile, summary: summarise(profile), graphReadyMs: ready.startTime };
  } finally {
    onBrowser?.(null);
    await b.close().catch(() => undefined);
  }
}

function summarise(p: CpuProfile): ProfileSummary {
  const byId = new Map(p.nodes.map((n) => [n.id, n] as const));
  const fn = new Map<string, number>();
  const file = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const ms = (p.timeDeltas[i] ?? 0) / 1000;
    const n = byId.get(id);
    if (!n) return;
    total += ms;
    const f = n.callFrame.url ? n.callFrame.url.replace(/^.*\//, '') : '(native/vm)';
    const name = `${n.callFrame.functionName || '(anonymous)'} @ ${f}:${n.callFrame.lineNumber + 1}`;
    fn.set(name, (fn.get(name) ?? 0) + ms);
    file.set(f, (file.get(f) ?? 0) + ms);
  });
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 20);
  return {
    totalMs: total,
    byFunction: top(fn).map(([name, selfMs]) => ({ name, selfMs })),
    byFile: top(file).map(([f, selfMs]) => ({ file: f, selfMs })),
  };
}
