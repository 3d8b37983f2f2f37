import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const publicDir = process.env.ATLAS_PUBLIC_DIR ?? 'public';
const PRECACHE_LIMIT = 8 * 1024 * 1024;
// The full-text index of a very large data set (the benchmark's 5,000 entities) is over the precache
// limit: it is then fetched when needed instead of precached (offline, search falls back to names).
const searchIndex = join(publicDir, 'atlas', 'search-index.json');
const hugeIndex = existsSync(searchIndex) && statSync(searchIndex).size > PRECACHE_LIMIT;

/**
 * Inlines the pre-painted overview (atlas/overview.svg, written by the compiler) into index.html as a
 * data URL, so the picture paints with the HTML instead of racing the app's JavaScript for the first
 * frame. Without the file (data not compiled yet) the page keeps its link to it.
 */
function inlineOverview(): Plugin {
  return {
    name: 'atlas-inline-overview',
    transformIndexHtml(html) {
      const file = join(publicDir, 'atlas', 'overview.svg');
      if (!existsSync(file)) return html;
      const uri = `data:image/svg+xml,${encodeURIComponent(readFileSync(file, 'utf8'))}`;
      return html.replace('src="./atlas/overview.svg"', `src="${uri}"`);
    },
  };
}

// Relative base: the built dist/ works from any static host and from a sub-path.
export default defineConfig({
  base: './',
  // The browser tests build from a copy of public/ (see tests/e2e/global-setup.ts).
  publicDir,
  plugins: [
    react(),
    inlineOverview(),
    // Offline after the first visit: a Workbox worker precaches the whole build (app, graph.json,
    // every detail shard, every lazy mermaid chunk). 'prompt': a new deploy waits until the user
    // accepts the "new version" prompt, so a page never mixes files from two builds.
    VitePWA({
      registerType: 'prompt',
      // Registered from src/offline/ (bundled code, no inline script: the CSP stays strict).
      injectRegister: false,
      // public/manifest.webmanifest, linked from index.html.
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest,woff2}'],
        // The pre-rendered first diagrams (about 650 SVGs, 20 MB) are cached as they are fetched, not
        // installed up front; their small index is precached, so it is right for this deploy offline.
        globIgnores: [...(hugeIndex ? ['**/atlas/search-index.json'] : []), '**/atlas/svg/*.svg'],
        runtimeCaching: [
          {
            // Named by their source's hash, so a cached one is never stale.
            urlPattern: ({ url }) => url.pathname.includes('/atlas/svg/') && url.pathname.endsWith('.svg'),
            handler: 'CacheFirst',
            options: {
              cacheName: 'atlas-prerendered',
              expiration: { maxEntries: 2000 },
              // Offline and not cached yet: "no content" rather than a network error, so the page
              // quietly draws the diagram with mermaid (precached) and the console stays clean.
              plugins: [{ handlerDidError: async () => new Response(null, { status: 204 }) }],
            },
          },
        ],
        // The largest mermaid chunk is over Workbox's 2 MiB default.
        maximumFileSizeToCacheInBytes: PRECACHE_LIMIT,
        // The first install takes over the open page, so it works offline without a reload;
        // an update only takes over after the prompt (the worker waits, no skipWaiting).
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        // Hash routes: every navigation inside the scope is the one page.
        navigateFallback: 'index.html',
      },
    }),
  ],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 3000,
  },
});
