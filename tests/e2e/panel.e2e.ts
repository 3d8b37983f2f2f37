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
    await page.getByRole('button', { name: 'Collapse panel' }).click();
    expect(await panel.count()).toBe(0);
    await page.getByRole('button', { name: 'Show panel' }).click();
    await expect.poll(() => panelHeading(page)).toBe('Circuit Breaker');
    await page.getByRole('button', { name: 'Close panel' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/');
    await page.close();
  });

  it('opens a diagram full screen with zoom, and offers its SVG for download', async () => {
    const { page } = await openApp(browser(), '#/entity/MP1');
    const fig = page.locator('figure.diagram').first();
    await expect.poll(() => fig.getAttribute('data-status'), { timeout: 20_000 }).toBe('ok');
    const download = page.waitForEvent('download');
    await fig.getByRole('button', { name: 'Download SVG' }).click();
    expect((await download).suggestedFilename()).toBe('MP1-1.svg');
    await fig.getByRole('button', { name: 'Full screen' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.locator('svg').count()).toBeGreaterThan(0);
    await dialog.getByRole('button', { name: 'Zoom in' }).click();
    expect(await dialog.locator('.viewer-svg').getAttribute('style')).toContain('scale(1.25)');
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
