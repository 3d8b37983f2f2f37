/**
 * Safe YAML loading for untrusted contributor files: one YAML 1.2 document, valid UTF-8,
 * no BOM, no tags, no directives, no merge keys, bounded aliases and nesting.
 * Returns the plain value or a list of messages; never throws.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, visit, type Document, type Node as YamlNode } from 'yaml';
import type { SourcePos } from '../problems.ts';

export const YAML_LIMITS = { maxBytes: 1_000_000, maxDepth: 24, maxAliases: 0 } as const;

export interface YamlIssue {
  path?: string;
  message: string;
  at?: SourcePos;
}

/** Finds where a field path is written in the file: the value, or with `key`, the key itself. */
export type Locate = (path: readonly PropertyKey[], opts?: { key?: boolean }) => SourcePos;
/** Maps a 1-based line (and column) inside a text field, such as a diagram source, to the file. */
export type LocateInside = (path: readonly PropertyKey[], line: number, col?: number) => SourcePos & { exact: boolean };

export type YamlResult =
  | { ok: true; value: unknown; locate: Locate; locateInside: LocateInside }
  | { ok: false; issues: YamlIssue[] };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function readYaml(bytes: Uint8Array): YamlResult {
  if (bytes.byteLength === 0) return fail('file is empty');
  if (bytes.byteLength > YAML_LIMITS.maxBytes) return fail(`file is larger than ${YAML_LIMITS.maxBytes} bytes`);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return fail('file starts with a byte-order mark; save it as UTF-8 without BOM');
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return fail('file is not valid UTF-8');
  }
  if (text.includes('\u0000')) return fail('file contains a NUL character');
  if (text.trim() === '') return fail('file is empty');
  // Pathological nesting can exhaust the parser's memory before any limit of ours applies: refuse it up front.
  const nesting = rawNestingProblem(text);
  if (nesting) return { ok: false, issues: [nesting] };

  const lines = new LineCounter();
  let docs;
  try {
    docs = parseAllDocuments(text, {
      version: '1.2',
      schema: 'core',
      uniqueKeys: true,
      merge: false,
      strict: true,
      prettyErrors: false,
      lineCounter: lines,
    });
  } catch (err) {
    return fail(`YAML could not be parsed: ${messageOf(err)}`);
  }
  const list = Array.isArray(docs) ? docs : [docs];
  if (list.length !== 1) return fail(`file holds ${list.length} YAML documents; exactly one is allowed`);
  const doc = list[0];
  const at = (offset: number | undefined): SourcePos | undefined => (offset === undefined ? undefined : lines.linePos(offset));
  const issues: YamlIssue[] = [];
  for (const e of doc.errors) issues.push({ message: `YAML error: ${firstLine(e.message)}`, at: at(e.pos?.[0]) });
  if (doc.directives?.yaml.explicit || text.trimStart().startsWith('%')) {
    issues.push({ message: 'YAML directives (%YAML, %TAG) are not allowed' });
  }
  if (issues.length) return { ok: false, issues };

  visit(doc, (_key, node, path) => {
    const where = describePath(path);
    if (isAlias(node)) {
      issues.push({ path: where, message: 'anchors and aliases are not allowed', at: at(node.range?.[0]) });
      return visit.SKIP;
    }
    if ((isScalar(node) || isMap(node) || isSeq(node)) && node.tag) {
      issues.push({ path: where, message: `YAML tag ${node.tag} is not allowed`, at: at(node.range?.[0]) });
    }
    if ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor) {
      issues.push({ path: where, message: `anchors (&${node.anchor}) are not allowed`, at: at(node.range?.[0]) });
    }
    if (isPair(node) && isScalar(node.key) && node.key.value === '<<') {
      issues.push({ path: where, message: 'merge keys (<<) are not allowed', at: at(node.key.range?.[0]) });
    }
    if ((isMap(node) || isSeq(node)) && depthOf(path) > YAML_LIMITS.maxDepth) {
      issues.push({ path: where, message: `nesting deeper than ${YAML_LIMITS.maxDepth} levels`, at: at(node.range?.[0]) });
      return visit.BREAK;
    }
    return undefined;
  });
  if (issues.length) return { ok: false, issues: dedupe(issues) };

  try {
    const value = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliases });
    return { ok: true, value, locate: locator(doc, lines), locateInside: insideLocator(doc, lines, text) };
  } catch (err) {
    return fail(`YAML could not be converted: ${messageOf(err)}`);
  }
}

const MAX_INDENT = 160;

/**
 * Cheap scan of the document's structure before the real parser runs, so pathological nesting is
 * refused before it can exhaust the parser's memory. It counts flow brackets only where YAML reads
 * them as structure: never inside quoted or block scalars (diagram sources), never inside a plain
 * scalar in block context (`label: Service [Plane` is text), never in comments.
 */
