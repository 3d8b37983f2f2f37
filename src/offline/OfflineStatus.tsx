/**
 * Registers the service worker (vite-plugin-pwa, 'prompt' mode) and shows its UpdatePrompt.
 * A new deploy installs in the background and waits; only "Reload" activates it, and the page
 * reloads as soon as it takes control, so no page ever runs files from two builds.
 */
import { useEffect } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { UpdatePrompt } from './UpdatePrompt';

/** How often an open tab asks the server for a new deploy (besides every page load). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export function OfflineStatus() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
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
      onReload={() => void updateServiceWorker(true)}
      onDismiss={() => {
        setNeedRefresh(false);
        setOfflineReady(false);
      }}
    />
  );
}
