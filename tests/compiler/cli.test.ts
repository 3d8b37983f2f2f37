import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureDir, MINI } from './fixture-dir';

const TSX = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx');
const cli = (name: string) => join(import.meta.dirname, '..', '..', 'compiler', 'cli', name);

function run(script: string, args: string[]): { code: number; out: string; err: string } {
  try {
    const out = execFileSync(TSX, [cli(script), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, out, err: '' };
  } catch (e) {
    const x = e as { status: number; stdout: string; stderr: string };
    return { code: x.status, out: x.stdout, err: x.stderr };
  }
}

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('compiler command line', () => {
  it('check:data passes on valid data and prints counts', () => {
    const r = run('check-data.ts', [MINI]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/OK — 2 guarantees, 1 mechanisms/);
  });

  it('check:data lists every problem as file: field: message, with no stack trace', () => {
    const { dir, cleanup } = fixtureDir({ 'mechanisms/M5.yaml': 'id: M5\nname: 12\n', 'guarantees/G-SEQ.yaml': 'id: [x]\n' });
    cleanups.push(cleanup);
    const r = run('check-data.ts', [dir]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/mechanisms\/M5\.yaml:2:7: name: must be string, found number\n {2}2 \| name: 12\n {4}\| {7}\^/);
    expect(r.err).toMatch(/guarantees\/G-SEQ\.yaml:1:5: id: must be text, found a list/);
    expect(r.err).toMatch(/problems found; nothing was written/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('check:data names a missing directory instead of crashing', () => {
    const r = run('check-data.ts', ['/nonexistent/atlas-data']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('data directory does not exist');
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('build:data writes the bundle, and writes nothing when the data is invalid', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'atlas-out-')), 'bundle.json');
    expect(run('build-data.ts', ['--data', MINI, '--out', out]).code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const { dir, cleanup } = fixtureDir({ 'mechanisms/M5.yaml': '\uFEFFid: M5\n' });
    cleanups.push(cleanup);
    const out2 = join(mkdtempSync(join(tmpdir(), 'atlas-out-')), 'bundle.json');
    const r = run('build-data.ts', ['--data', dir, '--out', out2]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('byte-order mark');
    expect(existsSync(out2)).toBe(false);
  });
});
