import { describe, expect, it } from 'vitest';
import { openApp, sharedBrowser } from './helpers';

const browser = sharedBrowser();

describe('entity panel diagrams (real data)', () => {
  it('renders every diagram of every entity with no error card', async () => {
    const { page, errors } = await openApp(browser());
    const ids: string[] = await page.evaluate(async () => {
      const res = await fetch('atlas/graph.json');
      const g = await res.json();
      return g.nodes.map((n: { id: string }) => n.id);
    });
    expect(ids.length).toBeGreaterThan(0);
    const failures: string[] = [];
    let rendered = 0;
    for (const id of ids) {
      await page.evaluate((h) => (location.hash = h), `#/entity/${id}`);
      await page.waitForFunction(
        (wanted) => {
          const code = document.querySelector('aside.entity-panel .meta code');
          const figs = [...document.querySelectorAll('aside.entity-panel figure.diagram')];
          return code?.textContent === wanted && !!document.querySelector('#sec-diagrams') && figs.every((f) => f.getAttribute('data-status') !== 'loading');
        },
        id,
        { timeout: 30_000 },
      );
      const states = await page.locator('aside.entity-panel figure.diagram').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-status')));
      rendered += states.filter((s) => s === 'ok').length;
      states.forEach((s, i) => s !== 'ok' && failures.push(`${id} diagram ${i + 1}`));
    }
    expect(failures).toEqual([]);
    const marks = await page.evaluate(() => performance.getEntriesByName('atlas:diagram-rendered').length);
    expect(marks).toBe(rendered);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps mermaid out of the initial load', async () => {
    const { page } = await openApp(browser());
    const scripts = await page.evaluate(() => {
      const ready = performance.getEntriesByName('atlas:graph-ready')[0].startTime;
      return performance.getEntriesByType('resource').filter((r) => r.startTime <= ready).map((r) => r.name).filter((n) => n.endsWith('.js'));
    });
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.some((s) => /mermaid|flowDiagram|sequenceDiagram/.test(s))).toBe(false);
    await page.close();
  });
});
