import { describe, expect, it } from 'vitest';
import { createShortcutGuard, isTextField, type FocusTarget } from '../../src/app/shortcut-guard';

const input = (type = 'text'): FocusTarget => ({ tagName: 'INPUT', type });
const button: FocusTarget = { tagName: 'BUTTON' };
const body: FocusTarget = { tagName: 'BODY' };

describe('isTextField', () => {
  it('knows text fields from other controls', () => {
    expect(isTextField(input())).toBe(true);
    expect(isTextField(input('search'))).toBe(true);
    expect(isTextField(input('checkbox'))).toBe(false);
    expect(isTextField({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextField({ tagName: 'SELECT' })).toBe(true);
    expect(isTextField({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTextField({ tagName: 'DIV', getAttribute: (n) => (n === 'role' ? 'combobox' : null) })).toBe(true);
    expect(isTextField(button)).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});

describe('shortcut guard', () => {
  it('lets shortcuts run when nothing was typed', () => {
    const g = createShortcutGuard();
    expect(g.allows('l', body, false)).toBe(true);
    expect(g.allows('t', button, false)).toBe(true);
  });

  it('never fires in a text field', () => {
    const g = createShortcutGuard();
    expect(g.allows('l', input(), false)).toBe(false);
    expect(g.allows('/', { tagName: 'TEXTAREA' }, false)).toBe(false);
  });

  it('never fires while the search list is open', () => {
    const g = createShortcutGuard();
    expect(g.allows('l', body, true)).toBe(false);
  });

  it('after focus silently left a text field, letters stay text until a deliberate action', () => {
    const g = createShortcutGuard();
    g.focusIn(input('search'));
    // The search result was chosen; focus moved to the panel heading by itself.
    expect(g.allows('l', { tagName: 'H2' }, false)).toBe(false);
    expect(g.allows('t', body, false)).toBe(false);
    // Arrows are never text: path steps still work.
    expect(g.allows('ArrowRight', body, false)).toBe(true);
    g.pointerDown();
    expect(g.allows('l', body, false)).toBe(true);
  });

  it('Tab, Esc and F6 re-arm the shortcuts', () => {
    for (const key of ['Tab', 'Escape', 'F6']) {
      const g = createShortcutGuard();
      g.focusIn(input());
      expect(g.allows('f', body, false)).toBe(false);
      expect(g.allows(key, body, false)).toBe(true);
      expect(g.allows('f', body, false)).toBe(true);
    }
  });
});
