import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preparePrint } from './export/prepare-print';
import { OfflineStatus } from './offline/OfflineStatus';
import { followThemeColor } from './offline/theme-color';
import './styles.css';
import './app/screens.css';
import './print.css';

followThemeColor();
preparePrint();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
    <OfflineStatus />
  </StrictMode>,
);
