/** Issue 20: every catalogue pattern in data/CATALOGUES.md lands on an entity whose name or aliases carry that name. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AtlasBundle } from '../../src/model/bundle';
import { DATA_DIR, realBundle } from './real-bundle';

let bundle: AtlasBundle;
beforeAll(async () => {
  bundle = await realBundle();
}, 300_000);

/** Rows of the mapping table: | catalogue | pattern | [ID](#/entity/ID) | alias | where |. */
function tableRows(): { pattern: string; id: string; alias: string }[] {
  const md = readFileSync(join(DATA_DIR, 'CATALOGUES.md'), 'utf8');
  return md
    .split('\n')
    .map((line) => /^\| (Joshi|Azure) \| ([^|]+) \| \[([^\]]+)\]\([^)]*\) \| ([^|]+) \|/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pattern: m[2].trim(), id: m[3].trim(), alias: m[4].trim() }));
}

describe('pattern catalogue mapping', () => {
  it('covers both catalogues', () => {
    const rows = tableRows();
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(rows.some((r) => r.pattern === 'Write-Ahead Log')).toBe(true);
    expect(rows.some((r) => r.pattern === 'Strangler Fig')).toBe(true);
  });

  it('points every row at an entity that is named or aliased as the row says', () => {
    const byId = new Map(bundle.entities.map((e) => [e.id, e]));
    for (const { pattern, id, alias } of tableRows()) {
      const e = byId.get(id);
      expect(e, `${pattern} → ${id}`).toBeDefined();
      const names = [e!.name, ...e!.aliases].map((n) => n.toLowerCase());
      expect(names, `${pattern} → ${id}`).toContain(alias.toLowerCase());
    }
  });
});
