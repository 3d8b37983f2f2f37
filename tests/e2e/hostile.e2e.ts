/**
 * Hostile input in the browser: diagram payloads from mermaid's published
 * advisories must never run code or change anything outside their diagram,
 * and crafted URLs or a broken bundle must leave a working UI.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, openApp, panelHeading, waitForGraph, sharedBrowser } from './helpers';

const browser = sharedBrowser();

export const HOSTILE_DIAGRAMS: [string, string][] = [
  ['script and onerror in labels', 'flowchart LR\n  A["<script>__canary(1)</script>"] --> B["<img src=x onerror=__canary(2)>"]'],
  ['javascript: link', 'flowchart LR\n  A --> B\n  click A "javascript:__canary(3)" "tip"'],
  ['click callback', 'flowchart LR\n  A --> B\n  click B call __canary(4)'],
  ['init directive that loosens security', '%%{init: {"securityLevel": "loose", "secure": [], "htmlLabels": true}}%%\nflowchart LR\n  A["<img src=x onerror=__canary(5)>"] --> B\n  click A call __canary(5)'],
  ['front matter config', '---\nconfig:\n  securityLevel: loose\n  dompurifyConfig:\n    ADD_ATTR: [onerror]\n---\nflowchart LR\n  A["<img src=x onerror=__canary(6)>"] --> B'],
  ['classDef style breakout', 'flowchart LR\n  A --> B\n  classDef evil fill:#f00;} body { display:none !important } .x {color:red\n  class A evil'],
  ['themeCSS breakout', '%%{init: {"themeCSS": "} body, .app-header { visibility: hidden !important } .x {"}}%%\nflowchart LR\n  A --> B'],
  ['HTML in sequence messages and notes', 'sequenceDiagram\n  A->>B: <img src=x onerror=__canary(7)>\n  Note over A: <a href="javascript:__canary(8)">x</a>'],
  ['iframe srcdoc', 'flowchart LR\n  A["<iframe srcdoc=\'<script>parent.__canary(9)</script>\'></iframe>"] --> B'],
  ['style element in a label', 'flowchart LR\n  A["<style>body{display:none !important}</style>"] --> B'],
  ['unparseable', 'flowchart LR\n  A --> '],
];

const snapshotOutside = () => {
  const pick = (sel: string) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const cs = getComputedStyle(el);
    return [cs.display, cs.visibility, cs.backgroundColor, cs.color, cs.opacity].join('|');
  };
  return {
    body: pick('body'),
    header: pick('.app-header'),
    legend: pick('.legend'),
    stage: pick('.stage'),
    heading: pick('aside.entity-panel h2'),
    scripts: document.scripts.length,
    // A diagram's own (sanitised) SVG style, in the panel or in the reader a click may open, is inside it.
    stylesOutside: [...document.querySelectorAll('style')].filter((s) => !s.closest('.diagram-svg, .viewer-svg')).length,
    securityMeta: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
  };
};

describe('hostile diagrams', () => {
  it('never call the canary and never change the page outside their diagram', async () => {
    const page = await browser().browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      const w = window as unknown as { __canaryCalls: unknown[]; __canary: (n: unknown) => void };
      w.__canaryCalls = [];
      w.__canary = (n) => w.__canaryCalls.push(n);
    });
    await page.route('**/details-*.json', async (route) => {
      const res = await route.fetch();
      const json = await res.json();
      const target = json.entities['G-LIN'];
      if (target) {
        target.diagrams = HOSTILE_DIAGRAMS.map(([title, source]) => ({ title, type: 'how-it-works', source }));
        target.summary = '<img src=x onerror="__canary(\'summary\')"> literal text';
      }
      await route.fulfill({ json });
    });
    await page.goto(baseUrl() + '#/entity/M5');
    await waitForGraph(page);
    await expect.poll(() => panelHeading(page)).toBe('Consensus');
    // Mermaid lays a diagram out in a temporary element (with its own <style>) outside the panel;
    // the page is read once M5's own diagrams have all settled, so none is in flight.
    await page.waitForFunction(() => {
      const figs = [...document.querySelectorAll('aside.entity-panel figure.diagram')];
      return figs.length > 0 && figs.every((f) => f.getAttribute('data-status') !== 'loading');
    });
    const before = await page.evaluate(snapshotOutside);

    await page.evaluate(() => (location.hash = '#/entity/G-LIN'));
    await page.waitForFunction(
      (n) => {
        const figs = [...document.querySelectorAll('aside.entity-panel figure.diagram')];
        return figs.length === n && figs.every((f) => f.getAttribute('data-status') !== 'loading');
      },
      HOSTILE_DIAGRAMS.length,
      { timeout: 60_000 },
    );
    // Try to trigger whatever survived: click every node and link inside the diagrams.
    for (const el of await page.locator('.diagram-svg .node, .diagram-svg a, .diagram-svg text').all()) {
      await el.click({ force: true, timeout: 2000 }).catch(() => undefined);
    }
    await page.waitForTimeout(500);

    const calls = await page.evaluate(() => (window as unknown as { __canaryCalls: unknown[] }).__canaryCalls);
    expect(calls).toEqual([]);
    const after = await page.evaluate(snapshotOutside);
    expect({ ...after, heading: null }).toEqual({ ...before, heading: null });
    const inside = await page.evaluate(() => ({
      scripts: document.querySelectorAll(':is(.diagram-svg, .viewer-svg) :is(script, iframe, object, embed)').length,
      handlers: [...document.querySelectorAll('.diagram-svg *, .viewer-svg *')].filter((el) => [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on'))).length,
      jsLinks: [...document.querySelectorAll('.diagram-svg a, a')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? a.getAttribute('xlink:href') ?? '')).length,
    }));
    expect(inside).toEqual({ scripts: 0, handlers: 0, jsLinks: 0 });
    expect(await page.locator('aside.entity-panel').textContent()).toContain('<img src=x onerror="__canary(\'summary\')"> literal text');
    // The unparseable one shows an inert error card; the rest of the panel still works.
    expect(await page.locator('figure.diagram[data-status="error"]').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('#sec-relations').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('hostile URLs', () => {
  const HASHES = [
    '#/entity/%E0%A4%A',
    '#/entity/__proto__',
    '#/entity/constructor',
    '#/entity/%252e%252e',
    '#/entity/M1%E2%80%AE%E2%80%8B',
    '#/entity/G-LIN%22%5D%2C*',
    '#/path/implement-cqrs/0',
    '#/path/implement-cqrs/-5',
    '#/path/implement-cqrs/abc',
    '#/path/__proto__/1',
    '#/%00%01%02',
    '#/' + 'A'.repeat(100_000),
    '#/entity/G-LIN?kinds=__proto__&focus=constructor',
  ];
  it('show the normal UI with a note, never a crash', async () => {
    const { page, errors } = await openApp(browser());
    for (const h of HASHES) {
      await page.evaluate((x) => (location.hash = x), h);
      await page.waitForTimeout(150);
      expect(await page.locator('.app-header').count(), h).toBe(1);
      expect(await page.locator('aside.entity-panel').count(), h).toBe(1);
    }
    await page.evaluate(() => (location.hash = '#/entity/__proto__'));
    await expect.poll(() => panelHeading(page)).toBe('Not found');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a missing or corrupt bundle', () => {
  it('shows a readable error with Retry, and recovers', async () => {
    const page = await browser().browser.newPage();
    let fail = true;
    await page.route('**/graph.json', (route) => (fail ? route.fulfill({ status: 200, body: '{"format": "nope"' }) : route.continue()));
    await page.goto(baseUrl());
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not valid JSON');
    expect(await page.getByRole('heading', { name: 'The atlas could not be loaded' }).count()).toBe(1);
    fail = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await waitForGraph(page);
    await page.close();
  });
});
