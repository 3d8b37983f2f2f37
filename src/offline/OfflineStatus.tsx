/**
 * Registers the service worker (vite-plugin-pwa, 'prompt' mode) and shows its UpdatePrompt.
 * A new deploy installs in the background and waits; only "Reload" activates it, and the page
 * reloads as soon as it takes control, so no page ever runs files from two builds.
 */
import { useEffect, useMemo } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { stopBackgroundWork } from '../ui/when-idle';
import { activateUpdate, reloadOnce } from './activate-update';
import { UpdatePrompt } from './UpdatePrompt';

/** How often an open tab asks the server for a new deploy (besides every page load). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export function OfflineStatus() {
  // One guard for every route to a reload (the plugin's and ours), so the page reloads once.
  const reload = useMemo(() => reloadOnce(() => window.location.reload()), []);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
  } = useRegisterSW({
    onNeedReload: reload,
    // After the page's load event: the precache (≈ 5 MB) must not compete with first paint.
    immediate: false,
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      const check = () => {
        if (navigator.onLine) registration.update().catch(() => undefined);
      };
      setInterval(check, UPDATE_CHECK_MS);
      window.addEventListener('online', check);
    },
  });

  // "Works offline" is news once; it leaves by itself.
  useEffect(() => {
    if (!offlineReady) return;
    const t = setTimeout(() => setOfflineReady(false), 8000);
    return () => clearTimeout(t);
  }, [offlineReady, setOfflineReady]);

  return (
    <UpdatePrompt
      needRefresh={needRefresh}
      offlineReady={offlineReady}
      onReload={() => {
        stopBackgroundWork();
        void activateUpdate(navigator.serviceWorker, reload);
      }}
      onDismiss={() => {
        setNeedRefresh(false);
        setOfflineReady(false);
      }}
    />
  );
}
