/** Cross-file checks: unique IDs, resolvable references, relation types that fit their kinds. */
import { RELATION_RULES, type Kind, type PathData, type RelationSpec } from '../../src/model/schema.ts';
import type { ProblemList } from '../problems.ts';
import type { Entity } from '../../src/model/bundle.ts';
import { findAnchor } from '../../src/model/sections.ts';
import { didYouMean } from './suggest.ts';

export interface ParsedEntity {
  id: string;
  kind: Kind;
  file: string;
  data: Record<string, unknown> & { relations: RelationSpec[] };
  /**
   * The file has problems of its own (already reported): it still defines its ID (its file name) so
   * references to it are not reported again, and its well-formed relations are still checked.
   */
  placeholder?: boolean;
}

const real = (entities: ParsedEntity[]) => entities.filter((e) => !e.placeholder);

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
    (e.data.relations ?? []).forEach((rel, i) => {
      if (!rel) return; // malformed: its schema problem is already reported
      const at = `relations[${i}].to`;
      const targetKind = kindOf.get(rel.to);
      if (targetKind === undefined) {
        problems.add(e.file, at, `unknown entity ${JSON.stringify(rel.to)}${didYouMean(rel.to, kindOf.keys())}`);
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

/** Views a parsed entity as the app will see it, for the section/item lookups of model/sections.ts. */
const asEntity = (e: ParsedEntity) => ({ ...e.data, kind: e.kind }) as unknown as Entity;

export function checkPaths(paths: { file: string; data: PathData }[], entities: ParsedEntity[], problems: ProblemList): void {
  const byId = new Map(entities.map((e) => [e.id, e] as const));
  for (const { file, data } of paths) {
    data.steps.forEach((step, i) => {
      const target = byId.get(step.entity);
      if (!target) {
        problems.add(file, `steps[${i}].entity`, `unknown entity ${JSON.stringify(step.entity)}${didYouMean(step.entity, byId.keys())}`);
        return;
      }
      if (target.placeholder) return;
      if (step.item !== undefined && step.section === undefined) {
        problems.add(file, `steps[${i}].item`, 'an item needs its section');
        return;
      }
      if (step.section === undefined) return;
      const e = asEntity(target);
      if (!findAnchor(e, step.section)) {
        problems.add(file, `steps[${i}].section`, `${step.entity} has no "${step.section}" section`);
      } else if (step.item !== undefined && !findAnchor(e, step.section, step.item)) {
        const items = findAnchor(e, step.section)!.section.items.map((x) => x.slug);
        problems.add(file, `steps[${i}].item`, `${step.entity} has no item "${step.item}" in ${step.section} (items: ${items.join(', ') || 'none'})`);
      }
    });
  }
}

/** A symptom's likely causes must name real entities and, where given, one of their failure modes by its exact name. */
export function checkSymptomCauses(entities: ParsedEntity[], problems: ProblemList): void {
  const byId = new Map(entities.map((e) => [e.id, e] as const));
  for (const e of real(entities)) {
    if (e.kind !== 'symptom') continue;
    const causes = e.data.likelyCauses as { entity: string; failureMode?: string }[];
    causes.forEach((c, i) => {
      const target = byId.get(c.entity);
      if (!target) {
        problems.add(e.file, `likelyCauses[${i}].entity`, `unknown entity ${JSON.stringify(c.entity)}${didYouMean(c.entity, byId.keys())}`);
        return;
      }
      if (c.failureMode === undefined || target.placeholder) return;
      const names = ((target.data.failureModes as { name: string }[] | undefined) ?? []).map((f) => f.name);
      if (!names.includes(c.failureMode)) {
        const hint = didYouMean(c.failureMode, names);
        problems.add(
          e.file,
          `likelyCauses[${i}].failureMode`,
          hint
            ? `${c.entity} has no failure mode named ${JSON.stringify(c.failureMode)}${hint}`
            : `${c.entity} has no failure mode named ${JSON.stringify(c.failureMode)} (it has: ${names.map((n) => JSON.stringify(n)).join(', ') || 'none'})`,
        );
      }
    });
  }
}
