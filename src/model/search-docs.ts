/**
 * What the search box searches, derived from entities at build time. Shared by the
 * compiler (which builds Fuse's index) and the app (which loads it), so the two
 * can never disagree on keys or weights.
 */
import type { Entity } from './bundle';
import type { Kind } from './schema';

export interface SearchDoc {
  id: string;
  kind: Kind;
  name: string;
  aliases: string[];
  /** The entity's organisation and every organisation named in its examples. */
  orgs: string[];
  /** Systems named in examples. */
  systems: string[];
  tags: string[];
}

/**
 * Fields in ranking order. All are searched for substrings; the first four are
 * also searched fuzzily (typos), which is the costly part, so the long
 * `systems` and `tags` lists are left to the substring pass.
 */
export const SEARCH_FIELDS = ['id', 'name', 'aliases', 'orgs', 'systems', 'tags'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export const FUZZY_KEYS = [
  { name: 'id', weight: 3 },
  { name: 'name', weight: 2.5 },
  { name: 'aliases', weight: 1.5 },
  { name: 'orgs', weight: 1.2 },
] as const;

const uniq = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];

export function toSearchDoc(e: Entity): SearchDoc {
  const own = 'organisation' in e ? [e.organisation] : [];
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    aliases: uniq(e.aliases),
    orgs: uniq([...own, ...e.examples.map((x) => x.organisation)]),
    systems: uniq(e.examples.map((x) => x.system)),
    tags: uniq(e.tags),
  };
}
