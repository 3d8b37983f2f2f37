/** Where the benchmark reads and writes, and how long its steps may take. */
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const RESULTS = join(ROOT, 'bench', 'results');
export const DIST = join(ROOT, 'dist');
export const DIAGRAM_CACHE = join(ROOT, 'node_modules', '.cache', 'atlas-diagrams.json');
export const BUILD_TIMEOUT_MS = 30 * 60_000;
export const RUN_TIMEOUT_MS = 8 * 60_000;
