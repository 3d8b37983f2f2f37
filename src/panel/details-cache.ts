/** Loads detail shards on demand and keeps them; a failed load is forgotten so Retry can try again. */
import type { Entity } from '../model/bundle';
import { loadShard } from '../model/load';
import { whenIdle } from '../ui/when-idle';

/**
 * Up to this many detail files (≈ 80 kB each, ~1.2 MB at the atlas's size) are fetched ahead of
 * any click, one per idle period, so opening an entity never waits for the network. Larger data
 * sets keep loading on demand (and on hover).
 */
export const PREFETCH_MAX_SHARDS = 24;

const shards = new Map<string, Promise<Map<string, Entity>>>();

export function fetchShard(baseUrl: string, shard: number): Promise<Map<string, Entity>> {
  const key = `${baseUrl}|${shard}`;
  let p = shards.get(key);
  if (!p) {
    p = loadShard(baseUrl, shard);
    shards.set(key, p);
    p.catch(() => shards.delete(key));
  }
  return p;
}

/** Fetches every shard, one per idle period, when there are few enough. Returns a cancel function. */
export function prefetchShards(baseUrl: string, count: number): () => void {
  if (count > PREFETCH_MAX_SHARDS) return () => undefined;
  let cancelIdle: () => void = () => undefined;
  let stopped = false;
  const next = (i: number) => {
    if (stopped || i >= count) return;
    cancelIdle = whenIdle(() => {
      fetchShard(baseUrl, i).then(
        () => next(i + 1),
        () => undefined, // offline or a bad deploy: the panel's own load reports it
      );
    }, 2000);
  };
  next(0);
  return () => {
    stopped = true;
    cancelIdle();
  };
}
