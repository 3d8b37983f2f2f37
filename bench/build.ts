/** Builds the app for a data set (`npm run build`, ATLAS_DATA for synthetic sets) and snapshots dist/. */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KIND_FOLDERS, KINDS } from '../src/model/constants.ts';
import { BUILD_TIMEOUT_MS, DIAGRAM_CACHE, DIST, ROOT } from './paths.ts';
import { active, killChild, scratchDirs, state, tail } from './processes.ts';

export interface BuildInfo {
  wallMs: number;
  compileMs: number | null;
  compileLine: string | null;
  diagramsParsed: number | null;
}

export function diagramCacheSize(): number | null {
  try {
    return Object.keys(JSON.parse(readFileSync(DIAGRAM_CACHE, 'utf8'))).length;
  } catch {
    return null;
  }
}

export function build(dataDir: string | null, label: string): Promise<BuildInfo> {
  const env = { ...process.env };
  if (dataDir) env.ATLAS_DATA = dataDir;
  else delete env.ATLAS_DATA;
  const cacheBefore = diagramCacheSize();
  const t0 = performance.now();
  state.dirty = true;
  return new Promise((ok, fail) => {
    const child = spawn('npm', ['run', 'build'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    active.child = child;
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => {
      killChild(child);
      fail(new Error(`build of ${label} did not finish within ${BUILD_TIMEOUT_MS / 60_000} min`));
    }, BUILD_TIMEOUT_MS);
    child.on('error', (err) => {
      clearTimeout(timer);
      fail(new Error(`could not start npm run build: ${err.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      active.child = null;
      if (code !== 0) {
        fail(new Error(`npm run build failed for ${label} (exit ${code ?? signal}):\n${tail(out, 40)}`));
        return;
      }
      if (!dataDir) state.dirty = false;
      const line = /^atlas data: .*$/m.exec(out)?.[0] ?? null;
      const ms = line ? /in (\d+) ms/.exec(line)?.[1] : undefined;
      const cacheAfter = diagramCacheSize();
      ok({
        wallMs: performance.now() - t0,
        compileMs: ms ? Number(ms) : null,
        compileLine: line,
        diagramsParsed: cacheBefore !== null && cacheAfter !== null ? cacheAfter - cacheBefore : cacheAfter,
      });
    });
  });
}

/** Entity files in data/ (what the real build must contain). */
export function countRealEntities(): number {
  let n = 0;
  for (const k of KINDS) {
    const dir = join(ROOT, 'data', KIND_FOLDERS[k]);
    if (existsSync(dir)) n += readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).length;
  }
  return n;
}

/**
 * Builds in place, then copies dist/ to a temporary snapshot that the runs are
 * served from, so nothing else touching dist/ (another build, a test run) can
 * change the app under the benchmark. A snapshot that does not hold the
 * expected number of entities means dist/ changed during the build: retried once.
 */
export async function buildAndSnapshot(dataDir: string | null, label: string, expected: number): Promise<{ buildInfo: BuildInfo; snapshot: string }> {
  for (let attempt = 1; ; attempt++) {
    console.log(`building (npm run build${dataDir ? ` with ATLAS_DATA=${dataDir}` : ''}) …`);
    const buildInfo = await build(dataDir, label);
    const snapshot = mkdtempSync(join(tmpdir(), 'atlas-bench-dist-'));
    scratchDirs.push(snapshot);
    cpSync(DIST, snapshot, { recursive: true });
    let nodes = -1;
    try {
      nodes = (JSON.parse(readFileSync(join(snapshot, 'atlas', 'graph.json'), 'utf8')) as { nodes: unknown[] }).nodes.length;
    } catch {
      // handled below
    }
    if (nodes === expected && existsSync(join(snapshot, 'index.html'))) return { buildInfo, snapshot };
    const msg = `dist/ does not hold the ${label} build (graph.json has ${nodes < 0 ? 'no readable' : nodes} nodes, expected ${expected}); was another build running at the same time?`;
    if (attempt >= 2) throw new Error(msg);
    console.warn(`${msg} Building again.`);
  }
}

export async function restore() {
  if (!state.dirty) return;
  console.log('restoring public/atlas/ and dist/ from data/ (npm run build) …');
  try {
    await build(null, 'real data/ (restore)');
  } catch (err) {
    console.warn(`restore failed (tried again at the end): ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
}
