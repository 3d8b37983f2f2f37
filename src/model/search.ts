/**
 * Search: exact and prefix ID matches first (case-insensitive), then Fuse's
 * fuzzy ranking over names, aliases, organisations, systems and tags. The Fuse
 * index is built at compile time and only parsed here.
 */
import Fuse, { type FuseResult, type FuseResultMatch } from 'fuse.js';
import type { SearchDoc } from './search-docs';
import { SEARCH_KEYS } from './search-docs';

export const MAX_QUERY_LENGTH = 64;

export interface SearchHit {
  doc: SearchDoc;
  /** 0 is best. */
  score: number;
  /** Why it matched: 'id' for ID matches, else the field Fuse matched best. */
  matchedBy: string;
  /** Character ranges to highlight in `matchedText`. */
  ranges: [number, number][];
  matchedText: string;
}

export interface Searcher {
  search(query: string, limit?: number): SearchHit[];
}

export function createSearcher(docs: SearchDoc[], serializedIndex?: unknown): Searcher {
  const options = {
    keys: [...SEARCH_KEYS],
    includeScore: true,
    includeMatches: true,
    ignoreLocation: true,
    threshold: 0.38,
    minMatchCharLength: 2,
  };
  const index = serializedIndex ? Fuse.parseIndex<SearchDoc>(serializedIndex as never) : undefined;
  const fuse = new Fuse(docs, options, index);
  const byUpperId = new Map(docs.map((d) => [d.id.toUpperCase(), d] as const));
  const sortedIds = [...docs].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));

  return {
    search(rawQuery, limit = 12) {
      const query = normaliseQuery(rawQuery);
      if (!query) return [];
      const upper = query.toUpperCase();
      const hits: SearchHit[] = [];
      const seen = new Set<string>();
      const add = (h: SearchHit) => {
        if (seen.has(h.doc.id) || hits.length >= limit) return;
        seen.add(h.doc.id);
        hits.push(h);
      };
      const exact = byUpperId.get(upper);
      if (exact) add(idHit(exact, query.length, 0));
      if (/^[A-Z0-9-]+$/.test(upper)) {
        for (const d of sortedIds) {
          if (d.id.toUpperCase().startsWith(upper)) add(idHit(d, query.length, 0.001));
        }
      }
      for (const h of rankCompanyFirst(fuse.search(query, { limit: limit * 3 }).map(fromFuse))) add(h);
      return hits;
    },
  };
}

export function normaliseQuery(q: string): string {
  return q.slice(0, MAX_QUERY_LENGTH).replace(/\s+/g, ' ').trim();
}

/**
 * A company name should find the company's own case study first ("netflx" →
 * CS-NETFLIX), then everything whose examples mention it. Fuse scores those
 * nearly alike, so case studies matched on their organisation get a small
 * boost, and the shortest ID (the organisation's main study) wins ties.
 */
function rankCompanyFirst(hits: SearchHit[]): SearchHit[] {
  const adjusted = (h: SearchHit) =>
    h.score - (h.doc.kind === 'case-study' && (h.matchedBy === 'orgs' || h.matchedBy === 'name' || h.matchedBy === 'id') ? 0.08 - h.doc.id.length * 0.0005 : 0);
  return hits
    .map((h, i) => ({ h, i, s: adjusted(h) }))
    .sort((a, b) => a.s - b.s || a.i - b.i)
    .map((x) => x.h);
}

function idHit(doc: SearchDoc, len: number, score: number): SearchHit {
  return { doc, score, matchedBy: 'id', ranges: [[0, Math.min(len, doc.id.length) - 1]], matchedText: doc.id };
}

function fromFuse(r: FuseResult<SearchDoc>): SearchHit {
  const best = pickMatch(r.matches ?? []);
  return {
    doc: r.item,
    score: 0.01 + (r.score ?? 1),
    matchedBy: best?.key ?? 'name',
    ranges: (best?.indices ?? []).map(([a, b]) => [a, b] as [number, number]),
    matchedText: best?.value ?? r.item.name,
  };
}

/** The match that explains the hit best: the longest matched run. */
function pickMatch(matches: readonly FuseResultMatch[]): FuseResultMatch | undefined {
  let best: FuseResultMatch | undefined;
  let bestLen = -1;
  for (const m of matches) {
    const len = Math.max(0, ...m.indices.map(([a, b]) => b - a + 1));
    if (len > bestLen) {
      best = m;
      bestLen = len;
    }
  }
  return best;
}
