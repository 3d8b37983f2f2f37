/**
 * Take it with you: the service worker makes the atlas work offline after one visit, a new
 * deploy waits behind a "new version" prompt, printing gives a clean document, and the exports
 * download what they promise. The one browser test file that lets the service worker run
 * (see browser.ts).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchChromium, openEntityWithDiagrams, waitForGraph, type LaunchedBrowser } from './helpers';
import { serveStatic, type StaticServer } from './static-server';

const SHOTS = resolve('.e2e', 'shots');

let b: LaunchedBrowser;
beforeAll(async () => {
  b = await launchChromium({ serviceWorkers: 'allow' });
});
afterAll(async () => {
  await b?.close();
});

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await b.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  await waitForGraph(page);
  return { page, errors };
}

/** The worker has installed (precache complete) and controls the page. */
const waitForWorker = (page: Page) => page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 60_000 });


const diagramStates = (page: Page) => page.locator('aside.entity-panel figure.diagram').evaluateAll((fs) => fs.map((f) => [f.getAttribute('data-status'), !!f.querySelector('.diagram-svg svg')]));

describe('offline', () => {
  it('after one visit, reloads with the network gone and opens an entity never opened, diagrams and all', async () => {
    const { page, errors } = await open(baseUrl());
    await waitForWorker(page);
    // An entity with a diagram type the page has not loaded code for (the hover preload covers
    // flowchart, sequence, timeline and state), so its mermaid chunk can only come from the precache.
    const target = await page.evaluate(async () => {
      const graph = await (await fetch('atlas/graph.json')).json();
      const common = /^\s*(flowchart|graph|sequenceDiagram|timeline|stateDiagram)/;
      let fallback: string | null = null;
      for (let i = 0; i < graph.shardCount; i++) {
        const shard = await (await fetch(`atlas/details-${i}.json`)).json();
        for (const e of Object.values(shard.entities) as { id: string; diagrams: { source: string }[] }[]) {
          if (e.diagrams.length && !fallback) fallback = e.id;
          if (e.diagrams.some((d) => !common.test(d.source))) return { id: e.id, diagrams: e.diagrams.length };
        }
      }
      return { id: fallback!, diagrams: 1 };
    });
    expect(target.id).toBeTruthy();

    await b.browser.setOffline(true);
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(new URL(r.url()).pathname));
    try {
      await page.reload();
      await waitForGraph(page);
      await openEntityWithDiagrams(page, target.id);
      const states = await diagramStates(page);
      expect(states.length).toBeGreaterThanOrEqual(target.diagrams);
      expect(states.every(([status, svg]) => status === 'ok' && svg)).toBe(true);
      expect(failed).toEqual([]);
      expect(errors).toEqual([]);
      // Really offline: what the worker has not precached does not load (and the browser logs it).
      expect(await page.evaluate(() => fetch('not-precached.json').then((r) => r.status, () => 'failed'))).toBe('failed');
      expect(failed).toEqual([new URL('not-precached.json', baseUrl()).pathname]);
    } finally {
      await b.browser.setOffline(false);
      await page.close();
    }
  });
});

