/** Cross-file checks: unique IDs, resolvable references, relation types that fit their kinds. */
import { RELATION_RULES, type Kind, type PathData, type RelationSpec } from '../../src/model/schema.ts';
import type { ProblemList } from '../problems.ts';

export interface ParsedEntity {
  id: string;
  kind: Kind;
  file: string;
  data: Record<string, unknown> & { relations: RelationSpec[] };
}

export function checkUniqueIds(items: { id: string; file: string }[], what: string, problems: ProblemList): Map<string, string> {
  const firstFile = new Map<string, string>();
  const lower = new Map<string, string>();
  for (const { id, file } of items) {
    const prev = firstFile.get(id);
    if (prev !== undefined) {
      problems.add(file, 'id', `${what} ${JSON.stringify(id)} is already defined in ${prev}`);
      continue;
    }
    const clash = lower.get(id.toLowerCase());
    if (clash !== undefined) problems.add(file, 'id', `${what} ${JSON.stringify(id)} differs only in case from ${clash}`);
    firstFile.set(id, file);
    lower.set(id.toLowerCase(), id);
  }
  return firstFile;
}

export function checkRelations(entities: ParsedEntity[], problems: ProblemList): void {
  const kindOf = new Map(entities.map((e) => [e.id, e.kind] as const));
  for (const e of entities) {
    const seen = new Set<string>();
    e.data.relations.forEach((rel, i) => {
      const at = `relations[${i}].to`;
      const targetKind = kindOf.get(rel.to);
      if (targetKind === undefined) {
        problems.add(e.file, at, `unknown entity ${JSON.stringify(rel.to)}`);
        return;
      }
      if (rel.to === e.id) {
        problems.add(e.file, at, 'an entity cannot relate to itself');
        return;
      }
      const rule = RELATION_RULES[rel.type];
      if (!rule.from.includes(e.kind) || !rule.to.includes(targetKind)) {
        problems.add(
          e.file,
          `relations[${i}].type`,
          `"${rel.type}" cannot join a ${e.kind} to a ${targetKind} (allowed: ${rule.from.join('/')} → ${rule.to.join('/')})`,
        );
      }
      const key = `${rel.type}|${rel.to}`;
      if (seen.has(key)) problems.add(e.file, `relations[${i}]`, `duplicate relation "${rel.type}" to ${rel.to}`);
      seen.add(key);
    });
  }
}

export function checkPaths(paths: { file: string; data: PathData }[], entityIds: Set<string>, problems: ProblemList): void {
  for (const { file, data } of paths) {
    data.steps.forEach((step, i) => {
      if (!entityIds.has(step.entity)) problems.add(file, `steps[${i}].entity`, `unknown entity ${JSON.stringify(step.entity)}`);
    });
  }
}
