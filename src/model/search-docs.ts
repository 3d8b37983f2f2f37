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

export const SEARCH_KEYS = [
  { name: 'id', weight: 3 },
  { name: 'name', weight: 2.5 },
  { name: 'aliases', weight: 1.5 },
  { name: 'orgs', weight: 1.2 },
  { name: 'systems', weight: 1 },
  { name: 'tags', weight: 0.5 },
] as const;

export const SEARCH_KEY_NAMES = SEARCH_KEYS.map((k) => k.name);

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
