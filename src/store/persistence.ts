/** The one module that touches localStorage. Failures (private mode, quota) are ignored: persistence is a nicety. */
import type { ThemePreference } from './types';

const KEY_DONE = 'atlas:path-steps-done';
const KEY_THEME = 'atlas:theme';

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
function write(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    /* ignore */
  }
}

export function loadDone(): Set<string> {
  try {
    const v = JSON.parse(read(KEY_DONE) ?? '[]');
    return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.length < 200).slice(0, 5000) : []);
  } catch {
    return new Set();
  }
}
export const saveDone = (done: ReadonlySet<string>) => write(KEY_DONE, JSON.stringify([...done]));

export function loadThemePreference(): ThemePreference {
  const v = read(KEY_THEME);
  return v === 'light' || v === 'dark' ? v : 'system';
}
export const saveThemePreference = (t: ThemePreference) => write(KEY_THEME, t);

const KEY_PANEL_WIDTH = 'atlas:panel-width';
export function loadPanelWidth(): number | null {
  const n = Number(read(KEY_PANEL_WIDTH));
  return Number.isFinite(n) && n >= 300 && n <= 2000 ? n : null;
}
export const savePanelWidth = (px: number) => write(KEY_PANEL_WIDTH, String(Math.round(px)));
