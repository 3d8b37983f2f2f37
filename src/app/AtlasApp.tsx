/** The one screen: header, legend, graph (or list), entity panel, path stepper. */
import { GraphView } from '../graph/GraphView';
import { Legend } from '../graph/Legend';
import { EntityList } from '../list/EntityList';
import { EntityPanel, EntityPanelBody, NotFound } from '../panel/EntityPanel';
import { PathStepper } from '../paths/PathStepper';
import { selectListMode, selectView, selectedIdFor } from '../store/selectors';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useAppState, useAppStore, useAtlasData } from '../store/context';
import { Header } from './Header';
import { ShortcutHelp } from './ShortcutHelp';
import { useShortcuts } from './shortcuts';
import { Welcome } from './Welcome';
import type { View } from '../model/route';
import { CompareView } from '../views/CompareView';
import { CoverageView } from '../views/CoverageView';
import { MatrixView } from '../views/MatrixView';
import { WhyPanel } from '../views/WhyPanel';

export function AtlasApp() {
  const { graph } = useAtlasData();
  const store = useAppStore();
  useShortcuts(store, graph.paths);
  const listMode = useAppState(selectListMode);
  const view = useAppState(selectView);
  const selectedId = useAppState((s) => selectedIdFor(s, graph.paths));

  return (
    <div className="app">
      <Header />
      <div className="workspace">
        <Legend />
        <main className="stage" aria-label={listMode ? 'Entity list' : 'Graph'}>
          <ErrorBoundary label="graph">{listMode ? <EntityList /> : <GraphView />}</ErrorBoundary>
          <ErrorBoundary label="view">
            <StageView view={view} />
          </ErrorBoundary>
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

/** Table views open over the graph (which stays mounted, so closing them is instant). */
function StageView({ view }: { view: View }) {
  if (view.name === 'matrix') return <MatrixView kind={view.kind} />;
  if (view.name === 'coverage') return <CoverageView />;
  if (view.name === 'compare') return <CompareView ids={view.ids} />;
  return null;
}

function PanelContent({ view, selectedId }: { view: View; selectedId: string | null }) {
  if (view.name === 'invalid') return <NotFound what={`This address cannot be shown (${view.reason}): “${view.raw}”.`} />;
  if (selectedId) return <EntityPanelBody id={selectedId} />;
  if (view.name === 'path') return <NotFound what={`No quick-start path is called “${view.pathId}”.`} />;
  if (view.name === 'why') return <WhyPanel from={view.from} to={view.to} />;
  return <Welcome />;
}
