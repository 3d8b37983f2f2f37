import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderDiagram } from '../../src/diagram/mermaid';
import { clearRenderedSvgs, diagramKey, getRenderedSvg, putRenderedSvg, renderCached, renderedByBuild } from '../../src/diagram/svg-cache';

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
