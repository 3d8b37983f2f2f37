/** Launches Debian's Chromium through playwright-core: never a downloaded browser, always a fresh profile. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
}

export interface LaunchedBrowser {
  browser: BrowserContext;
  close(): Promise<void>;
}

/**
 * A persistent context gives each run its own fresh --user-data-dir, so no service worker or
 * cache from an earlier build survives. Service workers are blocked unless a test asks for them:
 * page.route() does not see the requests a worker answers, and most tests intercept requests.
 * tests/e2e/offline.e2e.ts is the one that runs the worker.
 */
export async function launchChromium(options: { serviceWorkers?: 'allow' | 'block' } = {}): Promise<LaunchedBrowser> {
  assertChromium();
  const profile = mkdtempSync(join(tmpdir(), 'atlas-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1400, height: 900 },
    serviceWorkers: options.serviceWorkers ?? 'block',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  return {
    browser: context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type { Browser };
