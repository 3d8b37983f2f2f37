/**
 * Loads the compiled data, then mounts the app. A missing or corrupt bundle
 * shows a readable error with Retry, never a white page.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { buildGraphIndex } from '../model/graph-index';
import { loadGraph } from '../model/load';
import { createSearcher } from '../model/search';
import { fetchSearchIndex } from '../model/fulltext';
import { createAppStore, type AppStore } from '../store/create-store';
import { loadDone, loadPanelWidth, loadThemePreference, saveDone, savePanelWidth, saveThemePreference } from '../store/persistence';
import { selectTheme } from '../store/selectors';
import { startUrlSync } from '../store/url-sync';
import { useAsync } from '../ui/use-async';
import { AtlasApp } from './AtlasApp';
import { DataContext, StoreContext, type AtlasData } from '../store/context';
import { whenGraphSettled } from '../ui/when-idle';
import { prefetchShards } from '../panel/details-cache';
import { setPrerenderBase, warmPrerendered } from '../diagram/prerendered';
import { dropUnadoptedPrepaint, removePrepaint } from '../graph/prepaint';

export const DATA_BASE_URL = `${import.meta.env.BASE_URL}atlas/`;

export function App({ baseUrl = DATA_BASE_URL }: { baseUrl?: string }) {
  const [attempt, setAttempt] = useState(0);
  const load = useAsync(`${baseUrl}#${attempt}`, async (): Promise<AtlasData> => {
    const graph = await loadGraph(baseUrl);
    performance.mark('atlas:data-loaded');
    // The full-text index is a separate file, fetched when idle or when the search box is first focused.
    const searcher = createSearcher(graph.search.docs, { loadFullText: () => fetchSearchIndex(baseUrl) });
    return { graph, index: buildGraphIndex(graph), searcher, baseUrl };
  })!;

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  // A page that cannot show the graph must not keep showing its picture.
  useEffect(() => {
    if (load.status === 'error') removePrepaint();
  }, [load.status]);
  if (load.status === 'loading') {
    return (
      <div className="boot" role="status">
        <span className="spinner" aria-hidden="true" /> Loading the atlas…
      </div>
    );
  }
  if (load.status === 'error') {
    return (
      <div className="boot boot-error" role="alert">
        <h1>The atlas could not be loaded</h1>
        <p>
          {load.message}.
        </p>
        <p>If you built the app yourself, run <code>npm run build</code> (it compiles the data first) and serve <code>dist/</code>.</p>
        <button type="button" onClick={retry}>
          Retry
        </button>
      </div>
    );
  }
  return <LoadedApp data={load.value} />;
}

function LoadedApp({ data }: { data: AtlasData }) {
  const store = useMemo<AppStore>(() => {
    const media = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
    const created = createAppStore({ done: loadDone(), themePreference: loadThemePreference(), systemTheme: media?.matches ? 'dark' : 'light' });
    const width = loadPanelWidth();
    if (width !== null) created.getState().setPanelWidth(width);
    return created;
  }, []);

  useEffect(() => startUrlSync(store), [store]);
  // The graph view adopted the pre-painted overview in its layout effect; without one it goes.
  useEffect(() => dropUnadoptedPrepaint(), []);
  useEffect(() => {
    // Build the search indexes and fetch the full-text index once the graph is complete and the page is
    // idle, not on the first keystroke (a focused search box warms them at once).
    return whenGraphSettled(() => data.searcher.warm());
  }, [data]);
  // Then the entities' details and the list of pre-rendered first diagrams, so the first click does not wait for the network.
  useEffect(() => {
    setPrerenderBase(data.baseUrl);
    let stop: () => void = () => undefined;
    const cancel = whenGraphSettled(() => {
      warmPrerendered();
      stop = prefetchShards(data.baseUrl, data.graph.shardCount);
    });
    return () => {
      cancel();
      stop();
    };
  }, [data]);
  useEffect(() => {
    const media = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
    const onChange = () => store.getState().setSystemTheme(media.matches ? 'dark' : 'light');
    media?.addEventListener('change', onChange);
    const applyTheme = () => {
      document.documentElement.dataset.theme = selectTheme(store.getState());
    };
    applyTheme();
    const unsub = store.subscribe((s, prev) => {
      if (s.themePreference !== prev.themePreference || s.systemTheme !== prev.systemTheme) {
        applyTheme();
        saveThemePreference(s.themePreference);
      }
      if (s.done !== prev.done) saveDone(s.done);
      if (s.panelWidth !== prev.panelWidth) savePanelWidth(s.panelWidth);
    });
    return () => {
      unsub();
      media?.removeEventListener('change', onChange);
    };
  }, [store]);

  return (
    <StoreContext.Provider value={store}>
      <DataContext.Provider value={data}>
        <AtlasApp />
      </DataContext.Provider>
    </StoreContext.Provider>
  );
}
