import { describe, expect, it } from 'vitest';
import { openApp, panelHeading, sharedBrowser } from './helpers';

const browser = sharedBrowser();

describe('entity panel', () => {
  it('resizes with the keyboard, collapses, reopens and closes', async () => {
    const { page } = await openApp(browser(), '#/entity/M9');
    await expect.poll(() => panelHeading(page)).toBe('Circuit Breaker');
    const panel = page.locator('aside.entity-panel');
    const w0 = (await panel.boundingBox())!.width;
    await page.getByRole('separator', { name: 'Resize panel' }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await panel.boundingBox())!.width).toBeGreaterThan(w0 + 60);
    await page.getByRole('button', { name: 'Hide details panel' }).click();
    expect(await panel.count()).toBe(0);
    await page.getByRole('button', { name: 'Show details panel' }).click();
    await expect.poll(() => panelHeading(page)).toBe('Circuit Breaker');
    await page.getByRole('button', { name: 'Close panel' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/');
    await page.close();
  });

  it('remembers its width across reloads', async () => {
    const { page } = await openApp(browser(), '#/entity/M9');
    await expect.poll(() => panelHeading(page)).toBe('Circuit Breaker');
    await page.getByRole('separator', { name: 'Resize panel' }).focus();
    await page.keyboard.press('ArrowLeft');
    const w = (await page.locator('aside.entity-panel').boundingBox())!.width;
    await page.reload();
    await expect.poll(() => panelHeading(page)).toBe('Circuit Breaker');
    expect(Math.round((await page.locator('aside.entity-panel').boundingBox())!.width)).toBe(Math.round(w));
    await page.evaluate(() => localStorage.removeItem('atlas:panel-width'));
    await page.close();
  });

  it('lands a deep link on its item, highlighted, and a plain link at the top', async () => {
    const { page } = await openApp(browser(), '#/entity/M2/failure-modes/split-brain-two-primaries');
    const item = page.locator('#sec-failure-modes--split-brain-two-primaries');
    await expect.poll(() => item.getAttribute('class')).toContain('is-target');
    const body = page.locator('aside.entity-panel .panel-body');
    const offset = await item.evaluate((el) => el.getBoundingClientRect().top - el.closest('.panel-body')!.getBoundingClientRect().top);
    expect(offset).toBeGreaterThanOrEqual(0);
    expect(offset).toBeLessThan(150);
    expect(await page.locator('nav.page-toc li.active > a').first().textContent()).toContain('Failure modes');
    await page.evaluate(() => (location.hash = '#/entity/M5'));
    await expect.poll(() => panelHeading(page)).toBe('Consensus');
    await page.locator('#sec-overview').waitFor();
    expect(await body.evaluate((el) => el.scrollTop)).toBe(0);
    await page.evaluate(() => (location.hash = '#/entity/M2/no-such-section'));
    await expect.poll(() => page.locator('.anchor-missing').textContent()).toContain('no section');
    await page.close();
  });

  it('after a path, an entity opens at the top, not at the last step\'s section', async () => {
    const { page } = await openApp(browser(), '#/path/implement-cqrs/2');
    await page.locator('aside.entity-panel .panel-section').first().waitFor();
    await page.evaluate(() => (location.hash = '#/entity/G-LIN'));
    await expect.poll(() => panelHeading(page)).toBe('Linearizability');
    await page.locator('#sec-overview').waitFor();
    expect(await page.locator('aside.entity-panel .panel-body').evaluate((el) => el.scrollTop)).toBe(0);
    await page.close();
  });

  it('opens a diagram in the reader: wheel zoom at the pointer, Fit, keyboard; Esc closes only the reader', async () => {
    const { page } = await openApp(browser(), '#/entity/M2');
    const fig = page.locator('figure.diagram').first();
    await expect.poll(() => fig.getAttribute('data-status'), { timeout: 20_000 }).toBe('ok');
    await fig.getByRole('button', { name: '⤢ Open', exact: true }).click();
    const dialog = page.getByRole('dialog');
    const zoom = dialog.locator('.viewer-zoom');
    const z0 = await zoom.textContent();
    const box = (await dialog.locator('.viewer-stage').boundingBox())!;
    await page.mouse.move(box.x + box.width / 3, box.y + box.height / 3);
    await page.mouse.wheel(0, -300);
    await expect.poll(() => zoom.textContent()).not.toBe(z0);
    const transform = await dialog.locator('.viewer-svg').getAttribute('style');
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 3 + 80, box.y + box.height / 3 + 40, { steps: 4 });
    await page.mouse.up();
    expect(await dialog.locator('.viewer-svg').getAttribute('style')).not.toBe(transform);
    await dialog.getByRole('button', { name: 'Fit' }).click();
    await expect.poll(() => zoom.textContent()).toBe(z0);
    await page.keyboard.press('+');
    await expect.poll(() => zoom.textContent()).not.toBe(z0);
    await page.keyboard.press('0');
    await expect.poll(() => zoom.textContent()).toBe(z0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.evaluate(() => location.hash)).toBe('#/entity/M2');
    expect(await panelHeading(page)).toBe('Replication');
    await page.close();
  });

  it('opens a diagram full screen with zoom, and offers its SVG for download', async () => {
    const { page } = await openApp(browser(), '#/entity/MP1');
    const fig = page.locator('figure.diagram').first();
    await expect.poll(() => fig.getAttribute('data-status'), { timeout: 20_000 }).toBe('ok');
    const download = page.waitForEvent('download');
    await fig.getByRole('button', { name: 'Download SVG' }).click();
    expect((await download).suggestedFilename()).toBe('MP1-1.svg');
    await fig.getByRole('button', { name: '⤢ Open', exact: true }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.locator('svg').count()).toBeGreaterThan(0);
    await dialog.getByRole('button', { name: '1:1' }).click();
    await expect.poll(() => dialog.locator('.viewer-zoom').textContent()).toBe('100%');
    await dialog.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => dialog.locator('.viewer-zoom').textContent()).toBe('125%');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.close();
  });

  it('re-renders diagrams in the dark theme', async () => {
    const { page } = await openApp(browser(), '#/entity/M5');
    const fig = page.locator('figure.diagram').first();
    await expect.poll(() => fig.getAttribute('data-status'), { timeout: 20_000 }).toBe('ok');
    const light = await fig.locator('.diagram-svg').innerHTML();
    await page.locator('.theme-toggle').click();
    await expect.poll(async () => (await fig.locator('.diagram-svg').innerHTML().catch(() => light)) !== light, { timeout: 20_000 }).toBe(true);
    await page.close();
  });

  it('becomes a bottom sheet on a narrow screen', async () => {
    const { page } = await openApp(browser(), '#/entity/G-LIN');
    await page.setViewportSize({ width: 390, height: 800 });
    await expect.poll(() => panelHeading(page)).toBe('Linearizability');
    const box = (await page.locator('aside.entity-panel').boundingBox())!;
    expect(box.width).toBeGreaterThan(380);
    expect(box.y + box.height).toBeGreaterThan(790);
    expect(box.y).toBeGreaterThan(200);
    await page.close();
  });

  it('exports the graph as PNG', async () => {
    const { page } = await openApp(browser());
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'PNG' }).click();
    const d = await download;
    expect(d.suggestedFilename()).toBe('atlas-graph.png');
    const path = await d.path();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG');
    await page.close();
  });
});
