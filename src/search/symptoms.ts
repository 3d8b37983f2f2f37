/** "What are you seeing?": the symptoms as search results, for the empty search box and the welcome panel. */
import type { GraphNode } from '../model/app-data';
import type { SearchResult } from '../model/search';

export function symptomResults(nodes: readonly GraphNode[]): SearchResult[] {
  return nodes
    .filter((n) => n.kind === 'symptom')
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((n) => ({ key: `${n.id}/overview`, kind: n.kind, entity: n.id, label: n.id, name: n.name, labelRanges: [], nameRanges: [] }));
}
