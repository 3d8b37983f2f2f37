import { describe, expect, it } from 'vitest';
import { nodeOnScreen, openApp, panelHeading, sharedBrowser } from './helpers';

const browser = sharedBrowser();

describe('graph explorer', () => {
  it('paints the graph from precomputed positions and records atlas:graph-ready', async () => {
    const { page, errors } = await openApp(browser());
    const marks = await page.evaluate(() => performance.getEntriesByName('atlas:graph-ready').length);
    expect(marks).toBe(1);
    expect(await page.locator('canvas').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a deep-linked entity with its name as the panel heading', async () => {
    const { page } = await openApp(browser(), '#/entity/G-LIN');
    await expect.poll(() => panelHeading(page)).toBe('Linearizability');
    await page.close();
  });

  it('selects a node by clicking it on the canvas', async () => {
    const { page } = await openApp(browser());
    const at = await nodeOnScreen(page, 'M5');
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/entity/M5');
    await expect.poll(() => panelHeading(page)).toBe('Consensus');
    await page.close();
  });

  it('renders the first diagram of a node the pointer rests on, so a click shows it without a spinner', async () => {
    const { page } = await openApp(browser());
    const at = await nodeOnScreen(page, 'M5');
    await page.mouse.move(at.x, at.y);
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('atlas:diagram-prerendered').map((m) => (m as PerformanceMark).detail?.entity)), { timeout: 20_000 })
      .toContain('M5');
    // Record whether the first diagram of the panel ever shows its loading state.
    await page.evaluate(() => {
      const w = window as unknown as { sawSpinner: boolean };
      w.sawSpinner = false;
      new MutationObserver(() => {
        const first = document.querySelector('aside.entity-panel figure.diagram');
        if (first?.querySelector('.diagram-loading')) w.sawSpinner = true;
      }).observe(document.body, { subtree: true, childList: true });
    });
    await page.mouse.down();
    await page.mouse.up();
    await expect.poll(() => page.locator('aside.entity-panel figure.diagram').first().getAttribute('data-status')).toBe('ok');
    expect(await page.evaluate(() => (window as unknown as { sawSpinner: boolean }).sawSpinner)).toBe(false);
    await page.close();
  });

  it('walks selections with Back and Forward', async () => {
    const { page } = await openApp(browser(), '#/entity/G-LIN');
    await expect.poll(() => panelHeading(page)).toBe('Linearizability');
    await page.locator('aside.entity-panel a[href="#/entity/M5"]').first().click();
    await expect.poll(() => panelHeading(page)).toBe('Consensus');
    await page.goBack();
    await expect.poll(() => panelHeading(page)).toBe('Linearizability');
    await page.goForward();
    await expect.poll(() => panelHeading(page)).toBe('Consensus');
    await page.close();
  });

  it('shows a friendly not-found note for an unknown ID', async () => {
    const { page, errors } = await openApp(browser(), '#/entity/M999');
    await expect.poll(() => panelHeading(page)).toBe('Not found');
    expect(await page.locator('aside.entity-panel').textContent()).toContain('M999');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters by kind from the legend, reflected in the URL and the list view', async () => {
    const { page } = await openApp(browser());
    await page.getByRole('button', { name: /^Mechanisms \d+/ }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('kinds=mechanism');
    await page.getByRole('button', { name: 'List view' }).click();
    const headings = await page.locator('.entity-list h2').allTextContents();
    expect(headings).toHaveLength(1);
    expect(headings[0]).toContain('Mechanisms');
    await page.close();
  });

  it('restores filters and focus from a shared URL', async () => {
    const { page } = await openApp(browser(), '#/entity/G-LIN?kinds=guarantee,mechanism&focus=1');
    expect(await page.getByRole('button', { name: /Guarantees/ }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: 'Focus' }).getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  it('toggles the theme, and remembers it across reloads', async () => {
    const { page } = await openApp(browser());
    const before = await page.evaluate(() => document.documentElement.dataset.theme);
    await page.locator('.theme-toggle').click();
    const after = await page.evaluate(() => document.documentElement.dataset.theme);
    expect(after).not.toBe(before);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.graphReady === 'true');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(after);
    await page.close();
  });
});
