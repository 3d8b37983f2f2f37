/** Compiles the real data/ once per test file (diagram parse results are cached between runs). */
import { join } from 'node:path';
import { compileData } from '../../compiler/compile';
import { formatProblem } from '../../compiler/problems';
import type { AtlasBundle } from '../../src/model/bundle';

export const DATA_DIR = join(import.meta.dirname, '..', '..', 'data');

let cached: Promise<AtlasBundle> | undefined;
export function realBundle(): Promise<AtlasBundle> {
  cached ??= compileData(DATA_DIR).then((r) => {
    if (!r.ok) throw new Error(`data/ has problems:\n${r.problems.slice(0, 20).map(formatProblem).join('\n')}`);
    return r.bundle;
  });
  return cached;
}
