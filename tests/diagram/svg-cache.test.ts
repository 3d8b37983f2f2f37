import { afterEach, describe, expect, it } from 'vitest';
import { clearRenderedSvgs, diagramKey, getRenderedSvg, putRenderedSvg } from '../../src/diagram/svg-cache';

afterEach(() => clearRenderedSvgs());

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
});
