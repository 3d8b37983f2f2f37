import { afterAll, beforeAll, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from './browser';

export const baseUrl = () => inject('baseUrl');

export async function openApp(b: LaunchedBrowser, hash = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await b.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(baseUrl() + hash);
  await waitForGraph(page);
  return { page, errors };
}

export async function waitForGraph(page: Page) {
  await page.waitForFunction(() => document.documentElement.dataset.graphComplete === 'true', null, { timeout: 30_000 });
}

/** Navigates to an entity and waits until its panel shows it and every diagram has settled (rendered or failed). */
export async function openEntityWithDiagrams(page: Page, id: string) {
  await page.evaluate((hash) => (location.hash = hash), `#/entity/${id}`);
  await page.waitForFunction(
    (wanted) => {
      const code = document.querySelector('aside.entity-panel .meta code');
      const figs = [...document.querySelectorAll('aside.entity-panel figure.diagram')];
      return code?.textContent === wanted && !!document.querySelector('#sec-diagrams') && figs.every((f) => f.getAttribute('data-status') !== 'loading');
    },
    id,
    { timeout: 30_000 },
  );
}

export async function panelHeading(page: Page) {
  return page.locator('aside.entity-panel h2').first().textContent();
}

/** Page coordinates of a node's centre on the canvas (via the app's webdriver-only test hook). */
export async function nodeOnScreen(page: Page, id: string): Promise<{ x: number; y: number }> {
  const pos = await page.evaluate(
    (nodeId) => (window as unknown as { __atlasTest: { nodePosition(id: string): { x: number; y: number } } }).__atlasTest.nodePosition(nodeId),
    id,
  );
  const box = (await page.locator('.graph-canvas').boundingBox())!;
  return { x: box.x + pos.x, y: box.y + pos.y };
}

export { launchChromium };
export type { LaunchedBrowser };

/** One fresh Chromium per test file, closed afterwards. */
export function sharedBrowser(): () => LaunchedBrowser {
  let b: LaunchedBrowser | undefined;
  beforeAll(async () => {
    b = await launchChromium();
  });
  afterAll(async () => {
    await b?.close();
  });
  return () => b!;
}
