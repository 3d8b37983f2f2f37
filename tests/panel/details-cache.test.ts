// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchShard, peekEntity, PREFETCH_MAX_SHARDS, prefetchShards } from '../../src/panel/details-cache';

const shard = (i: number) => ({ format: 'atlas-details', version: 1, shard: i, entities: { [`E${i}`]: { id: `E${i}` } } });

function serve() {
  const fetchMock = vi.fn(async (url: string) => {
    const n = Number(/details-(\d+)\.json$/.exec(url)?.[1]);
    return new Response(JSON.stringify(shard(n)));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('detail prefetch', () => {
  it('fetches every shard, one after another, when there are few', async () => {
    const fetchMock = serve();
    prefetchShards('pre-a/', 3);
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(3), { timeout: 3000 });
    expect(fetchMock.mock.calls.map(([u]) => u)).toEqual(['pre-a/details-0.json', 'pre-a/details-1.json', 'pre-a/details-2.json']);
    // Later loads come from the cache.
    expect((await fetchShard('pre-a/', 2)).has('E2')).toBe(true);
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('leaves large data sets to on-demand loading, and stops when cancelled', async () => {
    const fetchMock = serve();
    prefetchShards('pre-b/', PREFETCH_MAX_SHARDS + 1);
    const cancel = prefetchShards('pre-c/', 5);
    cancel();
    await new Promise((r) => setTimeout(r, 600));
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('peekEntity', () => {
  it('answers at once for an entity whose shard has arrived, and not before', async () => {
    serve();
    expect(peekEntity('peek-a/', 4, 'E4')).toBeUndefined();
    const pending = fetchShard('peek-a/', 4);
    expect(peekEntity('peek-a/', 4, 'E4')).toBeUndefined();
    await pending;
    expect(peekEntity('peek-a/', 4, 'E4')).toEqual({ id: 'E4' });
    expect(peekEntity('peek-a/', 4, 'E5')).toBeUndefined();
    expect(peekEntity('peek-b/', 4, 'E4')).toBeUndefined();
  });
});
