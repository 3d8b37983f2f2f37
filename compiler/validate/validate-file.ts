/** Validates one parsed file against its kind's schema; problems carry field paths. */
import type { z } from 'zod';
import { ENTITY_SCHEMAS, ID_PATTERNS, PATH_ID_PATTERN, pathSchema, type Kind } from '../../src/model/schema.ts';
import { formatPath, type ProblemList } from '../problems.ts';
import type { DataFile } from '../load/discover.ts';

export function validateFile(file: DataFile, raw: unknown, problems: ProblemList): Record<string, unknown> | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.add(file.display, undefined, `expected a mapping of fields at the top level, found ${describe(raw)}`);
    return undefined;
  }
  const schema: z.ZodType = file.kind === 'path' ? pathSchema : ENTITY_SCHEMAS[file.kind];
  const result = schema.safeParse(raw);
  const id = (raw as { id?: unknown }).id;
  checkId(file, id, problems);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.add(file.display, formatPath(issue.path), messageFor(issue, raw));
    }
    return undefined;
  }
  return result.data as Record<string, unknown>;
}

function checkId(file: DataFile, id: unknown, problems: ProblemList): void {
  if (typeof id !== 'string') {
    problems.add(file.display, 'id', id === undefined ? 'is required' : `must be text, found ${describe(id)}`);
    return;
  }
  const pattern = file.kind === 'path' ? PATH_ID_PATTERN : ID_PATTERNS[file.kind as Kind];
  if (!pattern.test(id)) {
    problems.add(file.display, 'id', `${JSON.stringify(id)} does not follow the ${file.kind} ID convention ${pattern.source}`);
  } else if (id !== file.stem) {
    problems.add(file.display, 'id', `${JSON.stringify(id)} does not match the file name ${JSON.stringify(file.stem)}`);
  }
}

function messageFor(issue: z.core.$ZodIssue, raw: unknown): string {
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
  if (issue.code === 'invalid_type') {
    const found = valueAt(raw, issue.path);
    if (found === undefined) return 'is required';
    return `must be ${issue.expected}, found ${describe(found)}`;
  }
  return issue.message;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return 'text';
  return typeof v;
}
