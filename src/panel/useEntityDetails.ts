import { useCallback, useEffect, useState } from 'react';
import { useAtlasData } from '../app/context';
import type { Entity } from '../model/bundle';
import { fetchShard } from './details-cache';

export type DetailsState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ok'; entity: Entity }
  | { status: 'error'; message: string };

export function useEntityDetails(id: string | null): DetailsState & { retry(): void } {
  const { index, baseUrl } = useAtlasData();
  const [state, setState] = useState<DetailsState>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const node = id ? index.nodeById.get(id) : undefined;

  useEffect(() => {
    if (!node) {
      setState({ status: 'idle' });
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    fetchShard(baseUrl, node.shard).then(
      (m) => {
        if (!live) return;
        const entity = m.get(node.id);
        setState(entity ? { status: 'ok', entity } : { status: 'error', message: `details for ${node.id} are missing` });
      },
      (err: unknown) => live && setState({ status: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [node, baseUrl, attempt]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { ...state, retry };
}
