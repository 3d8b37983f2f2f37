import { useCallback, useState } from 'react';
import { useAtlasData } from '../store/context';
import type { Entity } from '../model/bundle';
import { useAsync } from '../ui/use-async';
import { fetchShard, peekEntity } from './details-cache';

export type DetailsState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ok'; entity: Entity }
  | { status: 'error'; message: string };

/** The full entity for an ID, fetched from its detail shard; `retry` re-fetches after a failure. */
export function useEntityDetails(id: string | null): DetailsState & { retry(): void } {
  const { index, baseUrl } = useAtlasData();
  const [attempt, setAttempt] = useState(0);
  const node = id ? index.nodeById.get(id) : undefined;
  // A prefetched entity is shown in the render that selects it: no "loading" frame, no extra task.
  const arrived = node ? peekEntity(baseUrl, node.shard, node.id) : undefined;
  const state = useAsync(node && !arrived ? `${node.id}#${attempt}` : null, async () => {
    const entity = (await fetchShard(baseUrl, node!.shard)).get(node!.id);
    if (!entity) throw new Error(`details for ${node!.id} are missing`);
    return entity;
  });
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  if (arrived) return { status: 'ok', entity: arrived, retry };
  if (!state) return { status: 'idle', retry };
  if (state.status === 'ok') return { status: 'ok', entity: state.value, retry };
  return { ...state, retry };
}
