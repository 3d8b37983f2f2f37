/** The web manifest and the page head: installable from any sub-path, both themes, a strict CSP. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEME_CHROME } from '../../src/offline/theme-color';

interface Icon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}
const manifest = JSON.parse(readFileSync('public/manifest.webmanifest', 'utf8')) as Record<string, unknown> & { icons: Icon[] };
const html = readFileSync('index.html', 'utf8');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('web manifest', () => {
  it('names the app and works from a sub-path', () => {
    expect(manifest).toMatchObject({ name: 'Atlas Explorer', short_name: 'Atlas', start_url: './', scope: './', display: 'standalone' });
    // Relative URLs resolve against the manifest, wherever the atlas is hosted.
    for (const icon of manifest.icons) expect(icon.src.startsWith('/') || /^[a-z]+:/.test(icon.src), icon.src).toBe(false);
  });

  it('has an SVG icon and PNG icons of the sizes it declares, one maskable', () => {
    expect(manifest.icons.some((i) => i.type === 'image/svg+xml' && i.sizes === 'any')).toBe(true);
    const pngs = manifest.icons.filter((i) => i.type === 'image/png');
    expect(pngs.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(pngs.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of pngs) {
      const [w, h] = pngSize(join('public', icon.src));
      expect(`${w}x${h}`, icon.src).toBe(icon.sizes);
    }
    expect(readFileSync(join('public', manifest.icons.find((i) => i.type === 'image/svg+xml')!.src), 'utf8')).toMatch(/^<svg /);
  });

  it('is linked from the page, with a theme colour for each scheme', () => {
    expect(html).toContain('<link rel="manifest" href="./manifest.webmanifest" />');
    expect(html).toContain(`<meta name="theme-color" media="(prefers-color-scheme: light)" content="${THEME_CHROME.light}" />`);
    expect(html).toContain(`<meta name="theme-color" media="(prefers-color-scheme: dark)" content="${THEME_CHROME.dark}" />`);
    expect(manifest.theme_color).toBe(THEME_CHROME.light);
    pngSize(join('public', /rel="apple-touch-icon" href="\.\/([^"]+)"/.exec(html)![1]!));
  });

  it('keeps the CSP strict: the worker and the manifest from this origin only, no inline or eval script', () => {
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)![1]!;
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(directives.get('manifest-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-eval|\*|https?:/);
  });
});
