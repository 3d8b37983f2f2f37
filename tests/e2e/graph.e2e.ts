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

  it('draws the faint overview edges on their own layer, hands lit ones to cytoscape once the page has its diagram, and steps aside when zoomed in', async () => {
    const { page, errors } = await openApp(browser());
    const ambient = () => page.evaluate(() => (window as unknown as { __atlasTest: { ambientEdges(): number } }).__atlasTest.ambientEdges());
    const total = Number(/(\d+) relations/.exec((await page.locator('aside.entity-panel').textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(1000);
    await expect.poll(ambient).toBe(total);
    const at = await nodeOnScreen(page, 'M5');
    await page.mouse.click(at.x, at.y);
    await page.locator('aside.entity-panel figure.diagram[data-status="ok"]').first().waitFor();
    // M5's own edges are lit, so cytoscape draws them and the layer no longer does.
    await expect.poll(ambient).toBeLessThan(total - 10);
    await page.keyboard.press('Escape');
    await expect.poll(ambient).toBe(total);
    for (let i = 0; i < 8 && (await ambient()) > 0; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(ambient).toBe(0);
    expect(errors).toEqual([]);
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

  it('kind chips hide one kind at a time, reflected in the URL and the list view, with a visible "Show all"', async () => {
    const { page } = await openApp(browser());
    await page.getByRole('button', { name: /^Mechanisms \d+/ }).click();
    expect(await page.getByRole('button', { name: /^Mechanisms \d+/ }).getAttribute('aria-pressed')).toBe('false');
    expect(await page.getByRole('button', { name: /^Guarantees \d+/ }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/kinds=/);
    expect(await page.evaluate(() => location.hash)).not.toContain('mechanism');
    await page.getByRole('button', { name: 'List view' }).click();
    const headings = await page.locator('.entity-list h2').allTextContents();
    expect(headings.some((h) => h.includes('Mechanisms'))).toBe(false);
    expect(headings.some((h) => h.includes('Guarantees'))).toBe(true);
    await page.getByRole('button', { name: 'List view' }).click();
    await page.getByRole('button', { name: 'Show all kinds' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('kinds=');
    await page.close();
  });

  it("draws each kind's legend glyph as the canvas shape (incidents are stars)", async () => {
    const { page } = await openApp(browser());
    expect(await page.getByRole('button', { name: /^Incidents \d+/ }).textContent()).toContain('★');
    await page.close();
  });

  it('keeps pressed toolbar toggles readable (text colour differs from the background)', async () => {
    const { page } = await openApp(browser(), '#/entity/G-LIN');
    await page.getByRole('button', { name: 'Focus' }).click();
    const [fg, bg] = await page.getByRole('button', { name: 'Focus' }).evaluate((el) => {
      const s = getComputedStyle(el);
      return [s.color, s.backgroundColor];
    });
    expect(fg).not.toBe(bg);
    expect(bg).not.toBe('rgb(255, 255, 255)');
    await page.close();
  });

  it('Re-layout never overlaps nodes, and Undo returns every node to the curated layout', async () => {
    const { page } = await openApp(browser());
    const ids = ['G-LIN', 'M5', 'MP1', 'CS-AIRBNB'];
    const modelPos = () =>
      page.evaluate((list) => {
        const t = (window as unknown as { __atlasTest: { modelPositions(): Record<string, { x: number; y: number }> } }).__atlasTest;
        const all = t.modelPositions();
        return list.map((id) => all[id]);
      }, ids);
    const before = await modelPos();
    await page.getByRole('button', { name: 'Re-layout' }).click();
    await page.getByRole('button', { name: 'Undo layout' }).waitFor();
    expect(await modelPos()).not.toEqual(before);
    const overlaps = await page.evaluate(() => (window as unknown as { __atlasTest: { overlappingNodes(): number } }).__atlasTest.overlappingNodes());
    expect(overlaps).toBe(0);
    await page.getByRole('button', { name: 'Undo layout' }).click();
    expect(await modelPos()).toEqual(before);
    await page.close();
  });

  it('forgets a hover when the view changes', async () => {
    const { page } = await openApp(browser());
    const at = await nodeOnScreen(page, 'M5');
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __atlasTest: { hovered(): string | null } }).__atlasTest.hovered())).toBe('M5');
    await page.evaluate(() => (location.hash = '#/entity/G-LIN'));
    await expect.poll(() => page.evaluate(() => (window as unknown as { __atlasTest: { hovered(): string | null } }).__atlasTest.hovered())).toBe(null);
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
