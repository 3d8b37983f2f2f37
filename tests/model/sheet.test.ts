import { describe, expect, it } from 'vitest';
import { sheetAfterDrag, sheetDown, sheetToggle, sheetUp } from '../../src/model/sheet';

const H = { peek: 64, half: 350, full: 700 };

describe('bottom sheet states', () => {
  it('steps up and down, and closes below peek', () => {
    expect(sheetUp('peek')).toBe('half');
    expect(sheetUp('half')).toBe('full');
    expect(sheetUp('full')).toBe('full');
    expect(sheetDown('full')).toBe('half');
    expect(sheetDown('half')).toBe('peek');
    expect(sheetDown('peek')).toBe('closed');
  });

  it('a tap on the handle opens further, and from full goes back to half', () => {
    expect(sheetToggle('peek')).toBe('half');
    expect(sheetToggle('half')).toBe('full');
    expect(sheetToggle('full')).toBe('half');
  });

  it('a drag shorter than the threshold changes nothing', () => {
    expect(sheetAfterDrag('half', 10, 350, H)).toBe('half');
    expect(sheetAfterDrag('half', -10, 350, H)).toBe('half');
  });

  it('a long drag lands on the nearest state', () => {
    expect(sheetAfterDrag('peek', -600, 64, H)).toBe('full');
    expect(sheetAfterDrag('full', 320, 700, H)).toBe('half');
    expect(sheetAfterDrag('full', 620, 700, H)).toBe('peek');
  });

  it('a short flick still moves one state in its direction', () => {
    expect(sheetAfterDrag('half', 40, 350, H)).toBe('peek');
    expect(sheetAfterDrag('half', -40, 350, H)).toBe('full');
  });

  it('swiping down from peek, or throwing the sheet below half its peek height, closes it', () => {
    expect(sheetAfterDrag('peek', 30, 64, H)).toBe('closed');
    expect(sheetAfterDrag('half', 330, 350, H)).toBe('closed');
  });
});
