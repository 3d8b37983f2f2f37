/** A problem found in a data directory: always names the file and, when known, the field path. */
export interface Problem {
  file: string;
  path?: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

export function formatProblem(p: Problem): string {
  return p.path ? `${p.file}: ${p.path}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** Collects problems so a run can report every one of them at once. */
export class ProblemList {
  readonly items: Problem[] = [];
  add(file: string, path: string | undefined, message: string): void {
    this.items.push({ file, path: path || undefined, message });
  }
  get size(): number {
    return this.items.length;
  }
}