describe('new deploy', () => {
  let server: StaticServer;
  let site: string;
  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'atlas-deploy-'));
    cpSync(resolve('.e2e', 'dist'), site, { recursive: true });
    server = await serveStatic(site, '/deploy/');
  });
  afterAll(async () => {
    await server?.close();
    rmSync(site, { recursive: true, force: true });
  });

  /** A second deploy: one entity renamed in graph.json, and the worker's precache list says so. */
  function deploy(rename: { id: string; name: string }) {
    const graphFile = join(site, 'atlas', 'graph.json');
    const graph = JSON.parse(readFileSync(graphFile, 'utf8'));
    graph.nodes.find((n: { id: string }) => n.id === rename.id).name = rename.name;
    writeFileSync(graphFile, JSON.stringify(graph));
    const swFile = join(site, 'sw.js');
    const sw = readFileSync(swFile, 'utf8').replace(/(url:"atlas\/graph\.json",revision:")[0-9a-f]+/, '$1ffffffffffffffffffffffffffffff02');
    expect(sw).toContain('revision:"ffffffffffffffffffffffffffffff02"');
    writeFileSync(swFile, sw);
  }

  const nameInGraph = (page: Page, id: string) =>
    page.evaluate(async (wanted) => (await (await fetch('atlas/graph.json')).json()).nodes.find((n: { id: string }) => n.id === wanted).name as string, id);

  it('waits behind a visible prompt and switches everything at once on Reload', async () => {
    const { page, errors } = await open(server.url);
    await waitForWorker(page);
    const id = 'M1';
    const before = await nameInGraph(page, id);
    deploy({ id, name: `${before} (new deploy)` });

    // The next visit finds the new worker; it installs and waits.
    await page.reload();
    await waitForGraph(page);
    const prompt = page.getByRole('alertdialog');
    await prompt.waitFor({ timeout: 60_000 });
    expect(await prompt.textContent()).toContain('A new version of the atlas is available.');
    mkdirShots();
    await page.screenshot({ path: join(SHOTS, 'update-prompt.png') });
    // Until the user says so, the page is the old build throughout.
    expect(await nameInGraph(page, id)).toBe(before);
    await openEntityWithDiagrams(page, id);
    expect(await page.locator('aside.entity-panel h2').first().textContent()).toBe(before);

    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
    await waitForGraph(page);
    await page.waitForFunction((want) => document.querySelector('aside.entity-panel h2')?.textContent === want, `${before} (new deploy)`, { timeout: 30_000 });
    expect(await nameInGraph(page, id)).toBe(`${before} (new deploy)`);
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

const mkdirShots = () => mkdirSync(SHOTS, { recursive: true });

describe('print', () => {
  it('prints the entity page alone: title, badges, every section, SVG diagrams, link URLs, no controls', async () => {
    const { page, errors } = await open(`${baseUrl()}#/entity/M1`);
    await openEntityWithDiagrams(page, 'M1');
    await page.emulateMedia({ media: 'print' });
    const report = await page.evaluate(() => {
      const shown = (el: Element | null) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      const panel = document.querySelector('aside.entity-panel')!;
      return {
        title: shown(panel.querySelector('h2')) && panel.querySelector('h2')!.textContent,
        badges: [...panel.querySelectorAll('.meta .badge')].filter(shown).length,
        sections: [...panel.querySelectorAll('.panel-section > h3')].filter(shown).map((h) => h.id),
        diagrams: [...panel.querySelectorAll('figure.diagram')].map((f) => {
          const svg = f.querySelector('.diagram-svg svg');
          return { svg: shown(svg), width: svg?.getBoundingClientRect().width ?? 0 };
        }),
        closedDetailsShown: [...panel.querySelectorAll('details:not([open]) > :not(summary)')].map((el) => el.getBoundingClientRect().height > 0),
        linkAfter: getComputedStyle(panel.querySelector('.sources a[href^="http"]')!, '::after').content,
        linkHref: panel.querySelector('.sources a[href^="http"]')!.getAttribute('href'),
        toolbar: shown(document.querySelector('.graph-toolbar')),
        canvas: shown(document.querySelector('.graph-canvas')),
        header: shown(document.querySelector('.app-header')),
        legend: shown(document.querySelector('.legend')),
        buttons: [...document.querySelectorAll('button')].filter(shown).map((x) => x.textContent),
        panelFixed: getComputedStyle(panel).position,
      };
    });
    expect(report.title).toBeTruthy();
    expect(report.badges).toBeGreaterThanOrEqual(3);
    expect(report.sections.length).toBeGreaterThanOrEqual(4);
    expect(report.diagrams.length).toBeGreaterThan(0);
    for (const d of report.diagrams) {
      expect(d.svg).toBe(true);
      expect(d.width).toBeGreaterThan(250);
    }
    expect(report.closedDetailsShown.every(Boolean)).toBe(true);
    expect(report.linkAfter).toContain(report.linkHref);
    expect(report).toMatchObject({ toolbar: false, canvas: false, header: false, legend: false, buttons: [], panelFixed: 'static' });

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    mkdirShots();
    writeFileSync(join(SHOTS, 'print-M1.pdf'), pdf);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: join(SHOTS, 'print-M1.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('exports', () => {
  it('downloads the entity as Markdown and the on-screen graph as SVG', async () => {
    const { page, errors } = await open(`${baseUrl()}#/entity/M1`);
    await openEntityWithDiagrams(page, 'M1');
    const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Markdown' }).click()]);
    expect(md.suggestedFilename()).toBe('M1.md');
    const text = readFileSync((await md.path())!, 'utf8');
    expect(text).toMatch(/^---\nid: "M1"\n/);
    expect(text).toContain('\n## Diagrams\n');
    expect(text).toContain('\n```mermaid\n');
    // Related entities link back into this atlas.
    expect(text).toContain(`](${baseUrl()}#/entity/`);

    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG', exact: true }).click()]);
    expect(svg.suggestedFilename()).toBe('atlas-graph.svg');
    const drawing = readFileSync((await svg.path())!, 'utf8');
    const canvas = (await page.locator('.graph-canvas').boundingBox())!;
    const size = /<svg[^>]*\swidth="(\d+(?:\.\d+)?)"[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(drawing);
    expect(size, drawing.slice(0, 300)).not.toBeNull();
    // Framed on what is on screen: the canvas's size, not the whole graph's.
    expect(Math.round(Number(size![1]))).toBe(Math.round(canvas.width));
    expect(Math.round(Number(size![2]))).toBe(Math.round(canvas.height));
    expect(drawing).toMatch(/<(path|rect|ellipse|circle)\b/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
