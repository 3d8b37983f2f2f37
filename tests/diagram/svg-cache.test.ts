import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderDiagram } from '../../src/diagram/mermaid';
import { clearRenderedSvgs, diagramKey, getRenderedSvg, leadShown, putRenderedSvg, renderCached, renderedByBuild } from '../../src/diagram/svg-cache';

vi.mock('../../src/diagram/mermaid', () => ({
  renderDiagram: vi.fn(async (source: string) => {
    if (source.startsWith('bad')) throw new Error('Parse error');
    return { svg: `<svg>${source}</svg>` };
  }),
}));

afterEach(() => {
  clearRenderedSvgs();
  vi.mocked(renderDiagram).mockClear();
});

describe('rendered diagram cache', () => {
  it('keys by theme and source', () => {
    putRenderedSvg(diagramKey('flowchart LR\n a-->b', 'light'), '<svg>light</svg>');
    expect(getRenderedSvg(diagramKey('flowchart LR\n a-->b', 'light'))).toBe('<svg>light</svg>');
    expect(getRenderedSvg(diagramKey('flowchart LR\n a-->b', 'dark'))).toBeUndefined();
    expect(getRenderedSvg(diagramKey('flowchart LR\n a-->c', 'light'))).toBeUndefined();
  });

  it('is bounded and evicts the least recently used entry first', () => {
    for (let i = 0; i < 60; i++) putRenderedSvg(`k${i}`, `<svg>${i}</svg>`);
    expect(getRenderedSvg('k0')).toBe('<svg>0</svg>'); // k0 is now the most recent
    putRenderedSvg('k60', '<svg>60</svg>');
    expect(getRenderedSvg('k1')).toBeUndefined();
    expect(getRenderedSvg('k0')).toBe('<svg>0</svg>');
    expect(getRenderedSvg('k60')).toBe('<svg>60</svg>');
  });

  it('remembers which SVGs came from the build until they are redrawn or evicted', () => {
    putRenderedSvg('pre', '<svg>build</svg>', true);
    putRenderedSvg('other', '<svg>page</svg>');
    expect(renderedByBuild('pre')).toBe(true);
    expect(renderedByBuild('other')).toBe(false);
    putRenderedSvg('pre', '<svg>page</svg>');
    expect(renderedByBuild('pre')).toBe(false);
    putRenderedSvg('pre', '<svg>build</svg>', true);
    for (let i = 0; i < 60; i++) putRenderedSvg(`k${i}`, `<svg>${i}</svg>`);
    expect(getRenderedSvg('pre')).toBeUndefined();
    expect(renderedByBuild('pre')).toBe(false);
  });
});

describe('renderCached', () => {
  it('shares a render under way and answers later calls from the cache', async () => {
    const [a, b] = await Promise.all([renderCached('flowchart LR\n x-->y', 'dark'), renderCached('flowchart LR\n x-->y', 'dark')]);
    expect(a.svg).toBe(b.svg);
    expect(await renderCached('flowchart LR\n x-->y', 'dark')).toEqual(a);
    expect(renderDiagram).toHaveBeenCalledTimes(1);
    expect(getRenderedSvg(diagramKey('flowchart LR\n x-->y', 'dark'))).toBe(a.svg);
  });

  it('does not cache failures: the next call tries again', async () => {
    await expect(renderCached('bad diagram', 'light')).rejects.toThrow('Parse error');
    await expect(renderCached('bad diagram', 'light')).rejects.toThrow('Parse error');
    expect(renderDiagram).toHaveBeenCalledTimes(2);
  });
});

describe('renderCached and the render queue', () => {
  it('drops a queued render once every caller has stopped wanting it, and keeps one another caller still wants', async () => {
    let resolveFirst!: (v: { svg: string }) => void;
    vi.mocked(renderDiagram).mockImplementationOnce(() => new Promise((r) => (resolveFirst = r)));
    const busy = renderCached('flowchart LR\n busy', 'light'); // occupies the queue
    let leftA = false;
    let leftB = false;
    const dropped = renderCached('flowchart LR\n left', 'light', { wanted: () => !leftA });
    const kept = renderCached('flowchart LR\n shared', 'light', { wanted: () => !leftB });
    const keptToo = renderCached('flowchart LR\n shared', 'light', { wanted: () => true });
    leftA = true;
    leftB = true;
    await vi.waitFor(() => expect(resolveFirst).toBeTypeOf('function'));
    resolveFirst({ svg: '<svg>busy</svg>' });
    await busy;
    await expect(dropped).rejects.toThrow('no longer on screen');
    expect((await kept).svg).toBe('<svg>flowchart LR\n shared</svg>');
    expect(await keptToo).toEqual(await kept);
    expect(vi.mocked(renderDiagram).mock.calls.map((c) => c[0])).toEqual(['flowchart LR\n busy', 'flowchart LR\n shared']);
    // Abandoned renders are not cached: asking again renders.
    expect((await renderCached('flowchart LR\n left', 'light')).svg).toBe('<svg>flowchart LR\n left</svg>');
  });

  it('holds later diagrams until the lead one is shown', async () => {
    let resolveLead!: (v: { svg: string }) => void;
    vi.mocked(renderDiagram).mockImplementationOnce(() => new Promise((r) => (resolveLead = r)));
    const lead = renderCached('flowchart LR\n lead', 'dark', { lead: true, wanted: () => true });
    const later = renderCached('flowchart LR\n later', 'dark', { wanted: () => true });
    await vi.waitFor(() => expect(resolveLead).toBeTypeOf('function'));
    resolveLead({ svg: '<svg>lead</svg>' });
    await lead;
    await new Promise((r) => setTimeout(r, 20));
    expect(vi.mocked(renderDiagram).mock.calls.map((c) => c[0])).toEqual(['flowchart LR\n lead']);
    leadShown(diagramKey('flowchart LR\n lead', 'dark'));
    expect((await later).svg).toBe('<svg>flowchart LR\n later</svg>');
  });
});
