import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, panelHeading, waitForGraph, sharedBrowser } from './helpers';

const browser = sharedBrowser();

describe('search', () => {
  it('focuses with / and opens the first result with Enter', async () => {
    const { page } = await openApp(browser());
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.pressSequentially('g-lin');
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('G-LIN');
    await page.keyboard.press('Enter');
    await expect.poll(() => panelHeading(page)).toBe('Linearizability');
    expect(await page.evaluate(() => location.hash)).toBe('#/entity/G-LIN');
    await page.close();
  });

  it('finds a company despite a typo and moves with the arrow keys', async () => {
    const { page } = await openApp(browser());
    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.pressSequentially('netflx');
    await expect.poll(() => page.getByRole('option').first().getAttribute('data-id')).toBe('CS-NETFLIX');
    await page.keyboard.press('ArrowDown');
    const second = await page.getByRole('option').nth(1).getAttribute('data-id');
    expect(await page.getByRole('option').nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    // The second result may be an item of that entity (then the address names its section and item).
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(new RegExp(`^#/entity/${second}(/|$)`));
    await page.close();
  });

  it('answers a natural-language query with a failure mode and opens the entity at it', async () => {
    const { page, errors } = await openApp(browser());
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.pressSequentially('old primary keeps accepting writes split brain');
    // The full-text index arrives when idle; wait for the item result, never for time.
    const target = page.locator('[role="option"][data-entity="M2"][data-section="failure-modes"][data-item="split-brain-two-primaries"]');
    await expect.poll(() => target.count(), { timeout: 20_000 }).toBe(1);
    expect(await target.textContent()).toContain('Failure mode · Split brain (two primaries)');
    expect(await target.locator('mark').count()).toBeGreaterThan(0);
    const ids = await page.getByRole('option').evaluateAll((os) => os.map((o) => o.id));
    const at = ids.indexOf((await target.getAttribute('id'))!);
    for (let i = 0; i < at; i++) await page.keyboard.press('ArrowDown');
    expect(await target.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/entity/M2/failure-modes/split-brain-two-primaries');
    await expect.poll(() => panelHeading(page)).toBe('Replication');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds a path by a word of its title and starts it', async () => {
    const { page } = await openApp(browser());
    await page.keyboard.press('/');
    await page.getByRole('combobox', { name: 'Search' }).pressSequentially('stale');
    const path = page.locator('[role="option"][data-path="oncall-stale-reads"]');
    await expect.poll(() => path.count(), { timeout: 20_000 }).toBe(1);
    await path.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/path/oncall-stale-reads/1');
    await page.close();
  });
});

/** The path as the app loads it (graph.json): its step count and each step's entity name, so content edits do not break these tests. */
async function pathShape(page: Page, id: string): Promise<{ n: number; names: string[] }> {
  return page.evaluate(async (pathId) => {
    const g = await (await fetch('atlas/graph.json')).json();
    const names = new Map<string, string>(g.nodes.map((x: { id: string; name: string }) => [x.id, x.name]));
    const path = g.paths.find((x: { id: string }) => x.id === pathId);
    return { n: path.steps.length, names: path.steps.map((st: { entity: string }) => names.get(st.entity) ?? st.entity) };
  }, id);
}

describe('quick-start paths', () => {
  it('walks a path with the keyboard, deep-links steps and remembers done steps', async () => {
    const { page } = await openApp(browser(), '#/path/implement-cqrs/1');
    const { n, names } = await pathShape(page, 'implement-cqrs');
    expect(n).toBeGreaterThan(2);
    await expect.poll(() => page.locator('.step-count').textContent()).toBe(`Step 1 of ${n}`);
    await expect.poll(() => panelHeading(page)).toBe(names[0]);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/path/implement-cqrs/2');
    await expect.poll(() => panelHeading(page)).toBe(names[1]);
    await page.getByLabel('Done').check();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('.step-count').textContent()).toBe(`Step 1 of ${n}`);
    await page.goto(page.url().replace(/#.*$/, '#/path/implement-cqrs/2'));
    await page.reload();
    await waitForGraph(page);
    await expect.poll(() => page.getByLabel('Done').isChecked()).toBe(true);
    await page.close();
  });

  it('ends a path with a summary checklist of every step', async () => {
    const { page } = await openApp(browser(), '#/path/implement-cqrs/1');
    const { n } = await pathShape(page, 'implement-cqrs');
    await page.evaluate((h) => (location.hash = h), `#/path/implement-cqrs/${n}`);
    const summary = page.getByRole('region', { name: 'Path summary' });
    await expect.poll(() => summary.getByRole('checkbox').count()).toBe(n);
    // Done steps persist across pages of this browser (an earlier test marked one), so count from what is there.
    const covered = async () => Number(new RegExp(`(\\d+) of ${n} steps covered`).exec((await summary.textContent()) ?? '')?.[1]);
    const before = await covered();
    expect(Number.isFinite(before)).toBe(true);
    const last = summary.getByRole('checkbox', { name: `Step ${n} covered` });
    const wasChecked = await last.isChecked();
    await last.click();
    await expect.poll(covered).toBe(before + (wasChecked ? -1 : 1));
    await page.close();
  });

  it('clamps out-of-range steps and reports unknown paths', async () => {
    const { page, errors } = await openApp(browser(), '#/path/implement-cqrs/99');
    const { n } = await pathShape(page, 'implement-cqrs');
    await expect.poll(() => page.locator('.step-count').textContent()).toBe(`Step ${n} of ${n}`);
    await page.evaluate(() => (location.hash = '#/path/no-such-path/1'));
    await expect.poll(() => page.locator('.path-stepper').textContent()).toContain('no-such-path');
    expect(errors).toEqual([]);
    await page.close();
  });
});
