import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Relative base: the built dist/ works from any static host and from a sub-path.
export default defineConfig({
  base: './',
  // The browser tests build from a copy of public/ (see tests/e2e/global-setup.ts).
  publicDir: process.env.ATLAS_PUBLIC_DIR ?? 'public',
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 3000,
  },
});
