import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { firstDiagramSources, prerenderFirstDiagrams, type RenderOne } from '../../compiler/bundle/prerender';
import { PRERENDER_INDEX, prerenderFile, type PrerenderIndex } from '../../src/model/app-data';
import type { AtlasBundle } from '../../src/model/bundle';
import { sourceHash } from '../../src/model/source-hash';

const entity = (id: string, ...sources: string[]) => ({ id, diagrams: sources.map((source) => ({ source })) }) as unknown as AtlasBundle['entities'][number];
const bundle = { entities: [entity('A', 'flowchart LR\n a-->b', 'flowchart LR\n x-->y'), entity('B', 'flowchart LR\n a-->b'), entity('C'), entity('D', 'bad')] };

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'atlas-prerender-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('source hash', () => {
  it('is stable, short, and differs for different texts', () => {
    expect(sourceHash('flowchart LR\n a-->b')).toBe(sourceHash('flowchart LR\n a-->b'));
    expect(sourceHash('flowchart LR\n a-->b')).not.toBe(sourceHash('flowchart LR\n a-->c'));
    expect(sourceHash('')).toMatch(/^[0-9a-z]{1,11}$/);
    const many = new Set(Array.from({ length: 5000 }, (_, i) => sourceHash(`flowchart LR\n n${i} --> m${i}`)));
    expect(many.size).toBe(5000);
  });
});

describe('prerenderFirstDiagrams', () => {
  it('draws each entity\'s first diagram once per distinct text, in both themes, and lists only those that worked', async () => {
    expect([...firstDiagramSources(bundle).values()]).toEqual(['flowchart LR\n a-->b', 'bad']);
    const calls: string[] = [];
    const render: RenderOne = async (source, theme, id) => {
      calls.push(`${theme}:${source}`);
      return source === 'bad' ? { ok: false, error: 'Parse error' } : { ok: true, svg: `<svg id="${id}">${theme}</svg>` };
    };
    const [out, cache] = [tmp(), tmp()];
    const r = await prerenderFirstDiagrams(bundle, out, render, cache, '1.0.0');
    expect(r).toEqual({ rendered: 2, fromCache: 0, failed: 1 });
    const hash = sourceHash('flowchart LR\n a-->b');
    const index = JSON.parse(readFileSync(join(out, PRERENDER_INDEX), 'utf8')) as PrerenderIndex;
    expect(index).toEqual({ format: 'atlas-prerender', mermaid: '1.0.0', hashes: [hash] });
    expect(readFileSync(join(out, prerenderFile(hash, 'dark')), 'utf8')).toBe(`<svg id="atlas-pre-${hash}-dark">dark</svg>`);
    expect(existsSync(join(out, prerenderFile(sourceHash('bad'), 'light')))).toBe(false);
    // The second diagram of A is left to the browser.
    expect(calls.some((c) => c.includes('x-->y'))).toBe(false);

    // A rebuild draws nothing it already has; another mermaid version draws again.
    calls.length = 0;
    const again = await prerenderFirstDiagrams(bundle, tmp(), render, cache, '1.0.0');
    expect(again).toEqual({ rendered: 0, fromCache: 2, failed: 1 });
    expect(calls).toEqual(['light:bad']);
    const other = await prerenderFirstDiagrams(bundle, tmp(), render, cache, '2.0.0');
    expect(other.rendered).toBe(2);
  });
});
