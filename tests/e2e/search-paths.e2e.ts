import { describe, expect, it } from 'vitest';
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
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/entity/${second}`);
    await page.close();
  });
});

describe('quick-start paths', () => {
  it('walks a path with the keyboard, deep-links steps and remembers done steps', async () => {
    const { page } = await openApp(browser(), '#/path/implement-cqrs/1');
    await expect.poll(() => page.locator('.step-count').textContent()).toBe('Step 1 of 7');
    await expect.poll(() => panelHeading(page)).toBe('CQRS');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/path/implement-cqrs/2');
    await expect.poll(() => panelHeading(page)).toBe('Partitioning');
    await page.getByLabel('Done').check();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('.step-count').textContent()).toBe('Step 1 of 7');
    await page.goto(page.url().replace(/#.*$/, '#/path/implement-cqrs/2'));
    await page.reload();
    await waitForGraph(page);
    await expect.poll(() => page.getByLabel('Done').isChecked()).toBe(true);
    await page.close();
  });

  it('clamps out-of-range steps and reports unknown paths', async () => {
    const { page, errors } = await openApp(browser(), '#/path/implement-cqrs/99');
    await expect.poll(() => page.locator('.step-count').textContent()).toBe('Step 7 of 7');
    await page.evaluate(() => (location.hash = '#/path/no-such-path/1'));
    await expect.poll(() => page.locator('.path-stepper').textContent()).toContain('no-such-path');
    expect(errors).toEqual([]);
    await page.close();
  });
});
