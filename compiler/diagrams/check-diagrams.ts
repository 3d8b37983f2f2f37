/**
 * Parses and renders every diagram with mermaid, with the app's own configuration, in a small pool
 * of worker threads (jsdom as the DOM), each job bounded in time and memory. Results are cached by
 * content hash (with mermaid's version and the configuration) so repeated builds only check what changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { LIMITS } from '../../src/model/schema.ts';
import { mermaidConfig } from '../../src/diagram/mermaid-config.ts';
import { translateMermaidError } from './mermaid-errors.ts';

export interface DiagramJob {
  /** Where to report problems. */
  file: string;
  path: string;
  source: string;
}
export interface DiagramProblem {
  file: string;
  path: string;
  message: string;
  /** Line and column inside the diagram, when mermaid says where. */
  at?: { line: number; col?: number };
}
type Result =
  | { ok: true; type: string; edges: number; rendered?: boolean }
  | { ok: false; error: string; stage?: 'parse' | 'render'; at?: { line: number; col?: number } };

export interface CheckOptions {
  timeoutMs?: number;
  memoryMb?: number;
  workers?: number;
  cacheFile?: string | null;
  /** Also render each diagram in jsdom (default), not only parse it. */
  renderInNode?: boolean;
  /** The worker script; tests swap in one that hangs or blows up on purpose. */
  workerFile?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const WORKER = join(here, 'parse-worker.mjs');
const MERMAID_VERSION = readMermaidVersion();
const DEFAULT_CACHE = join(here, '..', '..', 'node_modules', '.cache', 'atlas-diagrams.json');
/** The configuration the app renders with (light theme: the theme changes colours, not what renders). */
const CONFIG = mermaidConfig('light');
/** Bump when the worker checks more, so cached verdicts of an older checker are not trusted. */
const CHECKER_VERSION = 'render-2';

export async function checkDiagrams(jobs: DiagramJob[], opts: CheckOptions = {}): Promise<DiagramProblem[]> {
  const cacheFile = opts.cacheFile === undefined ? DEFAULT_CACHE : opts.cacheFile;
  const cache = loadCache(cacheFile);
  const keyOf = (s: string) => createHash('sha256').update(MERMAID_VERSION).update('\0').update(CHECKER_VERSION).update(JSON.stringify(CONFIG)).update('\0').update(s).digest('hex');
  const byKey = new Map<string, string>();
  for (const j of jobs) {
    const k = keyOf(j.source);
    if (!cache[k]) byKey.set(k, j.source);
  }
  const fresh = await parseAll([...byKey], opts);
  // Only successes are cached: a failure may come from a busy machine (time-out) and must be retried.
  let added = 0;
  for (const [k, r] of fresh) {
    if (!r.ok) continue;
    cache[k] = r;
    added++;
  }
  saveCache(cacheFile, cache, added);
  const resultOf = (s: string) => fresh.get(keyOf(s)) ?? cache[keyOf(s)];

  const problems: DiagramProblem[] = [];
  for (const j of jobs) {
    const r = resultOf(j.source);
    if (!r.ok && /edge limit exceeded/i.test(r.error)) {
      problems.push({ file: j.file, path: j.path, message: `has more than ${LIMITS.diagramEdges} edges; mermaid renders at most ${LIMITS.diagramEdges}` });
    } else if (!r.ok) {
      const t = translateMermaidError(r.error, j.source, r.stage);
      const at = t.at ?? r.at;
      problems.push({ file: j.file, path: j.path, message: t.message, ...(at ? { at } : {}) });
    }
    else if (r.edges > LIMITS.diagramEdges) {
      problems.push({ file: j.file, path: j.path, message: `has ${r.edges} edges; mermaid renders at most ${LIMITS.diagramEdges}` });
    }
  }
  return problems;
}

async function parseAll(items: [string, string][], opts: CheckOptions): Promise<Map<string, Result>> {
  const results = new Map<string, Result>();
  if (items.length === 0) return results;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const memoryMb = opts.memoryMb ?? 384;
  const poolSize = Math.max(1, Math.min(opts.workers ?? 2, items.length));
  let next = 0;

  const runLane = async () => {
    let worker: Worker | undefined;
    let warm = false;
    while (next < items.length) {
      const [key, source] = items[next++];
      if (!worker) {
        worker = new Worker(opts.workerFile ?? WORKER, {
          resourceLimits: { maxOldGenerationSizeMb: memoryMb },
          workerData: { config: CONFIG, render: opts.renderInNode !== false },
        });
        warm = false;
      }
      // The first job of a worker also pays for loading mermaid and jsdom.
      const budget = warm ? timeoutMs : timeoutMs + 40_000;
      const r = await parseOne(worker, key, source, budget);
      warm = true;
      results.set(key, r.result);
      if (r.killed) {
        await worker.terminate().catch(() => undefined);
        worker = undefined;
      }
    }
    await worker?.terminate();
  };
  await Promise.all(Array.from({ length: poolSize }, runLane));
  return results;
}

function parseOne(worker: Worker, key: string, source: string, timeoutMs: number): Promise<{ result: Result; killed: boolean }> {
  return new Promise((resolve) => {
    const done = (result: Result, killed: boolean) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve({ result, killed });
    };
    const onMessage = (m: { key: string } & Result) => {
      if (m.key !== key) return;
      done(m.ok ? { ok: true, type: m.type, edges: m.edges, rendered: m.rendered } : { ok: false, error: m.error, stage: m.stage, at: m.at }, false);
    };
    const onError = (err: Error & { code?: string }) => {
      const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
      done({ ok: false, error: oom ? 'the parser ran out of memory (limit exceeded)' : `the parser crashed (${err.message.split('\n')[0]})` }, true);
    };
    const onExit = () => done({ ok: false, error: 'the parser exited unexpectedly' }, true);
    const timer = setTimeout(
      () => done({ ok: false, error: `parsing took longer than ${Math.round(timeoutMs / 1000)} s (the parser may hang on it)` }, true),
      timeoutMs,
    );
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ key, source });
  });
}

function readMermaidVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(here, '..', '..', 'node_modules', 'mermaid', 'package.json'), 'utf8'));
    return String(pkg.version);
  } catch {
    return 'unknown';
  }
}

function loadCache(file: string | null): Record<string, Result> {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, Result>;
  } catch {
    return {};
  }
}

function saveCache(file: string | null, cache: Record<string, Result>, added: number): void {
  if (!file || added === 0) return;
  try {
    mkdirSync(dirname(file), { recursive: true });
    // Write then rename, so two builds running at once never leave a torn file.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(cache));
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only costs time on the next run.
  }
}
