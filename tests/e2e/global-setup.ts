/**
 * Builds the app once (unless ATLAS_E2E_SKIP_BUILD=1 and dist/ exists), serves
 * dist/ under a sub-path, and hands the URL to the tests.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { assertChromium } from './browser';
import { serveStatic, type StaticServer } from './static-server';

let server: StaticServer | undefined;

export default async function setup(project: TestProject) {
  assertChromium();
  if (!(process.env.ATLAS_E2E_SKIP_BUILD === '1' && existsSync('dist/index.html'))) {
    execSync('npm run build', { stdio: 'inherit' });
  }
  server = await serveStatic('dist');
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
