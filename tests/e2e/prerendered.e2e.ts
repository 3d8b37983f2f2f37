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

it('sanitises a tampered pre-rendered file: no script, no handler, nothing executed', async () => {
  const page = await browser().browser.newPage();
  // Every pre-rendered file answers with a hostile SVG, as a compromised host or cache might.
  const hostile =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 40" onload="window.__pwned=1">' +
    '<script>window.__pwned=2</script><image href="x" onerror="window.__pwned=3"/>' +
    '<text x="4" y="24" font-size="16">tampered</text></svg>';
  await page.route('**/atlas/svg/*.svg', (r) => r.fulfill({ status: 200, contentType: 'image/svg+xml', body: hostile }));
  await page.goto(baseUrl());
  await waitForGraph(page);
  await openEntityWithDiagrams(page, 'M1');
  const figs = await drawnBy(page);
  expect(figs[0]).toEqual(['build', true, false]);
  const first = page.locator('aside.entity-panel figure.diagram').first();
  expect(await first.locator('.diagram-svg text').first().textContent()).toBe('tampered');
  expect(await first.locator('[onerror], image[onerror]').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await page.close();
});
