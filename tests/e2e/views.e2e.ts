import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { openApp, panelHeading, sharedBrowser } from './helpers';

const browser = sharedBrowser();

describe('matrices, coverage, compare and "how are these related?"', () => {
  it('shows a sortable, filterable readiness matrix whose rows open the entity', async () => {
    const { page, errors } = await openApp(browser(), '#/matrix/guarantee');
    const rows = page.locator('table.matrix tbody tr');
    // One row per guarantee in the shipped data.
    const guarantees = await page.evaluate(async () => (await (await fetch('atlas/graph.json')).json()).nodes.filter((n: { kind: string }) => n.kind === 'guarantee').length);
    expect(guarantees).toBeGreaterThanOrEqual(18);
    await expect.poll(() => rows.count()).toBe(guarantees);
    await page.getByRole('button', { name: /^Real examples/ }).click();
    await page.getByRole('button', { name: /^Real examples/ }).click();
    expect(await page.locator('th[aria-sort="descending"]').count()).toBe(1);
    await page.getByLabel('Filter rows').fill('linear');
    await expect.poll(() => rows.count()).toBe(1);
    await rows.first().getByRole('link', { name: 'G-LIN' }).click();
    await expect.poll(() => panelHeading(page)).toBe('Linearizability');
    expect(await page.locator('table.matrix').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the coverage dashboard', async () => {
    const { page } = await openApp(browser(), '#/coverage');
    await expect.poll(() => page.locator('.coverage').textContent()).toContain('Confidence');
    expect(await page.locator('.coverage table tbody tr').count()).toBe(7); // one row per kind, symptoms included
    await page.close();
  });

  it('compares entities side by side with a shareable URL', async () => {
    const { page } = await openApp(browser(), '#/compare/MP1,MP2');
    await expect.poll(() => page.locator('table.compare thead th').allTextContents()).toEqual([expect.stringContaining('MP1'), expect.stringContaining('MP2')]);
    const labels = await page.locator('table.compare tbody th').evaluateAll((ths) => ths.map((th) => th.firstChild?.textContent));
    expect(labels).toEqual(expect.arrayContaining(['Mechanisms', 'Failure modes', 'Diagrams']));
    // The pickers are comboboxes over the app's search: a name finds the entity.
    expect(await page.locator('.compare-relations').textContent()).toContain('builds on');
    await page.getByRole('combobox', { name: 'Third (optional)' }).fill('Bulkhead');
    // MP13 is the micro-pattern named Bulkhead.
    await page.getByRole('option', { name: /MP13/ }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/compare/MP1,MP2,MP13');
    await page.close();
  });

  it('explains how two entities are related and lights the chain', async () => {
    const { page } = await openApp(browser(), '#/why/MP1/G-EXO');
    await expect.poll(() => page.locator('#view-title').textContent()).toBe('How are these related?');
    const chain = page.locator('ol.chain').first();
    expect(await chain.textContent()).toContain('provides');
    await page.getByRole('combobox', { name: 'To', exact: true }).fill('CS-UBER');
    await page.getByRole('option', { name: /CS-UBER/ }).first().click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/why/MP1/CS-UBER');
    expect(await page.locator('ol.chain').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('takes the whole workspace and gives the selection, panel scroll and camera back on Back', async () => {
    const { page } = await openApp(browser(), '#/entity/M2');
    await expect.poll(() => panelHeading(page)).toBe('Replication');
    const body = page.locator('aside.entity-panel .panel-body');
    await page.locator('#sec-failure-modes').waitFor();
    await body.evaluate((el) => (el.scrollTop = 900));
    const before = await body.evaluate((el) => el.scrollTop);
    await page.getByRole('link', { name: 'Matrices' }).click();
    const frame = (await page.locator('.view-frame').boundingBox())!;
    const workspace = (await page.locator('.workspace').boundingBox())!;
    expect(frame.width).toBeGreaterThanOrEqual(workspace.width - 1);
    // The panel and filters stay mounted under the view, out of the tab order.
    expect(await page.locator('.panel-slot[inert] aside.entity-panel').count()).toBe(1);
    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/entity/M2');
    await expect.poll(() => panelHeading(page)).toBe('Replication');
    expect(Math.abs((await body.evaluate((el) => el.scrollTop)) - before)).toBeLessThan(2);
    await page.close();
  });

  it('matrix: sticky first column, names with codes, filter by name', async () => {
    const { page } = await openApp(browser(), '#/matrix/micro-pattern');
    await expect.poll(() => page.locator('table.matrix tbody tr').count()).toBeGreaterThan(5);
    expect(await page.locator('table.matrix tbody th').first().evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
    expect(await page.locator('table.matrix tbody tr').first().locator('td').first().textContent()).toMatch(/M\d+ \w/);
    await page.getByLabel(/Filter rows/).fill('Saga');
    await expect.poll(() => page.locator('table.matrix tbody th').allTextContents()).toContain('MP2 Saga');
    await page.close();
  });

  it('works in the dark theme too', async () => {
    const { page, errors } = await openApp(browser(), '#/matrix/incident');
    await page.keyboard.press('t');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect.poll(() => page.locator('table.matrix tbody tr').count()).toBeGreaterThan(20);
    const bg = await page.locator('.view-frame').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(11, 17, 32)');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('accessibility (axe-core)', () => {
  it.each([
    ['home', ''],
    ['entity panel', '#/entity/G-LIN'],
    ['matrix', '#/matrix/mechanism'],
    ['path', '#/path/implement-cqrs/1'],
  ])('%s has no serious or critical violations', async (_name, hash) => {
    const { page } = await openApp(browser(), hash);
    await page.waitForTimeout(800);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('list view has no serious or critical violations and is keyboard-navigable', async () => {
    const { page } = await openApp(browser());
    await page.keyboard.press('l');
    const second = await page.locator('a.list-entry').nth(1).getAttribute('data-id');
    await page.locator('a.list-entry').first().focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(second);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/entity/${second}`);
    expect(await page.locator('a.list-entry[aria-current="true"]').getAttribute('data-id')).toBe(second);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
