/**
 * Builds the app once into .e2e/ (its own public/ copy and dist/, so a running
 * dev server or benchmark is never disturbed), serves it under a sub-path, and
 * hands the URL to the tests. ATLAS_E2E_SKIP_BUILD=1 reuses the last build.
 */
import { execSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { assertChromium } from './browser';
import { serveStatic, type StaticServer } from './static-server';

let server: StaticServer | undefined;

export default async function setup(project: TestProject) {
  assertChromium();
  const root = resolve('.e2e');
  const dist = join(root, 'dist');
  if (!(process.env.ATLAS_E2E_SKIP_BUILD === '1' && existsSync(join(dist, 'index.html')))) {
    rmSync(root, { recursive: true, force: true });
    cpSync('public', join(root, 'public'), { recursive: true, filter: (src) => !src.includes(join('public', 'atlas')) });
    // NODE_ENV: vitest sets it to 'test', which would make vite bundle React's development build.
    const env = { ...process.env, NODE_ENV: 'production', ATLAS_APP_DATA_DIR: join(root, 'public', 'atlas'), ATLAS_PUBLIC_DIR: join(root, 'public') };
    execSync('npm run build:data:app -- --prerender', { stdio: 'inherit', env });
    execSync(`npx vite build --outDir ${JSON.stringify(dist)} --emptyOutDir`, { stdio: 'inherit', env });
  }
  server = await serveStatic(dist);
  project.provide('baseUrl', server.url);
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
