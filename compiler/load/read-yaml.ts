/**
 * Safe YAML loading for untrusted contributor files: one YAML 1.2 document, valid UTF-8,
 * no BOM, no tags, no directives, no merge keys, bounded aliases and nesting.
 * Returns the plain value or a list of messages; never throws.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, visit } from 'yaml';

export const YAML_LIMITS = { maxBytes: 1_000_000, maxDepth: 24, maxAliases: 0 } as const;

export interface YamlIssue {
  path?: string;
  message: string;
}
export type YamlResult = { ok: true; value: unknown } | { ok: false; issues: YamlIssue[] };

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
  if (nesting) return fail(nesting);

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
  const at = (offset: number | undefined) => {
    if (offset === undefined) return '';
    const { line, col } = lines.linePos(offset);
    return ` (line ${line}, column ${col})`;
  };
  const issues: YamlIssue[] = [];
  for (const e of doc.errors) issues.push({ message: `YAML error${at(e.pos?.[0])}: ${firstLine(e.message)}` });
  if (doc.directives?.yaml.explicit || text.trimStart().startsWith('%')) {
    issues.push({ message: 'YAML directives (%YAML, %TAG) are not allowed' });
  }
  if (issues.length) return { ok: false, issues };

  visit(doc, (_key, node, path) => {
    const where = describePath(path);
    if (isAlias(node)) {
      issues.push({ path: where, message: `anchors and aliases are not allowed${at(node.range?.[0])}` });
      return visit.SKIP;
    }
    if ((isScalar(node) || isMap(node) || isSeq(node)) && node.tag) {
      issues.push({ path: where, message: `YAML tag ${node.tag} is not allowed${at(node.range?.[0])}` });
    }
    if ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor) {
      issues.push({ path: where, message: `anchors (&${node.anchor}) are not allowed${at(node.range?.[0])}` });
    }
    if (isPair(node) && isScalar(node.key) && node.key.value === '<<') {
      issues.push({ path: where, message: 'merge keys (<<) are not allowed' });
    }
    if ((isMap(node) || isSeq(node)) && depthOf(path) > YAML_LIMITS.maxDepth) {
      issues.push({ path: where, message: `nesting deeper than ${YAML_LIMITS.maxDepth} levels` });
      return visit.BREAK;
    }
    return undefined;
  });
  if (issues.length) return { ok: false, issues: dedupe(issues) };

  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliases }) };
  } catch (err) {
    return fail(`YAML could not be converted: ${messageOf(err)}`);
  }
}

const MAX_INDENT = 160;

/** Cheap scan of flow brackets (outside quotes) and indentation, before the real parser runs. */
function rawNestingProblem(text: string): string | undefined {
  let depth = 0;
  let quote: string | null = null;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote || c === '\n') quote = null;
      continue;
    }
    if (c === '"' || c === "'") {
      const prev = text[i - 1];
      // Quotes only open a scalar at its start (after space, bracket, comma or colon); elsewhere they are text.
      if (prev === undefined || ' \t[{,:\n-'.includes(prev)) quote = c;
    } else if (c === '#' && (i === 0 || ' \t\n'.includes(text[i - 1]))) {
      while (i < text.length && text[i] !== '\n') i++;
      line++;
    } else if (c === '[' || c === '{') {
      if (++depth > YAML_LIMITS.maxDepth) return `nesting deeper than ${YAML_LIMITS.maxDepth} levels (line ${line})`;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const indent = lines[n].length - lines[n].trimStart().length;
    if (indent > MAX_INDENT) return `indentation deeper than ${MAX_INDENT} columns (line ${n + 1})`;
  }
  return undefined;
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
