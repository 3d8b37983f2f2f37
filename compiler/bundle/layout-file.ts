/**
 * The committed positions file, `layout.json` at the top of the data directory.
 *
 * It is a cache of curated positions, not data: entities missing from it are laid out at build
 * time (near what they connect to), entries for entities that no longer exist are ignored, and a
 * broken file is treated as absent (the build falls back to a fresh layout rather than failing).
 * `npm run layout:update` rewrites it from the current data.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Positions } from './layout.ts';

export const LAYOUT_FILE = 'layout.json';
const FORMAT = 'atlas-layout';

export function layoutPath(dataDir: string): string {
  return join(dataDir, LAYOUT_FILE);
}

/** The committed positions, or {} when there is no usable file. Invalid entries are skipped. */
export function readCommittedLayout(dataDir: string): Positions {
  const file = layoutPath(dataDir);
  if (!existsSync(file)) return {};
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
  const positions = (doc as { positions?: unknown } | null)?.positions;
  if (!positions || typeof positions !== 'object') return {};
  const out: Positions = {};
  for (const [id, p] of Object.entries(positions as Record<string, unknown>)) {
    if (Array.isArray(p) && p.length === 2 && p.every((v) => typeof v === 'number' && Number.isFinite(v))) out[id] = [p[0], p[1]];
  }
  return out;
}

/** One entry per line, sorted by ID, so concurrent content changes merge without conflicts in unrelated lines. */
export function formatLayout(positions: Positions): string {
  const ids = Object.keys(positions).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const lines = ids.map((id) => `    ${JSON.stringify(id)}: [${positions[id][0]}, ${positions[id][1]}]`);
  return (
    `{\n  "format": "${FORMAT}",\n  "version": 1,\n` +
    `  "about": "Curated graph positions. Entities missing here are placed at build time near what they link to; run npm run layout:update to refresh.",\n` +
    `  "positions": {\n${lines.join(',\n')}\n  }\n}\n`
  );
}

export function writeLayout(dataDir: string, positions: Positions): void {
  writeFileSync(layoutPath(dataDir), formatLayout(positions));
}
