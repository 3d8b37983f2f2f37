/**
 * The URL is the state. Parses and formats the hash routes that are a public
 * contract (README, "URL format"). Parsing never throws: anything malformed
 * becomes a route the UI can show with a "not found" note.
 */
import type { Filters } from './filters';
import { CONFIDENCE, DOMAINS, FAMILIES, KINDS, MATURITY, type Kind } from './constants';

export type View =
  | { name: 'home' }
  | { name: 'entity'; id: string; section?: string; item?: string; /** the address named a section or item of impossible shape */ badAnchor?: true }
  | { name: 'path'; pathId: string; step: number }
  | { name: 'matrix'; kind: Kind }
  | { name: 'coverage' }
  | { name: 'compare'; ids: string[] }
  | { name: 'why'; from: string; to: string }
  | { name: 'invalid'; raw: string; reason: string };

export interface Route {
  view: View;
  filters: Filters;
  focus: boolean;
  hops: 1 | 2;
}

export const MAX_HASH_LENGTH = 2048;
/** Any entity or path ID the app can hold: plain ASCII, bounded. Anything else cannot be an ID. */
const ID_SHAPE = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;
/** A section or item slug: kebab-case ASCII, bounded. */
const SLUG_SHAPE = /^[a-z0-9][a-z0-9-]{0,119}$/;

const empty = <T>() => new Set<T>();

export function parseHash(hash: string): Route {
  const base: Route = {
    view: { name: 'home' },
    filters: { kinds: empty(), families: empty(), domains: empty(), confidence: empty(), maturity: empty() },
    focus: false,
    hops: 1,
  };
  if (hash.length > MAX_HASH_LENGTH) return { ...base, view: invalid(hash.slice(0, 80) + '…', 'the address is too long') };
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const pathPart = q >= 0 ? raw.slice(0, q) : raw;
  const query = q >= 0 ? raw.slice(q + 1) : '';
  const route = { ...base, ...parseQuery(query, base) };
  const segments = pathPart.split('/').filter((s) => s !== '');
  const decoded: string[] = [];
  for (const s of segments) {
    const d = safeDecode(s);
    if (d === undefined) return { ...route, view: invalid(pathPart, 'the address has malformed percent-encoding') };
    decoded.push(d);
  }
  return { ...route, view: parseView(decoded, pathPart) };
}

function parseView(seg: string[], raw: string): View {
  const [head, a, b, ...rest] = seg;
  if (head === undefined) return { name: 'home' };
  switch (head) {
    case 'entity': {
      if (a === undefined || rest.length > 1) break;
      if (!ID_SHAPE.test(a)) return invalid(a, 'not a valid entity ID');
      if (b === undefined) return { name: 'entity', id: a };
      const item = rest[0];
      // Whether the section and item exist is the entity's business (model/sections.ts): the UI opens
      // the entity at the top with a "not found" note. Here only the shape is checked.
      if (!SLUG_SHAPE.test(b) || (item !== undefined && !SLUG_SHAPE.test(item))) return { name: 'entity', id: a, badAnchor: true };
      return item === undefined ? { name: 'entity', id: a, section: b } : { name: 'entity', id: a, section: b, item };
    }
    case 'path': {
      if (a === undefined || rest.length) break;
      if (!ID_SHAPE.test(a)) return invalid(a, 'not a valid path ID');
      const step = b === undefined ? 1 : parseStep(b);
      return step === undefined ? invalid(b ?? '', 'not a valid step number') : { name: 'path', pathId: a, step };
    }
    case 'matrix':
      if (a !== undefined && b === undefined) return (KINDS as readonly string[]).includes(a) ? { name: 'matrix', kind: a as Kind } : invalid(a, 'not a kind');
      break;
    case 'coverage':
      if (a === undefined) return { name: 'coverage' };
      break;
    case 'compare': {
      if (a === undefined) return { name: 'compare', ids: [] };
      if (b !== undefined) break;
      const ids = a.split(',').filter(Boolean);
      if (ids.length >= 1 && ids.length <= 3 && ids.every((id) => ID_SHAPE.test(id))) return { name: 'compare', ids };
      return invalid(a, 'compare takes two or three entity IDs');
    }
    case 'why':
      if (a === undefined) return { name: 'why', from: '', to: '' };
      if (a !== undefined && b !== undefined && !rest.length) {
        return ID_SHAPE.test(a) && ID_SHAPE.test(b) ? { name: 'why', from: a, to: b } : invalid(`${a}/${b}`, 'not valid entity IDs');
      }
      break;
  }
  return invalid(raw, 'unknown address');
}

function parseStep(s: string): number | undefined {
  if (!/^[0-9]{1,4}$/.test(s)) return undefined;
  const n = Number(s);
  return n >= 1 ? n : undefined;
}

function parseQuery(query: string, base: Route): Partial<Route> {
  if (!query) return {};
  const params = new URLSearchParams(query.length > 1024 ? '' : query);
  const pick = <T extends string>(key: string, allowed: readonly T[]): Set<T> =>
    new Set((params.get(key) ?? '').split(',').filter((v): v is T => (allowed as readonly string[]).includes(v)));
  return {
    filters: {
      kinds: pick('kinds', KINDS),
      families: pick('families', FAMILIES),
      domains: pick('domains', DOMAINS),
      confidence: pick('confidence', CONFIDENCE),
      maturity: pick('maturity', MATURITY),
    },
    focus: params.get('focus') === '1',
    hops: params.get('hops') === '2' ? 2 : base.hops,
  };
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

function invalid(raw: string, reason: string): View {
  // Keep what we echo back short and visible: strip control and bidi characters.
  // eslint-disable-next-line no-control-regex
  const clean = raw.replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, '�').slice(0, 80);
  return { name: 'invalid', raw: clean, reason };
}

export function formatRoute(r: Pick<Route, 'view'> & Partial<Route>): string {
  const v = r.view;
  const enc = encodeURIComponent;
  let path: string;
  switch (v.name) {
    case 'home':
    case 'invalid':
      path = '/';
      break;
    case 'entity':
      path = `/entity/${enc(v.id)}${v.section ? `/${enc(v.section)}${v.item ? `/${enc(v.item)}` : ''}` : ''}`;
      break;
    case 'path':
      path = `/path/${enc(v.pathId)}/${v.step}`;
      break;
    case 'matrix':
      path = `/matrix/${v.kind}`;
      break;
    case 'coverage':
      path = '/coverage';
      break;
    case 'compare':
      path = v.ids.length ? `/compare/${v.ids.map(enc).join(',')}` : '/compare';
      break;
    case 'why':
      path = v.from && v.to ? `/why/${enc(v.from)}/${enc(v.to)}` : '/why';
      break;
  }
  const params: string[] = [];
  const f = r.filters;
  if (f) {
    for (const [key, set] of [
      ['kinds', f.kinds],
      ['families', f.families],
      ['domains', f.domains],
      ['confidence', f.confidence],
      ['maturity', f.maturity],
    ] as const) {
      if (set.size) params.push(`${key}=${[...set].sort().join(',')}`);
    }
  }
  if (r.focus) params.push('focus=1');
  if (r.hops === 2) params.push('hops=2');
  return `#${path}${params.length ? `?${params.join('&')}` : ''}`;
}
