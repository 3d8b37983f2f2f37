/** Loads detail shards on demand and keeps them; a failed load is forgotten so Retry can try again. */
import type { Entity } from '../model/bundle';
import { loadShard } from '../model/load';

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
