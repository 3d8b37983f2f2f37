/**
 * Compiles the real data/ once per test file, with every check except mermaid's parse of each
 * diagram: that is `npm run check:data`'s job (and --render's, in Chromium). Each test file runs
 * in its own worker, so parsing ~1,100 diagrams here would be done once per file, in parallel, and
 * on a clean checkout (no cache) could outlast any hook timeout on a busy machine.
 */
import { join } from 'node:path';
import { compileData } from '../../compiler/compile';
import { formatProblem } from '../../compiler/problems';
import type { AtlasBundle } from '../../src/model/bundle';

export const DATA_DIR = join(import.meta.dirname, '..', '..', 'data');

let cached: Promise<AtlasBundle> | undefined;
export function realBundle(): Promise<AtlasBundle> {
  cached ??= compileData(DATA_DIR, { skipDiagramParse: true }).then((r) => {
    if (!r.ok) throw new Error(`data/ has problems:\n${r.problems.slice(0, 20).map(formatProblem).join('\n')}`);
    return r.bundle;
  });
  return cached;
}
