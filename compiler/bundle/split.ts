/** Splits a compiled bundle into the app's first-paint graph and detail shards. */
import type { AtlasBundle, Entity } from '../../src/model/bundle.ts';
import { SHARD_SIZE, type DetailShard, type GraphData, type GraphNode } from '../../src/model/app-data.ts';
import { toSearchDoc } from '../../src/model/search-docs.ts';

export function splitForApp(bundle: AtlasBundle): { graph: GraphData; shards: DetailShard[] } {
  const degree = new Map<string, number>();
  for (const e of bundle.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const shards: DetailShard[] = [];
  const nodes: GraphNode[] = bundle.entities.map((e, i) => {
    const shard = Math.floor(i / SHARD_SIZE);
    (shards[shard] ??= { entities: {} }).entities[e.id] = e;
    const [x, y] = bundle.layout[e.id] ?? [0, 0];
    return {
      id: e.id,
      kind: e.kind,
      name: e.name,
      confidence: e.confidence,
      maturity: e.maturity,
      ...(e.kind === 'guarantee' && e.family ? { family: e.family } : {}),
      ...(e.kind === 'case-study' ? { domain: e.domain } : {}),
      degree: degree.get(e.id) ?? 0,
      x,
      y,
      shard,
    };
  });
  const docs = bundle.entities.map((e: Entity) => toSearchDoc(e));
  return {
    graph: {
      format: 'atlas-graph',
      version: 1,
      nodes,
      edges: bundle.edges,
      paths: bundle.paths,
      search: { docs },
      shardCount: shards.length,
    },
    shards,
  };
}
