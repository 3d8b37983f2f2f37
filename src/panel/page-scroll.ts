/**
 * Where the panel was scrolled, per address, so Back/Forward lands where the reader was;
 * a link (not Back/Forward) opens the entity at the top or at its anchor.
 */
const saved = new Map<string, number>();
const MAX = 200;
let poppedAt: string | null = null;

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    poppedAt = location.hash;
  });
}

export function rememberScroll(hash: string, top: number): void {
  saved.delete(hash);
  saved.set(hash, top);
  if (saved.size > MAX) saved.delete(saved.keys().next().value as string);
}

/** The scroll position to restore when this address was reached by Back/Forward; consumed once. */
export function takeRestoredScroll(hash: string): number | undefined {
  if (poppedAt !== hash) return undefined;
  poppedAt = null;
  return saved.get(hash);
}
