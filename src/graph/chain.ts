/** The relation chain to highlight, when the "how are these related?" view is open. */
import { useMemo } from 'react';
import { useAppState, useAtlasData } from '../store/context';
import { shortestChains } from '../model/relatedness';

export function useChain() {
  const { index } = useAtlasData();
  const view = useAppState((s) => s.view);
  const from = view.name === 'why' ? view.from : null;
  const to = view.name === 'why' ? view.to : null;
  return useMemo(() => {
    if (!from || !to) return null;
    const chains = shortestChains(index, from, to, 3);
    if (!chains.length) return null;
    return { nodes: [...new Set(chains.flatMap((c) => c.nodes))], edges: chains.flatMap((c) => c.edges) };
  }, [index, from, to]);
}
