/**
 * Decides whether a key may trigger a single-key shortcut. Never while focus is in a text
 * field or the search combobox is open, and never after focus has silently left a text field
 * (choosing a search result blurs the input while the user may still be typing): until the
 * user does something deliberate (a click or tap, Tab, Esc, F6), printable keys stay text.
 * No React and no globals, so the rules are unit-tested.
 */

/** The little of an element the guard looks at. */
export interface FocusTarget {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
  getAttribute?(name: string): string | null;
}

const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

export function isTextField(t: FocusTarget | null | undefined): boolean {
  if (!t || !t.tagName) return false;
  const tag = t.tagName.toUpperCase();
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.has((t.type ?? 'text').toLowerCase());
  return tag === 'TEXTAREA' || tag === 'SELECT' || !!t.isContentEditable || t.getAttribute?.('role') === 'combobox';
}

/** Keys that say "I am no longer typing": they re-arm the shortcuts. */
const DELIBERATE_KEYS = new Set(['Tab', 'Escape', 'F6']);

export interface ShortcutGuard {
  /** Focus moved onto `t` (a focusin event). */
  focusIn(t: FocusTarget | null): void;
  /** A pointer went down: a deliberate action, shortcuts are armed again. */
  pointerDown(): void;
  /** May this keydown on `target` run a single-key shortcut? `comboboxOpen`: the search list is showing. */
  allows(key: string, target: FocusTarget | null, comboboxOpen: boolean): boolean;
}

export function createShortcutGuard(): ShortcutGuard {
  // True from the moment a text field had focus until a deliberate action.
  let typing = false;
  return {
    focusIn(t) {
      if (isTextField(t)) typing = true;
    },
    pointerDown() {
      typing = false;
    },
    allows(key, target, comboboxOpen) {
      if (isTextField(target)) {
        typing = true;
        return false;
      }
      if (DELIBERATE_KEYS.has(key)) {
        typing = false;
        return !comboboxOpen || key !== 'Escape';
      }
      if (comboboxOpen) return false;
      // Printable single characters only are suspect; arrows and function keys are never text.
      return !(typing && key.length === 1);
    },
  };
}
