/** Every entity's details, for views that compute over the whole atlas (matrices, coverage, compare). */
import { useAtlasData } from '../store/context';
import type { Entity } from '../model/bundle';
import { fetchShard } from '../panel/details-cache';
import { useAsync, type AsyncState } from '../ui/use-async';

export function useAllEntities(): AsyncState<Entity[]> {
  const { graph, baseUrl } = useAtlasData();
  const state = useAsync(`${baseUrl}|all|${graph.shardCount}`, async () => {
    const shards = await Promise.all(Array.from({ length: graph.shardCount }, (_, i) => fetchShard(baseUrl, i)));
    const all = new Map<string, Entity>();
    for (const s of shards) for (const [id, e] of s) all.set(id, e);
    return graph.nodes.map((n) => all.get(n.id)).filter((e): e is Entity => !!e);
  });
  return state ?? { status: 'loading' };
}
