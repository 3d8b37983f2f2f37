/** The one screen: header, legend, graph (or list), entity panel, path stepper. */
import { GraphView } from '../graph/GraphView';
import { Legend } from '../graph/Legend';
import { EntityList } from '../list/EntityList';
import { EntityPanel, EntityPanelBody, NotFound } from '../panel/EntityPanel';
import { PathStepper } from '../paths/PathStepper';
import { selectedIdFor } from '../store/selectors';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useAppState, useAppStore, useAtlasData } from './context';
import { Header } from './Header';
import { ShortcutHelp } from './ShortcutHelp';
import { useShortcuts } from './shortcuts';
import { Welcome } from './Welcome';

export function AtlasApp() {
  const { graph } = useAtlasData();
  const store = useAppStore();
  useShortcuts(store, graph.paths);
  const listMode = useAppState((s) => s.listMode);
  const view = useAppState((s) => s.view);
  const selectedId = useAppState((s) => selectedIdFor(s, graph.paths));

  return (
    <div className="app">
      <Header />
      <div className="workspace">
        <Legend />
        <main className="stage" aria-label={listMode ? 'Entity list' : 'Graph'}>
          <ErrorBoundary label="graph">{listMode ? <EntityList /> : <GraphView />}</ErrorBoundary>
        </main>
        <EntityPanel label="Entity details">
          <PanelContent view={view} selectedId={selectedId} />
        </EntityPanel>
      </div>
      <PathStepper />
      <ShortcutHelp />
    </div>
  );
}

function PanelContent({ view, selectedId }: { view: ReturnType<typeof useAppState<import('../model/route').View>>; selectedId: string | null }) {
  if (view.name === 'invalid') return <NotFound what={`This address cannot be shown (${view.reason}): “${view.raw}”.`} />;
  if (selectedId) return <EntityPanelBody id={selectedId} />;
  if (view.name === 'path') return <NotFound what={`No quick-start path is called “${view.pathId}”.`} />;
  if (view.name === 'home') return <Welcome />;
  return <NotFound what="This view is not part of this version of Atlas Explorer." />;
}
