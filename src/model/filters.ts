/** Facet filters over graph nodes. An empty set means "no restriction" for that facet. */
import type { GraphNode } from './app-data';
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
