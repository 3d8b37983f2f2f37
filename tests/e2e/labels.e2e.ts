/**
 * The two label rules of the map, on the real data and on a synthetic 1,000-entity set, at two
 * desktop sizes: every drawn label is at least 10 CSS px, and no two drawn labels overlap (nor
 * spill off the canvas or under the toolbar). Checked on the home view, a selected hub, a path
 * step and a chain. The label layer enforces both rules on every frame, so they hold whenever
 * they are read, mid-animation included.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate';
import { splitForApp } from '../../compiler/bundle/split';
import { compileData } from '../../compiler/compile';
import { GRAPH_FILE, shardFile, type GraphData } from '../../src/model/app-data';
import { baseUrl, sharedBrowser, waitForGraph } from './helpers';
import { serveStatic, type StaticServer } from './static-server';

const browser = sharedBrowser();

interface Label {
  id: string;
  text: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  fontPx: number;
}

let synthetic: StaticServer | undefined;
let tmp = '';
beforeAll(async () => {
  // The synthetic set reuses the real build's code; only its data files differ.
  tmp = mkdtempSync(join(tmpdir(), 'atlas-labels-'));
  const data = join(tmp, 'data');
  generateDataset(1000, data);
  // The generator predates per-kind sections and may point a path step at a section its entity
  // lacks; the steps' sections do not matter for labels, so they are dropped.
  for (const f of readdirSync(join(data, 'paths'))) {
    const file = join(data, 'paths', f);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^\s*section: .*\n/gm, ''));
  }
  const r = await compileData(data, { skipDiagramParse: true });
  if (!r.ok) throw new Error(`synthetic data did not compile: ${r.problems.slice(0, 3).map((p) => `${p.file} ${p.path}: ${p.message}`).join('; ')}`);
  const dist = join(tmp, 'dist');
  cpSync(resolve('.e2e', 'dist'), dist, { recursive: true });
  const { graph, shards } = splitForApp(r.bundle);
  const atlas = join(dist, 'atlas');
  rmSync(atlas, { recursive: true, force: true });
  mkdirSync(atlas, { recursive: true });
  writeFileSync(join(atlas, GRAPH_FILE), JSON.stringify(graph));
  shards.forEach((s, i) => writeFileSync(join(atlas, shardFile(i)), JSON.stringify(s)));
  synthetic = await serveStatic(dist);
}, 180_000);
afterAll(async () => {
  await synthetic?.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function labels(page: Page): Promise<Label[]> {
  return page.evaluate(() => (window as unknown as { __atlasTest: { visibleLabels(): Label[] } }).__atlasTest.visibleLabels());
}

interface Snapshot {
  labels: Label[];
  canvas: { x: number; y: number; width: number; height: number };
  toolbar: { x: number; y: number; width: number; height: number };
}

/** The drawn labels and the boxes they must respect, read together after a frame has been drawn. */
async function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(
    () =>
      new Promise<Snapshot>((done) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const box = (sel: string) => {
              const r = document.querySelector(sel)!.getBoundingClientRect();
              return { x: r.x, y: r.y, width: r.width, height: r.height };
            };
            const hook = (window as unknown as { __atlasTest: { visibleLabels(): Label[] } }).__atlasTest;
            done({ labels: hook.visibleLabels(), canvas: box('.graph-canvas'), toolbar: box('.graph-toolbar') });
          }),
        ),
      ),
  );
}

/** Every way a snapshot breaks the two rules (empty when it keeps them). */
function violations({ labels: all, canvas, toolbar }: Snapshot): string[] {
  const out: string[] = [];
  for (const l of all) {
    if (l.fontPx < 10) out.push(`${l.id} font ${l.fontPx}px`);
    if (l.y2 - l.y1 < 10) out.push(`${l.id} height ${l.y2 - l.y1}px`);
    if (!(l.x1 >= canvas.x && l.y1 >= canvas.y && l.x2 <= canvas.x + canvas.width && l.y2 <= canvas.y + canvas.height)) out.push(`${l.id} outside the canvas`);
    if (l.x1 < toolbar.x + toolbar.width && toolbar.x < l.x2 && l.y1 < toolbar.y + toolbar.height && toolbar.y < l.y2) out.push(`${l.id} under the toolbar`);
  }
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      const [a, b] = [all[i], all[j]];
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) out.push(`"${a.text}" overlaps "${b.text}"`);
    }
  return out;
}

/**
 * Asserts both rules and returns the labels. The layer re-places labels on the frame after the
 * canvas changes size (a panel opening), so the rules are checked on a drawn frame and the check
 * waits for the view to settle; a view that never keeps them fails with what broke.
 */
async function checkRules(page: Page, what: string): Promise<Label[]> {
  let last: Snapshot | undefined;
  await expect
    .poll(async () => violations((last = await snapshot(page))), { message: what, timeout: 15_000 })
    .toEqual([]);
  return last!.labels;
}

async function graphOf(page: Page): Promise<GraphData> {
  return page.evaluate(async () => (await fetch('atlas/graph.json')).json());
}

const sets = [
  { name: 'real data', url: () => baseUrl() },
  { name: 'synthetic 1,000', url: () => synthetic!.url },
];
const viewports = [
  { width: 1400, height: 900 },
  { width: 1024, height: 768 },
];

describe.each(sets)('labels on $name', (set) => {
  it.each(viewports)('are ≥ 10 px and never overlap at $width×$height: home, hub, path, chain', async (vp) => {
    const page = await browser().browser.newPage();
    await page.setViewportSize(vp);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(set.url());
    await waitForGraph(page);

    // Home: region names and some node names, and framework entities named, not only coded.
    await expect.poll(async () => (await labels(page)).filter((l) => l.id.startsWith('region:')).length).toBeGreaterThanOrEqual(3);
    const home = await checkRules(page, 'home');
    expect(home.filter((l) => !l.id.startsWith('region:') && !l.id.startsWith('edge:')).length).toBeGreaterThan(3);
    // Never a bare code: "M5 Consensus", or "Consensus" where the longer form does not fit.
    for (const l of home.filter((x) => /^(G-|M|MP|SP)[A-Z0-9]+$/.test(x.id))) expect(l.text.replace(l.id, '').trim().length, l.text).toBeGreaterThan(2);

    const graph = await graphOf(page);
    const hub = [...graph.nodes].sort((a, b) => b.degree - a.degree)[0];

    // A selected hub: its own label is drawn, and the rules still hold.
    await page.evaluate((id) => (location.hash = `#/entity/${id}`), hub.id);
    await expect.poll(async () => (await labels(page)).some((l) => l.id === hub.id)).toBe(true);
    await checkRules(page, `hub ${hub.id}`);

    // A path step.
    const path = graph.paths[0];
    if (path) {
      await page.evaluate((id) => (location.hash = `#/path/${id}/2`), path.id);
      const current = path.steps[Math.min(1, path.steps.length - 1)].entity;
      await expect.poll(async () => (await labels(page)).some((l) => l.id === current)).toBe(true);
      await checkRules(page, `path ${path.id}`);
    }

    // A chain ("how are these related?") between a guarantee and an incident.
    const from = graph.nodes.find((n) => n.kind === 'guarantee')!;
    const to = graph.nodes.find((n) => n.kind === 'incident')!;
    await page.evaluate(([a, b]) => (location.hash = `#/why/${a}/${b}`), [from.id, to.id]);
    await expect.poll(() => page.locator('.graph-canvas').count()).toBe(1);
    await checkRules(page, `chain ${from.id} → ${to.id}`);

    expect(errors).toEqual([]);
    await page.close();
  });
});
