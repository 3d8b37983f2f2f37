/**
 * The build pre-renders each entity's first diagram in both themes (compiler/bundle/prerender.ts):
 * a click shows that SVG from a file, sanitised, with no mermaid layout; the other diagrams are
 * still drawn in the browser. A source the build never saw falls back to mermaid.
 */
import { expect, it } from 'vitest';
import { baseUrl, openEntityWithDiagrams, sharedBrowser, waitForGraph } from './helpers';

const browser = sharedBrowser();

const drawnBy = (page: import('playwright-core').Page) =>
  page.locator('aside.entity-panel figure.diagram').evaluateAll((fs) => fs.map((f) => [f.getAttribute('data-drawn-by'), !!f.querySelector('.diagram-svg svg'), !!f.querySelector('script, foreignObject script, [onload], [onclick]')]));

it('shows the first diagram from the build, sanitised, and draws the rest in the browser', async () => {
  const page = await browser().browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(baseUrl());
  await waitForGraph(page);
  await openEntityWithDiagrams(page, 'M1');
  const figs = await drawnBy(page);
  expect(figs.length).toBeGreaterThan(1);
  expect(figs[0]).toEqual(['build', true, false]);
  expect(figs.slice(1).every(([by, svg]) => by === 'browser' && svg)).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});

it('draws in the browser when the build has no picture for the source', async () => {
  const page = await browser().browser.newPage();
  await page.route('**/atlas/svg/index.json', (r) => r.fulfill({ status: 404, body: '' }));
  await page.goto(baseUrl());
  await waitForGraph(page);
  await openEntityWithDiagrams(page, 'M1');
  const figs = await drawnBy(page);
  expect(figs.length).toBeGreaterThan(1);
  expect(figs.every(([by, svg]) => by === 'browser' && svg)).toBe(true);
  await page.close();
});
