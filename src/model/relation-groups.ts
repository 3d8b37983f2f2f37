/** An entity's relations grouped by type and direction, for the panel ("Requires", "Used by" …). */
import type { GraphNode } from './app-data';
import { RELATION_LABELS } from './kinds';
import type { GraphIndex } from './graph-index';
import { RELATION_TYPES } from './constants';

export interface RelationGroup {
  key: string;
  label: string;
  items: { other: GraphNode; why?: string }[];
}

export function relationGroups(index: GraphIndex, id: string): RelationGroup[] {
  const groups: RelationGroup[] = [];
  const order = (n: GraphNode) => n.id;
  for (const type of RELATION_TYPES) {
    const out = (index.outgoing.get(id) ?? []).filter((e) => e.type === type);
    const inc = (index.incoming.get(id) ?? []).filter((e) => e.type === type);
    const mk = (key: string, label: string, list: { other: GraphNode | undefined; why?: string }[]) => {
      const items = list.filter((x): x is { other: GraphNode; why?: string } => !!x.other);
      items.sort((a, b) => order(a.other).localeCompare(order(b.other), 'en', { numeric: true }));
      if (items.length) groups.push({ key, label, items });
    };
    mk(`${type}:out`, RELATION_LABELS[type].forward, out.map((e) => ({ other: index.nodeById.get(e.target), why: e.why })));
    mk(`${type}:in`, RELATION_LABELS[type].backward, inc.map((e) => ({ other: index.nodeById.get(e.source), why: e.why })));
  }
  return groups;
}
