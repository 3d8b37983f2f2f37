/** React access to the store and the loaded, immutable data. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { GraphData } from '../model/app-data';
import type { GraphIndex } from '../model/graph-index';
import type { Searcher } from '../model/search';
import type { AppStore } from './create-store';
import type { AppState } from './types';

export interface AtlasData {
  graph: GraphData;
  index: GraphIndex;
  searcher: Searcher;
  /** Where graph.json and the detail shards live, relative to the page. */
  baseUrl: string;
}

export const StoreContext = createContext<AppStore | null>(null);
export const DataContext = createContext<AtlasData | null>(null);

export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore outside of <StoreContext.Provider>');
  return store;
}

export function useAppState<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStore(), selector);
}

export function useAtlasData(): AtlasData {
  const data = useContext(DataContext);
  if (!data) throw new Error('useAtlasData outside of <DataContext.Provider>');
  return data;
}
