import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadLiveGraph } from './graph/GraphView';
import { watchPrepaint } from './graph/prepaint';
import { preparePrint } from './export/prepare-print';
import { OfflineStatus } from './offline/OfflineStatus';
import { followThemeColor } from './offline/theme-color';
import './styles.css';
import './app/screens.css';
import './print.css';
import './graph/prepaint.css';

// First: the pre-painted overview may already be on screen (atlas:graph-visible), and the live
// graph's code (cytoscape) downloads while the data does, instead of after it.
watchPrepaint();
void loadLiveGraph();

followThemeColor();
preparePrint();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
    <OfflineStatus />
  </StrictMode>,
);
