/**
 * Every screen and every input (issue 18): at 1400×900, 1024×768 and a 390×844 touch phone,
 * every view is reachable from the UI (the menu, not the URL), the search box is usable, the
 * phone's bottom sheet opens, steps and closes, and the path stepper stays in sight. Then the
 * keyboard-only walks and axe-core on every screen, in both themes. One page per size.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, assertChromium } from './browser';
import { baseUrl, waitForGraph } from './helpers';
import { axeViolations } from './axe';

const SIZES = [
  { name: 'desktop 1400×900', phone: false, options: { viewport: { width: 1400, height: 900 } } },
  { name: 'tablet 1024×768', phone: false, options: { viewport: { width: 1024, height: 768 } } },
  { name: 'phone 390×844', phone: true, options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
];

let browser: Browser;
beforeAll(async () => {
  assertChromium();
  // launch() gives every context a fresh profile of its own.
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});
afterAll(async () => browser?.close());

const hash = (page: Page) => page.evaluate(() => location.hash);
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName);

async function openMenuItem(page: Page, name: RegExp | string) {
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  const menu = page.getByRole('dialog', { name: 'Menu' });
  await menu.waitFor();
  await menu.getByRole(typeof name === 'string' && name === 'List view' ? 'button' : 'link', { name }).click();
  await menu.waitFor({ state: 'hidden' });
}

/** Two real touch points moving apart around (cx, cy): what a pinch-zoom sends. */
async function pinchOut(context: BrowserContext, page: Page, cx: number, cy: number) {
  const cdp = await context.newCDPSession(page);
  const points = (d: number) => [
    { x: cx - d, y: cy, id: 0 },
    { x: cx + d, y: cy, id: 1 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(20) });
  for (let d = 30; d <= 120; d += 15) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(d) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function backToGraph(page: Page) {
  await page.getByRole('link', { name: 'Back to the graph' }).click();
  await expect.poll(() => page.locator('.view-frame').count()).toBe(0);
}

describe.each(SIZES)('$name', ({ phone, options }) => {
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    context = await browser.newContext({ ...options, serviceWorkers: 'block' });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(baseUrl());
    await waitForGraph(page);
  });
  afterAll(async () => context?.close());

  it('reaches every view from the menu, not the URL', async () => {
    await openMenuItem(page, 'Coverage');
    await expect.poll(() => page.locator('#view-title').textContent()).toMatch(/Coverage/i);
    await backToGraph(page);
    await openMenuItem(page, 'Compare');
    await expect.poll(() => hash(page)).toBe('#/compare');
    await backToGraph(page);
    await openMenuItem(page, 'How related?');
    await expect.poll(() => page.locator('#view-title').textContent()).toBe('How are these related?');
    await backToGraph(page);
    await openMenuItem(page, 'Matrix: Mechanisms');
    await expect.poll(() => page.locator('table.matrix tbody tr').count()).toBeGreaterThan(5);
    await backToGraph(page);
    await openMenuItem(page, 'List view');
    await expect.poll(() => page.locator('a.list-entry').count()).toBeGreaterThan(50);
    await openMenuItem(page, 'List view');
    await expect.poll(() => page.locator('a.list-entry').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('keeps the search box at least 200 px wide and its results on screen', async () => {
    const input = page.getByRole('combobox', { name: 'Search' });
    expect((await input.boundingBox())!.width).toBeGreaterThanOrEqual(200);
    await input.fill('split brain');
    const list = page.getByRole('listbox', { name: 'Search results' });
    await list.waitFor();
    const box = (await list.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(options.viewport.width + 1);
    await input.fill('');
    await page.keyboard.press('Escape');
  });

  it('the header is one line on every size', async () => {
    const header = (await page.locator('.app-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(phone ? 64 : 72);
  });

  it('a path from the menu keeps its stepper in sight, above the panel', async () => {
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.getByRole('dialog', { name: 'Menu' }).locator('a[href^="#/path/"]').first().click();
    const stepper = page.locator('nav.path-stepper');
    await stepper.waitFor();
    const s = (await stepper.boundingBox())!;
    expect(s.y + s.height).toBeLessThanOrEqual(options.viewport.height + 1);
    const panel = (await page.locator('aside.entity-panel').boundingBox())!;
    // The panel (or sheet) never covers the stepper.
    expect(panel.y + panel.height).toBeLessThanOrEqual(s.y + 1);
    // The "next" button is on screen and works.
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect.poll(() => hash(page)).toMatch(/\/2$/);
    await expect.poll(() => page.getByTestId('announcer').textContent()).toMatch(/step 2 of/);
    await page.getByRole('button', { name: 'Exit path' }).click();
    await expect.poll(() => stepper.count()).toBe(0);
  });

  it.runIf(phone)('phone: the bottom sheet steps peek → half → full, ✕ closes it, Details brings it back', async () => {
    // A fresh load (the query string makes it one), so the sheet starts from scratch.
    await page.goto(baseUrl() + '?fresh=1#/');
    await waitForGraph(page);
    const sheet = page.locator('aside.entity-panel');
    await expect.poll(() => sheet.getAttribute('data-sheet')).toBe('peek');
    const peek = (await sheet.boundingBox())!;
    // Peeking, the graph keeps most of the screen.
    expect(peek.height).toBeLessThan(120);
    const input = page.getByRole('combobox', { name: 'Search' });
    await input.fill('G-LIN');
    await page.locator('[role="option"][data-entity="G-LIN"]').first().click();
    await expect.poll(() => sheet.getAttribute('data-sheet')).toBe('half');
    await page.getByRole('button', { name: 'Expand the details sheet' }).click();
    await expect.poll(() => sheet.getAttribute('data-sheet')).toBe('full');
    await page.getByRole('button', { name: 'Shrink the details sheet' }).click();
    await expect.poll(() => sheet.getAttribute('data-sheet')).toBe('half');
    // Every control in the sheet's bar is a 44 px tap target.
    for (const b of await page.locator('.panel-toolbar button:visible').all()) {
      const box = (await b.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    }
    await page.getByRole('button', { name: 'Close panel' }).click();
    await expect.poll(() => sheet.count()).toBe(0);
    await page.getByRole('button', { name: 'Show details panel' }).click();
    await expect.poll(() => sheet.count()).toBe(1);
  });

  it.runIf(phone)('phone: swiping the handle down closes the sheet', async () => {
    await page.goto(baseUrl() + '?fresh=2#/entity/M2');
    await waitForGraph(page);
    const sheet = page.locator('aside.entity-panel');
    await expect.poll(() => sheet.getAttribute('data-sheet')).toBe('half');
    const handle = (await page.locator('.sheet-handle').boundingBox())!;
    const x = handle.x + handle.width / 2;
    const y = handle.y + handle.height / 2;
    // A real touch drag (touch events become pointer events), half → down past peek.
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', ty: number) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y: ty }] });
    await touch('touchStart', y);
    for (let i = 1; i <= 8; i++) await touch('touchMove', y + i * 70);
    await touch('touchEnd', y + 560);
    await expect.poll(() => sheet.count()).toBe(0);
  });

  it.runIf(phone)('phone: pinch zooms the graph (cytoscape sees the touches: nothing blocks them)', async () => {
    await page.goto(baseUrl() + '?fresh=3#/');
    await waitForGraph(page);
    const canvas = (await page.locator('.graph-canvas').boundingBox())!;
    const zoom = () => page.evaluate(() => (window as unknown as { __atlasTest: { nodePosition(id: string): { x: number; y: number } } }).__atlasTest.nodePosition('G-LIN'));
    const before = await zoom();
    const cx = canvas.x + canvas.width / 2;
    const cy = canvas.y + canvas.height / 3;
    await pinchOut(context, page, cx, cy);
    await expect.poll(async () => Math.hypot((await zoom()).x - before.x, (await zoom()).y - before.y)).toBeGreaterThan(5);
  });
  it.runIf(phone)('phone: the diagram reader fills the screen and pinch zooms it', async () => {
    await page.goto(baseUrl() + '?fresh=4#/entity/G-LIN');
    await waitForGraph(page);
    await page.getByRole('button', { name: 'Expand the details sheet' }).click();
    await page.locator('button.diagram-open:not([disabled])').first().click();
    const reader = page.locator('dialog.diagram-viewer[open]');
    await reader.waitFor();
    const box = (await reader.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(389);
    expect(box.height).toBeGreaterThanOrEqual(843);
    const stage = (await page.locator('.viewer-stage').boundingBox())!;
    const zoom = page.locator('.viewer-zoom');
    const before = await zoom.textContent();
    const cx = stage.x + stage.width / 2;
    const cy = stage.y + stage.height / 2;
    await pinchOut(context, page, cx, cy);
    await expect.poll(() => zoom.textContent()).not.toBe(before);
    await page.getByRole('button', { name: 'Close the reader' }).click();
    await expect.poll(() => reader.count()).toBe(0);
  });
});

describe('keyboard only (1400×900)', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' });
    page = await context.newPage();
    await page.goto(baseUrl());
    await waitForGraph(page);
  });
  afterAll(async () => context?.close());

  it('skip link → search → Enter: focus lands on the entity heading, then the diagram reader and Esc back', async () => {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to search');
    await page.keyboard.press('Enter');
    expect(await activeId(page)).toBe('atlas-search');
    await page.keyboard.type('linearizab');
    await page.locator('[role="option"][data-entity="G-LIN"]').first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id === 'panel-title' && document.activeElement.textContent)).toBe('Linearizability');
    // Typing on after the choice does not fire single-key shortcuts ("l" list view, "t" theme).
    const theme = await page.evaluate(() => document.documentElement.dataset.theme);
    await page.keyboard.type('lt');
    expect(await page.locator('a.list-entry').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    // From the heading, the first diagram's Open button is a few Tabs away, not a hundred.
    let tabs = 0;
    while (tabs < 40 && !(await page.evaluate(() => document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent?.includes('Open')))) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(tabs).toBeLessThan(40);
    await page.keyboard.press('Enter');
    const reader = page.locator('dialog.diagram-viewer[open]');
    await reader.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => reader.count()).toBe(0);
    expect(await hash(page)).toMatch(/^#\/entity\/G-LIN/);
  });

  it('F6 and Shift-F6 cycle header, filters, graph and panel', async () => {
    await page.locator('#panel-title').focus();
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('F6');
      seen.push(await page.evaluate(() => (document.activeElement?.closest('header.app-header, nav.legend, main.stage, aside.entity-panel') as HTMLElement | null)?.className ?? 'none'));
    }
    expect(seen.map((c) => c.split(' ')[0])).toEqual(['app-header', 'legend', 'stage', 'entity-panel']);
    await page.keyboard.press('Shift+F6');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main.stage'))).toBe(true);
  });

  it('the list is one tab stop with arrow keys; Enter opens the entity and focuses its heading', async () => {
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 700, y: 5 } }).catch(() => undefined);
    await page.keyboard.press('l');
    await expect.poll(() => page.locator('a.list-entry').count()).toBeGreaterThan(50);
    expect(await page.locator('a.list-entry[tabindex="0"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Skip to the list' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('list-entry'))).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const id = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id);
    // Tab leaves the list in one step: the next stop is outside it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('list-entry'))).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id)).toBe(id);
    await page.keyboard.press('Enter');
    await expect.poll(() => hash(page)).toBe(`#/entity/${id}`);
    await expect.poll(() => activeId(page)).toBe('panel-title');
    await expect.poll(() => page.getByTestId('announcer').textContent()).toContain(`(${id})`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('l');
  });

  it('a path by keyboard: ← → step it and the step is announced', async () => {
    await page.goto(baseUrl() + '#/path/implement-cqrs/1');
    await waitForGraph(page);
    await page.locator('#panel-title').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => hash(page)).toBe('#/path/implement-cqrs/2');
    await expect.poll(() => page.getByTestId('announcer').textContent()).toMatch(/step 2 of \d+/);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => hash(page)).toBe('#/path/implement-cqrs/1');
  });
});

