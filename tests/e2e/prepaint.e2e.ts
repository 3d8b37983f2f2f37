import { describe, expect, it } from 'vitest';
import { baseUrl, openApp, sharedBrowser, waitForGraph } from './helpers';

const browser = sharedBrowser();

const mark = (name: string) => `performance.getEntriesByName(${JSON.stringify(name)})[0]?.startTime ?? null`;

describe('pre-painted overview and atlas:graph-visible', () => {
  it('marks atlas:graph-visible once, before atlas:graph-ready, and removes the picture once the live graph is up', async () => {
    const { page, errors } = await openApp(browser());
    const [visible, ready, count] = (await page.evaluate(`[${mark('atlas:graph-visible')}, ${mark('atlas:graph-ready')}, performance.getEntriesByName('atlas:graph-visible').length]`)) as [number | null, number | null, number];
    expect(visible).not.toBeNull();
    expect(ready).not.toBeNull();
    expect(count).toBe(1);
    expect(visible!).toBeLessThanOrEqual(ready!);
    expect(await page.locator('#atlas-prepaint').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the overview in the canvas, hidden from assistive tech, while the live graph’s code is still loading', async () => {
    const page = await browser().browser.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Hold the live graph's chunk until the test has looked at the page.
    let release!: () => void;
    const held = new Promise<void>((ok) => (release = ok));
    await page.route(/\/assets\/LiveGraph-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(baseUrl());
    const pre = page.locator('.graph-view > #atlas-prepaint.adopted img');
    await expect.poll(() => pre.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 30_000 }).toBe(true);
    expect(await page.locator('#atlas-prepaint').getAttribute('aria-hidden')).toBe('true');
    expect(await pre.getAttribute('alt')).toBe('');
    // The picture lies inside the canvas area, and the overview counts as on screen.
    const [img, stage] = [await pre.boundingBox(), await page.locator('.graph-view').boundingBox()];
    expect(img!.width).toBeGreaterThan(100);
    expect(img!.x).toBeGreaterThanOrEqual(stage!.x);
    expect(img!.x + img!.width).toBeLessThanOrEqual(stage!.x + stage!.width + 1);
    await expect.poll(() => page.evaluate(mark('atlas:graph-visible'))).not.toBeNull();
    expect(await page.evaluate(mark('atlas:graph-ready'))).toBeNull();
    release();
    await waitForGraph(page);
    expect(await page.locator('#atlas-prepaint').count()).toBe(0);
    expect(await page.evaluate(() => typeof (window as unknown as { __atlasTest?: { nodePosition?: unknown } }).__atlasTest?.nodePosition)).toBe('function');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('drops the picture when the data cannot be loaded, so the error is not drawn over a graph', async () => {
    const page = await browser().browser.newPage();
    await page.route(/\/atlas\/graph\.json$/, (route) => route.fulfill({ status: 500, body: 'down' }));
    await page.goto(baseUrl());
    await expect.poll(() => page.getByRole('alert').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.locator('#atlas-prepaint').count()).toBe(0);
    await page.close();
  });
});
