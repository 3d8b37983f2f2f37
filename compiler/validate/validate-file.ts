/** Validates one parsed file against its kind's schema; problems carry field paths and positions. */
import { z } from 'zod';
import { ENTITY_SCHEMAS, ID_PATTERNS, PATH_ID_PATTERN, pathSchema, relationSchema, type Kind, type RelationSpec } from '../../src/model/schema.ts';
import { formatPath, type ProblemList } from '../problems.ts';
import type { DataFile } from '../load/discover.ts';
import type { Locate } from '../load/read-yaml.ts';
import { didYouMean } from './suggest.ts';

export interface Validated {
  /** The file's data, when it is valid. */
  data?: Record<string, unknown>;
  /**
   * When the file is invalid: the relations that are well-formed on their own, so their kinds and
   * targets are still checked in the same run (each problem is reported on the first run, not one per fix).
   */
  relations?: RelationSpec[];
}

const noPosition: Locate = () => ({ line: 0, col: 0 });

export function validateFile(file: DataFile, raw: unknown, problems: ProblemList, locate: Locate = noPosition): Validated {
  const at = (path: readonly PropertyKey[], key = false) => {
    const pos = locate(path, { key });
    return pos.line > 0 ? pos : undefined;
  };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.add(file.display, undefined, `expected a mapping of fields at the top level, found ${describe(raw)}`, at([]));
    return {};
  }
  const schema: z.ZodType = file.kind === 'path' ? pathSchema : ENTITY_SCHEMAS[file.kind];
  const result = schema.safeParse(raw);
  const id = (raw as { id?: unknown }).id;
  checkId(file, id, problems, at(['id']));
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        const known = Object.keys(shapeAt(schema, issue.path));
        for (const key of issue.keys) {
          problems.add(file.display, formatPath(issue.path), `unknown field ${JSON.stringify(key)}${didYouMean(key, known)}`, at([...issue.path, key], true));
        }
        continue;
      }
      problems.add(file.display, formatPath(issue.path), messageFor(issue, raw), at(issue.path));
    }
    return { relations: wellFormedRelations(raw) };
  }
  return { data: result.data as Record<string, unknown> };
}

function wellFormedRelations(raw: object): RelationSpec[] | undefined {
  const list = (raw as { relations?: unknown }).relations;
  if (!Array.isArray(list)) return undefined;
  // Keep positions: a malformed entry is replaced by a hole the reference checks skip.
  return list.map((r) => {
    const parsed = relationSchema.safeParse(r);
    return parsed.success ? parsed.data : (undefined as unknown as RelationSpec);
  });
}

/** The object shape the schema expects at a path (for "did you mean" on unknown keys). */
function shapeAt(schema: z.ZodType, path: readonly PropertyKey[]): Record<string, unknown> {
  let cur: z.ZodType | undefined = unwrap(schema);
  for (const step of path) {
    if (!cur) return {};
    const def = (cur as unknown as { _zod: { def: { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType } } })._zod.def;
    if (def.type === 'object' && typeof step === 'string') cur = unwrap(def.shape?.[step]);
    else if (def.type === 'array') cur = unwrap(def.element);
    else return {};
  }
  const def = (cur as unknown as { _zod?: { def: { type: string; shape?: Record<string, unknown> } } } | undefined)?._zod?.def;
  return def?.type === 'object' ? (def.shape ?? {}) : {};
}

function unwrap(s: z.ZodType | undefined): z.ZodType | undefined {
  let cur = s;
  for (let i = 0; i < 10 && cur; i++) {
    const def = (cur as unknown as { _zod: { def: { innerType?: z.ZodType; in?: z.ZodType } } })._zod.def;
    const inner = def.innerType ?? def.in;
    if (!inner) break;
    cur = inner;
  }
  return cur;
}

function checkId(file: DataFile, id: unknown, problems: ProblemList, at?: { line: number; col: number }): void {
  if (typeof id !== 'string') {
    problems.add(file.display, 'id', id === undefined ? 'is required' : `must be text, found ${describe(id)}`, at);
    return;
  }
  const pattern = file.kind === 'path' ? PATH_ID_PATTERN : ID_PATTERNS[file.kind as Kind];
  if (!pattern.test(id)) {
    problems.add(file.display, 'id', `${JSON.stringify(id)} does not follow the ${file.kind} ID convention ${pattern.source}`, at);
  } else if (id !== file.stem) {
    problems.add(file.display, 'id', `${JSON.stringify(id)} does not match the file name ${JSON.stringify(file.stem)}`, at);
  }
}

function messageFor(issue: z.core.$ZodIssue, raw: unknown): string {
  if (issue.code === 'invalid_value') {
    const found = valueAt(raw, issue.path);
    const allowed = issue.values.map((v) => String(v));
    const shown = typeof found === 'string' ? JSON.stringify(found) : describe(found);
    return `${shown} is not allowed${typeof found === 'string' ? didYouMean(found, allowed) : ''}; expected one of ${allowed.join(', ')}`;
  }
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
