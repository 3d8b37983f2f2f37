/** One polite live region for what changed out of sight: selection, path step, view, list/graph. */
import { useEffect, useState } from 'react';
import { announceView } from '../model/announce';
import { useAppStore, useAtlasData } from '../store/context';

export function Announcer() {
  const store = useAppStore();
  const { graph, index } = useAtlasData();
  const [text, setText] = useState('');
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        if (s.listMode !== prev.listMode) setText(s.listMode ? 'List view' : 'Graph view');
        const said = s.view !== prev.view ? announceView(prev.view, s.view, (id) => index.nodeById.get(id), graph.paths) : null;
        if (said) setText(said);
      }),
    [store, graph.paths, index],
  );
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {text}
    </div>
  );
}
