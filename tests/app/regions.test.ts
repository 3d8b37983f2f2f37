import { describe, expect, it } from 'vitest';
import { cycleIndex } from '../../src/app/regions';

describe('F6 region cycle', () => {
  it('goes round forwards and backwards', () => {
    expect(cycleIndex(4, 0, false)).toBe(1);
    expect(cycleIndex(4, 3, false)).toBe(0);
    expect(cycleIndex(4, 0, true)).toBe(3);
    expect(cycleIndex(4, 2, true)).toBe(1);
  });
  it('starts at the first (or, backwards, the last) region when none has focus', () => {
    expect(cycleIndex(4, -1, false)).toBe(0);
    expect(cycleIndex(4, -1, true)).toBe(3);
    expect(cycleIndex(0, -1, false)).toBe(-1);
  });
});