describe('axe-core: no serious or critical violations, every screen, three sizes, both themes', () => {
  const SCREENS: [string, string][] = [
    ['home', '#/'],
    ['entity', '#/entity/G-LIN'],
    ['matrix', '#/matrix/mechanism'],
    ['compare', '#/compare/MP1,MP2'],
    ['how related', '#/why/MP1/G-EXO'],
    ['coverage', '#/coverage'],
    ['path', '#/path/implement-cqrs/2'],
  ];
  it.each(SIZES)('$name', async ({ options }) => {
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ ...options, colorScheme: scheme, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(baseUrl());
      await waitForGraph(page);
      for (const [name, h] of SCREENS) {
        await page.evaluate((x) => (location.hash = x), h);
        await page.waitForFunction(() => !document.querySelector('.view-frame [role="status"], .panel-body [role="status"] .spinner'));
        for (const v of await axeViolations(page)) found.push(`${scheme} ${name}: ${v}`);
      }
      // The diagram reader, over the entity page.
      await page.evaluate(() => (location.hash = '#/entity/G-LIN'));
      await page.locator('button.diagram-open:not([disabled])').first().click();
      await page.locator('dialog.diagram-viewer[open]').waitFor();
      for (const v of await axeViolations(page)) found.push(`${scheme} diagram reader: ${v}`);
      await page.keyboard.press('Escape');
      // The list view.
      await page.evaluate(() => (location.hash = '#/'));
      await page.getByRole('button', { name: 'Menu', exact: true }).click();
      await page.getByRole('dialog', { name: 'Menu' }).getByRole('button', { name: 'List view' }).click();
      await page.locator('a.list-entry').first().waitFor();
      for (const v of await axeViolations(page)) found.push(`${scheme} list: ${v}`);
      await context.close();
    }
    expect(found).toEqual([]);
  });
});
