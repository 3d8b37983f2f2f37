// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { followThemeColor, THEME_CHROME } from '../../src/offline/theme-color';

const metas = () => [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].map((m) => m.content);

afterEach(() => {
  document.head.innerHTML = '';
  delete document.documentElement.dataset.theme;
});

describe('theme colour', () => {
  it('follows the theme the app picks', async () => {
    document.head.innerHTML = '<meta name="theme-color" media="(prefers-color-scheme: light)" content="#ffffff"><meta name="theme-color" media="(prefers-color-scheme: dark)" content="#111827">';
    const stop = followThemeColor(document);
    document.documentElement.dataset.theme = 'dark';
    await new Promise((r) => setTimeout(r)); // MutationObserver callbacks run as a microtask after the change
    expect(metas()).toEqual([THEME_CHROME.dark, THEME_CHROME.dark]);
    document.documentElement.dataset.theme = 'light';
    await new Promise((r) => setTimeout(r));
    expect(metas()).toEqual([THEME_CHROME.light, THEME_CHROME.light]);
    stop();
    document.documentElement.dataset.theme = 'dark';
    await new Promise((r) => setTimeout(r));
    expect(metas()).toEqual([THEME_CHROME.light, THEME_CHROME.light]);
  });

  it('is the header surface colour of each theme (styles.css)', () => {
    const css = readFileSync('src/styles.css', 'utf8');
    const surface = (block: string) => new RegExp(`${block}\\s*\\{[^}]*--surface:\\s*(#[0-9a-fA-F]{6})`).exec(css)?.[1]?.toLowerCase();
    expect(surface(':root')).toBe(THEME_CHROME.light);
    expect(surface(":root\\[data-theme='dark'\\]")).toBe(THEME_CHROME.dark);
  });
});
