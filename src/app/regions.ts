/**
 * F6 / Shift-F6: cycle keyboard focus through the page's main regions (header, filters,
 * graph or list, entity panel, path stepper), like a browser cycles its own panes.
 */

/** The next index in a ring of `count` regions from `current` (-1: none focused yet). */
export function cycleIndex(count: number, current: number, backwards: boolean): number {
  if (count <= 0) return -1;
  if (current < 0) return backwards ? count - 1 : 0;
  return (current + (backwards ? count - 1 : 1)) % count;
}

/** Region selectors in reading order; the first that matches and is on screen for each name wins. */
export const REGIONS: { name: string; selectors: string[] }[] = [
  { name: 'header', selectors: ['.app-header'] },
  { name: 'filters', selectors: ['.legend'] },
  { name: 'main', selectors: ['.view-frame', 'main.stage'] },
  // The panel's heading, so a screen reader starts at the entity's name.
  { name: 'panel', selectors: ['aside.entity-panel #panel-title', 'aside.entity-panel', '.panel-reopen'] },
  { name: 'path', selectors: ['.path-stepper'] },
];

function shown(el: Element): boolean {
  return el.getClientRects().length > 0 && !el.closest('[inert]');
}

export function regionElements(doc: Document = document): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const r of REGIONS) {
    for (const sel of r.selectors) {
      const el = doc.querySelector<HTMLElement>(sel);
      if (el && shown(el)) {
        out.push(el);
        break;
      }
    }
  }
  return out;
}

/** Moves focus to the next (or previous) region and returns it. */
export function focusNextRegion(backwards: boolean, doc: Document = document): HTMLElement | null {
  const regions = regionElements(doc);
  const active = doc.activeElement;
  const current = regions.findIndex((r) => r === active || r.contains(active) || (r.id === 'panel-title' && r.closest('aside')?.contains(active)));
  const next = regions[cycleIndex(regions.length, current, backwards)];
  if (!next) return null;
  if (!next.matches('button, a[href], input, select, textarea, [tabindex]')) next.tabIndex = -1;
  next.focus({ preventScroll: true });
  return next;
}
