/** The one screen: header, legend, graph (or list), entity panel, path stepper; table views over all of them. */
import { useState } from 'react';
import { GraphView } from '../graph/GraphView';
import { Legend } from '../graph/Legend';
import { EntityList } from '../list/EntityList';
import { EntityPanel, EntityPanelBody, NotFound, type PageTarget } from '../panel/EntityPanel';
import { PathStepper } from '../paths/PathStepper';
import { selectListMode, selectView } from '../store/selectors';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useAppState, useAppStore, useAtlasData } from '../store/context';
import { Header } from './Header';
import { ShortcutHelp } from './ShortcutHelp';
import { useShortcuts } from './shortcuts';
import { Welcome } from './Welcome';
import { AppMenu } from './AppMenu';
import { Announcer } from './Announcer';
import { SkipLinks } from './SkipLinks';
import type { View } from '../model/route';
import type { QuickPath } from '../model/bundle';
import { clampStep, findPath } from '../model/paths';
import { CompareView } from '../views/CompareView';
import { CoverageView } from '../views/CoverageView';
import { MatrixView } from '../views/MatrixView';
import { WhyView } from '../views/WhyPanel';

/** Views that take the whole workspace; the graph, filters and panel stay mounted underneath. */
const isTableView = (v: View) => v.name === 'matrix' || v.name === 'coverage' || v.name === 'compare' || v.name === 'why';

export function AtlasApp() {
  const { graph } = useAtlasData();
  const store = useAppStore();
  useShortcuts(store, graph.paths);
  const listMode = useAppState(selectListMode);
  const view = useAppState(selectView);
  const reading = useAppState((s) => s.readingMode);
  const filtersOpen = useAppState((s) => s.filtersOpen);
  // While a table view is open the panel keeps what it showed before, so closing the view
  // (or Back) finds the same entity, scrolled where it was.
  const tableOpen = isTableView(view);
  const [behind, setBehind] = useState<View>(view);
  if (!tableOpen && behind !== view) setBehind(view);
  const panelView = tableOpen ? behind : view;
  const under = tableOpen ? { inert: true, 'aria-hidden': true as const } : {};

  return (
    <div className={`app${reading ? ' reading-mode' : ''}${tableOpen ? ' table-view-open' : ''}${filtersOpen ? ' filters-open' : ''}`}>
      <SkipLinks />
      <Header />
      <div className="workspace">
        <div className="legend-slot" {...under}>
          {/* Narrow screens show the legend as a drawer, opened from the menu. */}
          <button type="button" className="filters-close" onClick={() => store.getState().setFiltersOpen(false)}>
            ✕ Close filters
          </button>
          <Legend />
        </div>
        <main className="stage" aria-label={listMode ? 'Entity list' : 'Graph'} tabIndex={-1} {...under}>
          <ErrorBoundary label="graph">{listMode ? <EntityList /> : <GraphView />}</ErrorBoundary>
        </main>
        <div className="panel-slot" {...under}>
          <EntityPanel label="Entity details">
            <PanelContent view={panelView} paths={graph.paths} />
          </EntityPanel>
        </div>
        {tableOpen && (
          <ErrorBoundary label="view">
            <TableView view={view} />
          </ErrorBoundary>
        )}
      </div>
      <PathStepper />
      <ShortcutHelp />
      <AppMenu />
      <Announcer />
    </div>
  );
}

function TableView({ view }: { view: View }) {
  if (view.name === 'matrix') return <MatrixView kind={view.kind} />;
  if (view.name === 'coverage') return <CoverageView />;
  if (view.name === 'compare') return <CompareView ids={view.ids} />;
  if (view.name === 'why') return <WhyView from={view.from} to={view.to} />;
  return null;
}

function PanelContent({ view, paths }: { view: View; paths: readonly QuickPath[] }) {
  if (view.name === 'invalid') return <NotFound what={`This address cannot be shown (${view.reason}): “${view.raw}”.`} />;
  if (view.name === 'entity') {
    const target: PageTarget = { section: view.section, item: view.item, bad: view.badAnchor };
    return <EntityPanelBody id={view.id} target={target} />;
  }
  if (view.name === 'path') {
    const p = findPath(paths, view.pathId);
    if (!p) return <NotFound what={`No quick-start path is called “${view.pathId}”.`} />;
    const step = p.steps[clampStep(p, view.step) - 1];
    return <EntityPanelBody id={step.entity} target={{ section: step.section, item: step.item }} />;
  }
  return <Welcome />;
}
