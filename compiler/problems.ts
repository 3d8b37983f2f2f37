/**
 * A problem found in a data directory. It always names the file and, when known, the field path
 * and the place in the file (1-based line and column), so the message reads
 * `file:line:col: field.path: message` followed by the offending line with a caret.
 */
export interface Problem {
  file: string;
  path?: string;
  message: string;
  line?: number;
  col?: number;
  /** The offending line(s) of the file, as written; the caret goes under `col` of the last one. */
  excerpt?: string[];
}

export interface SourcePos {
  line: number;
  col: number;
}

/** `relations[2].to` back to ['relations', 2, 'to']. */
export function parsePath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return out;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** The first line of a problem: `file:line:col: path: message` (line and column when known). */
export function problemHeadline(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}:${p.col ?? 1}` : p.file;
  return p.path ? `${where}: ${p.path}: ${p.message}` : `${where}: ${p.message}`;
}

/** The whole problem: headline, then the source line(s) with a caret under the column. */
export function formatProblem(p: Problem): string {
  const head = problemHeadline(p);
  if (!p.line || !p.excerpt?.length) return head;
  const width = String(p.line).length;
  const first = p.line - p.excerpt.length + 1;
  const rows = p.excerpt.map((text, i) => `  ${String(first + i).padStart(width)} | ${text}`);
  const last = p.excerpt[p.excerpt.length - 1];
  // Keep tabs as tabs so the caret lines up however the terminal shows them.
  const pad = [...last.slice(0, Math.max(0, (p.col ?? 1) - 1))].map((c) => (c === '\t' ? '\t' : ' ')).join('');
  rows.push(`  ${' '.repeat(width)} | ${pad}^`);
  return [head, ...rows].join('\n');
}

/** Collects problems so a run can report every one of them at once. */
export class ProblemList {
  readonly items: Problem[] = [];
  private readonly sources = new Map<string, string[]>();
  private readonly locators = new Map<string, (path: (string | number)[]) => SourcePos>();

  /**
   * Registers a file's text so problems in it can quote the offending line, and how to find a field
   * in it, so checks that only know a field path (cross-file references) still point at the line.
   */
  setSource(file: string, text: string, locate?: (path: (string | number)[]) => SourcePos): void {
    this.sources.set(file, text.split(/\r?\n/));
    if (locate) this.locators.set(file, locate);
  }

  add(file: string, path: string | undefined, message: string, at?: SourcePos & { lines?: number }): void {
    const p: Problem = { file, path: path || undefined, message };
    if (!at && path) at = this.locators.get(file)?.(parsePath(path));
    const lines = this.sources.get(file);
    if (at && at.line >= 1) {
      p.line = at.line;
      p.col = Math.max(1, at.col);
      if (lines && at.line <= lines.length) {
        const from = Math.max(1, at.line - (at.lines ?? 1) + 1);
        p.excerpt = lines.slice(from - 1, at.line);
      }
    }
    this.items.push(p);
  }

  get size(): number {
    return this.items.length;
  }
}
