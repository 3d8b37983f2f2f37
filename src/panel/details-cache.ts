/** Loads detail shards on demand and keeps them; a failed load is forgotten so Retry can try again. */
import type { Entity } from '../model/bundle';
import { loadShard } from '../model/load';
import { whenIdle } from '../ui/when-idle';

/**
 * Up to this many detail files (≈ 87 kB each: 33 files, 2.9 MB, 0.86 MB gzip at the atlas's
 * size, which the service worker precaches anyway) are fetched ahead of any click, one per idle
 * period, so opening an entity never waits for the network. Larger data sets (5,000 entities:
 * 500 files) keep loading on demand (and on hover).
 */
export const PREFETCH_MAX_SHARDS = 64;

const shards = new Map<string, Promise<Map<string, Entity>>>();
/** Shards that have arrived, so a click on a prefetched entity renders its page in the same task. */
const arrived = new Map<string, Map<string, Entity>>();

/** The entity, if its shard has already arrived; undefined otherwise (then fetchShard it). */
export function peekEntity(baseUrl: string, shard: number, id: string): Entity | undefined {
  return arrived.get(`${baseUrl}|${shard}`)?.get(id);
}

export function fetchShard(baseUrl: string, shard: number): Promise<Map<string, Entity>> {
  const key = `${baseUrl}|${shard}`;
  let p = shards.get(key);
  if (!p) {
    p = loadShard(baseUrl, shard);
    shards.set(key, p);
    p.then(
      (entities) => arrived.set(key, entities),
      () => shards.delete(key),
    );
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
