// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { preparePrint } from '../../src/export/prepare-print';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('preparePrint', () => {
  it('opens collapsed details for the print and restores them afterwards', () => {
    document.body.innerHTML = '<details id="a"><summary>A</summary>x</details><details id="b" open><summary>B</summary>y</details>';
    const [a, b] = [document.getElementById('a') as HTMLDetailsElement, document.getElementById('b') as HTMLDetailsElement];
    const stop = preparePrint(window);
    window.dispatchEvent(new Event('beforeprint'));
    expect([a.open, b.open]).toEqual([true, true]);
    window.dispatchEvent(new Event('afterprint'));
    // Only what printing opened closes again.
    expect([a.open, b.open]).toEqual([false, true]);
    stop();
    window.dispatchEvent(new Event('beforeprint'));
    expect(a.open).toBe(false);
  });
});
