/**
 * Printing shows everything: collapsed parts of the page (failure modes are <details>) open for
 * the print and close again afterwards. print.css does the same with ::details-content where the
 * browser supports it, for prints that fire no beforeprint event (headless PDF).
 */
export function preparePrint(win: Window = window): () => void {
  let opened: HTMLDetailsElement[] = [];
  const before = () => {
    opened = [...win.document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    for (const d of opened) d.open = true;
  };
  const after = () => {
    for (const d of opened) d.open = false;
    opened = [];
  };
  win.addEventListener('beforeprint', before);
  win.addEventListener('afterprint', after);
  return () => {
    win.removeEventListener('beforeprint', before);
    win.removeEventListener('afterprint', after);
  };
}
