/** The breakpoint at which the panel becomes a bottom sheet and the header a single line (styles.css uses the same). */
export const NARROW_QUERY = '(max-width: 820px)';

export function isNarrow(): boolean {
  return globalThis.matchMedia?.(NARROW_QUERY).matches ?? false;
}