function rawNestingProblem(text: string): YamlIssue | undefined {
  const deep = (line: number, col: number): YamlIssue => ({
    message: `nesting deeper than ${YAML_LIMITS.maxDepth} levels`,
    at: { line, col },
  });
  const rows = text.split('\n');
  let depth = 0;
  let quote: string | null = null;
  /** Inside a block scalar: the column its content must be indented beyond. */
  let blockParent = -1;
  for (let n = 0; n < rows.length; n++) {
    const row = rows[n];
    const indent = row.length - row.trimStart().length;
    if (indent > MAX_INDENT) return { message: `indentation deeper than ${MAX_INDENT} columns`, at: { line: n + 1, col: 1 } };
    if (blockParent >= 0) {
      if (row.trim() === '' || indent > blockParent) continue;
      blockParent = -1;
    }
    // In block context, a value starts at the line's first character, after "- ", ": " and "? ".
    let valueStart = depth === 0 && !quote;
    let nodeCol = indent;
    let afterDash = false;
    for (let i = 0; i < row.length; i++) {
      const c = row[i];
      if (quote) {
        if (c === '\\' && quote === '"') i++;
        else if (c === quote) {
          if (quote === "'" && row[i + 1] === "'") i++;
          else quote = null;
        }
        continue;
      }
      if (c === ' ' || c === '\t' || c === '\r') continue;
      const prev = i === 0 ? ' ' : row[i - 1];
      if (c === '#' && (prev === ' ' || prev === '\t')) break;
      if (depth > 0) {
        if ((c === '"' || c === "'") && ' \t[{,:'.includes(prev)) quote = c;
        else if (c === '[' || c === '{') {
          if (++depth > YAML_LIMITS.maxDepth) return deep(n + 1, i + 1);
        } else if (c === ']' || c === '}') depth--;
        continue;
      }
      const next = row[i + 1];
      const separated = next === undefined || next === ' ' || next === '\t';
      if ((c === '-' || c === '?') && separated && valueStart) {
        nodeCol = i;
        afterDash = true;
        continue;
      }
      // "- key: |": the key after a dash starts its own node; "- |" belongs to the dash.
      if (afterDash && c !== '|' && c !== '>') nodeCol = i;
      afterDash = false;
      if (c === ':' && separated) {
        valueStart = true;
        continue;
      }
      if (valueStart) {
        if (c === '[' || c === '{') {
          depth = 1;
          valueStart = false;
          continue;
        }
        if (c === '|' || c === '>') {
          blockParent = nodeCol;
          break;
        }
        if (c === '"' || c === "'") quote = c;
      }
      valueStart = false;
    }
  }
  return undefined;
}

/** Walks the document along a field path; returns the deepest node found and its key. */
function walk(doc: Document, path: readonly PropertyKey[]): { node: YamlNode | null; key: YamlNode | null; complete: boolean } {
  let node = doc.contents as YamlNode | null;
  let key: YamlNode | null = null;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return { node, key, complete: false };
      key = pair.key as YamlNode;
      node = (pair.value as YamlNode | null) ?? key;
    } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
      key = null;
      node = node.items[step] as YamlNode;
    } else return { node, key, complete: false };
  }
  return { node, key, complete: true };
}

function locator(doc: Document, lines: LineCounter): Locate {
  return (path, opts = {}) => {
    const { node, key, complete } = walk(doc, path);
    const target = (opts.key || !complete) && key ? key : node;
    return lines.linePos(target?.range?.[0] ?? 0);
  };
}

/**
 * Literal block scalars (`source: |`) keep their lines, so line N of the text is line N after the
 * `|`, indented by the block's indentation. Other styles fold or escape lines: point at the field.
 */
function insideLocator(doc: Document, lines: LineCounter, text: string): LocateInside {
  const rows = text.split('\n');
  return (path, line, col = 1) => {
    const { node } = walk(doc, path);
    const start = lines.linePos(node?.range?.[0] ?? 0);
    if (!isScalar(node) || node.type !== 'BLOCK_LITERAL') return { ...start, exact: false };
    const first = start.line + 1;
    const sample = rows.slice(first - 1).find((r) => r.trim() !== '') ?? '';
    const indent = sample.length - sample.trimStart().length;
    return { line: first + line - 1, col: indent + col, exact: true };
  };
}

function fail(message: string): YamlResult {
  return { ok: false, issues: [{ message }] };
}

function depthOf(path: readonly unknown[]): number {
  return path.filter((n) => isMap(n) || isSeq(n)).length;
}

/** Turns the visitor's ancestor chain into `relations[2].to` style paths. */
function describePath(path: readonly unknown[]): string | undefined {
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const node = path[i];
    const next = path[i + 1];
    if (isSeq(node) && next !== undefined) out += `[${node.items.indexOf(next as never)}]`;
    if (isPair(node) && isScalar(node.key)) out += (out ? '.' : '') + String(node.key.value);
  }
  return out || undefined;
}

function dedupe(issues: YamlIssue[]): YamlIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.path}|${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function firstLine(s: string): string {
  return s.split('\n')[0].trim();
}

export function messageOf(err: unknown): string {
  return firstLine(err instanceof Error ? err.message : String(err));
}
