/** Facet filters over graph nodes. An empty set means "no restriction" for that facet. */
import type { GraphNode } from './app-data';
import { KINDS } from './constants';
import type { Confidence, Domain, Family, Kind, Maturity } from './schema';

export interface Filters {
  kinds: ReadonlySet<Kind>;
  families: ReadonlySet<Family>;
  domains: ReadonlySet<Domain>;
  confidence: ReadonlySet<Confidence>;
  maturity: ReadonlySet<Maturity>;
}

export const NO_FILTERS: Filters = {
  kinds: new Set(),
  families: new Set(),
  domains: new Set(),
  confidence: new Set(),
  maturity: new Set(),
};

export function isFiltering(f: Filters): boolean {
  return f.kinds.size + f.families.size + f.domains.size + f.confidence.size + f.maturity.size > 0;
}

/**
 * Families only constrain guarantees and domains only case studies: filtering by
 * "Scalability" should not hide every mechanism, only the guarantees of other families.
 */
export function nodePasses(n: GraphNode, f: Filters): boolean {
  if (f.kinds.size && !f.kinds.has(n.kind)) return false;
  if (f.confidence.size && !f.confidence.has(n.confidence)) return false;
  if (f.maturity.size && !f.maturity.has(n.maturity)) return false;
  if (f.families.size && n.kind === 'guarantee' && !(n.family && f.families.has(n.family))) return false;
  if (f.domains.size && n.kind === 'case-study' && !(n.domain && f.domains.has(n.domain))) return false;
  return true;
}

export function visibleIds(nodes: readonly GraphNode[], f: Filters): Set<string> {
  const out = new Set<string>();
  for (const n of nodes) if (nodePasses(n, f)) out.add(n.id);
  return out;
}

export function toggle<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

/**
 * The kind chips: `kinds` lists the kinds shown, empty meaning all. Clicking a chip hides or shows
 * that one kind only; showing every kind again returns to the empty set (no filter, clean URL).
 */
export function toggleKindShown(kinds: ReadonlySet<Kind>, kind: Kind): Set<Kind> {
  const shown = new Set(kinds.size ? kinds : KINDS);
  if (shown.has(kind)) shown.delete(kind);
  else shown.add(kind);
  // Hiding the last kind would mean "no restriction" (the empty set): keep it shown instead.
  if (shown.size === 0) return new Set(kinds);
  return shown.size === KINDS.length ? new Set() : shown;
}

/** Whether a kind's chip is "on" (its nodes are shown). */
export const kindShown = (kinds: ReadonlySet<Kind>, kind: Kind) => kinds.size === 0 || kinds.has(kind);
