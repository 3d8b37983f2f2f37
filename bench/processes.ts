/** The child processes, browsers, servers and scratch directories of a run, and how they are cleaned up. */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { LaunchedBrowser } from '../tests/e2e/browser.ts';
import type { StaticServer } from '../tests/e2e/static-server.ts';
import { BUILD_TIMEOUT_MS, ROOT } from './paths.ts';

export const state = {
  /** Set once public/atlas/ or dist/ may hold something other than the real data's build. */
  dirty: false,
  /** Set by Ctrl-C / SIGTERM: runs stop at the next step. */
  interrupted: false,
};

export const active: { child: ChildProcess | null; server: StaticServer | null; browser: LaunchedBrowser | null } = { child: null, server: null, browser: null };
/** Synthetic data directories (kept with --keep-data). */
export const tempDirs: string[] = [];
/** Snapshots of dist/ (always removed). */
export const scratchDirs: string[] = [];



export function killChild(c: ChildProcess | null) {
  if (!c || c.exitCode !== null || c.pid === undefined) return;
  try {
    process.kill(-c.pid, 'SIGTERM'); // the whole group: npm, sh, tsx, node, vite
  } catch {
    c.kill('SIGTERM');
  }
}

/** Stops the build, the browser and the server; bounded, since a server with open connections may never close. */
export async function closeAll() {
  killChild(active.child);
  active.child = null;
  const browser = active.browser;
  const server = active.server;
  active.browser = null;
  active.server = null;
  const done = (async () => {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
  })();
  await Promise.race([done, new Promise((r) => setTimeout(r, 10_000).unref())]);
}

export function removeTempDirs(keep: boolean) {
  for (const d of scratchDirs.splice(0)) rmSync(d, { recursive: true, force: true });
  for (const d of tempDirs.splice(0)) {
    if (keep) console.log(`kept synthetic data in ${d}`);
    else rmSync(d, { recursive: true, force: true });
  }
}

/** Rebuilds from data/ so public/atlas/ and dist/ are what `npm run build` leaves. */
export function restoreSync() {
  if (!state.dirty) return;
  console.log('\nrestoring public/atlas/ and dist/: npm run build (data/) …');
  const env = { ...process.env };
  delete env.ATLAS_DATA;
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, env, encoding: 'utf8', timeout: BUILD_TIMEOUT_MS });
  if (r.status === 0) {
    state.dirty = false;
    console.log('restored.');
  } else {
    console.error(`could not restore the real build (exit ${r.status ?? r.signal}); run \`npm run build\` yourself.\n${tail(`${r.stdout}\n${r.stderr}`, 30)}`);
  }
}

export function tail(text: string, lines: number) {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
