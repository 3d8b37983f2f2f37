/** Renders app parts against the compiled mini fixture, with fetch served from memory. */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { splitForApp } from '../../compiler/bundle/split';
import { compileData } from '../../compiler/compile';
import { DataContext, StoreContext, type AtlasData } from '../../src/store/context';
import { shardFile, type DetailShard, type GraphData } from '../../src/model/app-data';
import { buildGraphIndex } from '../../src/model/graph-index';
import { createSearcher, type Searcher } from '../../src/model/search';
import { createAppStore, type AppStore } from '../../src/store/create-store';
import { MINI } from '../compiler/fixture-dir';

export async function miniData(): Promise<{ graph: GraphData; shards: DetailShard[] }> {
  const r = await compileData(MINI, { skipDiagramParse: true });
  if (!r.ok) throw new Error('mini fixture invalid');
  return JSON.parse(JSON.stringify(splitForApp(r.bundle)));
}

export function serveShards(shards: DetailShard[]) {
  const fetchMock = vi.fn(async (url: string) => {
    const i = shards.findIndex((_, n) => url.endsWith(shardFile(n)));
    return i >= 0 ? new Response(JSON.stringify(shards[i])) : new Response('missing', { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

let served = 0;
export function renderWith(ui: ReactNode, graph: GraphData, store: AppStore = createAppStore(), searcher: Searcher = createSearcher(graph.search.docs)) {
  // A fresh base URL per render: detail shards are cached per URL for the whole session.
  const baseUrl = `atlas-${++served}/`;
  const data: AtlasData = { graph, index: buildGraphIndex(graph), searcher, baseUrl };
  const utils = render(
    <StoreContext.Provider value={store}>
      <DataContext.Provider value={data}>{ui}</DataContext.Provider>
    </StoreContext.Provider>,
  );
  return { ...utils, store };
}
