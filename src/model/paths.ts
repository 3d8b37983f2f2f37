/** Quick-start path stepping. Steps are 1-based in URLs and in the UI. */
import type { QuickPath } from './bundle';

export function findPath(paths: readonly QuickPath[], id: string): QuickPath | undefined {
  return paths.find((p) => p.id === id);
}

/** Clamps a requested step into the path; out-of-range numbers land on the nearest real step. */
export function clampStep(path: QuickPath, step: number): number {
  if (!Number.isFinite(step)) return 1;
  return Math.min(Math.max(1, Math.trunc(step)), path.steps.length);
}

export function stepAt(path: QuickPath, step: number) {
  return path.steps[clampStep(path, step) - 1];
}

export function pathEntityIds(path: QuickPath): string[] {
  return [...new Set(path.steps.map((s) => s.entity))];
}

export const doneKey = (pathId: string, step: number) => `${pathId}#${step}`;

export function progress(path: QuickPath, done: ReadonlySet<string>): { done: number; total: number } {
  let n = 0;
  for (let i = 1; i <= path.steps.length; i++) if (done.has(doneKey(path.id, i))) n++;
  return { done: n, total: path.steps.length };
}
