/**
 * The one search module the views use. `searchItems` answers the search box: entity-level
 * matches on IDs and names first (below), then the full-text index's items (model/fulltext.ts),
 * once it has loaded; until then, entity matches alone.
 *
 * Entity search (`search`) runs in three passes, best first:
 *  1. exact and prefix ID matches, case-insensitively (`m5`, `cs-uber`);
 *  2. substring matches over every field, ranked by field (name before tags),
 *     by where the match starts (start of text, start of a word, inside) and
 *     by how much of the field it covers — a few milliseconds even at 5,000 entities;
 *  3. Fuse.js fuzzy matches over IDs, names, aliases and organisations, for typos
 *     (`netflx`, `circut breaker`), only when the first passes found fewer than three.
 *     A trigram index, built once per data set, narrows the candidates first, so
 *     Fuse scores a few dozen entries instead of every entity (fast at 5,000).
 */
import Fuse, { type FuseResult, type FuseResultMatch } from 'fuse.js';
import { FUZZY_KEYS, SEARCH_FIELDS, type SearchDoc } from './search-docs';
import { loadFullTextIndex, snippetOf, type FullTextIndex, type SearchIndexFile, type TextHit } from './fulltext';
import type { Kind, PanelSection } from './constants';

export const MAX_QUERY_LENGTH = 64;
const FUZZY_WHEN_FEWER_THAN = 3;

export interface SearchHit {
  doc: SearchDoc;
  /** 0 is best. */
  score: number;
  /** Why it matched: the field that matched best. */
  matchedBy: string;
  /** Character ranges to highlight in `matchedText`. */
  ranges: [number, number][];
  matchedText: string;
}

/** One search result: an entity, an item of an entity (a failure mode, a timeline entry …) or a path. */
export interface SearchResult {
  /** Unique among results. */
  key: string;
  kind: Kind | 'path';
  /** Where Enter goes: an entity (at an item when section/item are set) or a path. */
  entity?: string;
  path?: string;
  section?: PanelSection;
  item?: string;
  /** The entity ID or "Path", then its name or the path's title. */
  label: string;
  name: string;
  labelRanges: [number, number][];
  nameRanges: [number, number][];
  /** "Failure mode · Split brain (two primaries)"; absent for a whole entity. */
  where?: string;
  /** The matched words in context (or, for an entity match on another field, that field's value). */
  snippet?: { text: string; ranges: [number, number][] };
}

export interface Searcher {
  /** Entity-level matches on IDs, names, aliases, organisations, systems and tags. */
  search(query: string, limit?: number, scope?: EntityScope): SearchHit[];
  /** What the search box lists: entities, items and paths, best first. */
  searchItems(query: string, limit?: number): SearchResult[];
  /** Builds the indexes now (they are otherwise built on the first search) and starts loading the full-text index. */
  warm(): void;
  /** Installs the full-text index (loaded from the compiler's search-index.json). */
  attachFullText(file: SearchIndexFile): void;
  hasFullText(): boolean;
  /** Called when the full-text index arrives, so views can search again. */
  subscribe(listener: () => void): () => void;
}

/**
 * `names` narrows entity search to what can lead the item results (IDs, names, aliases,
 * organisations; typos only for queries of one or two words): the full text covers the rest.
 */
export type EntityScope = 'all' | 'names';
const NAME_FIELDS = 4;

export interface SearcherOptions {
  /** Fetches the full-text index; called once, by warm(). */
  loadFullText?: () => Promise<SearchIndexFile>;
}

interface Prepared {
  doc: SearchDoc;
  /** Per field, in SEARCH_FIELDS order: [original, lower-cased] values. */
  fields: [string, string][][];
}

const FUSE_OPTIONS = { keys: [...FUZZY_KEYS], includeScore: true, includeMatches: true, ignoreLocation: true, threshold: 0.38, minMatchCharLength: 2 };

export function createSearcher(docs: SearchDoc[], options: SearcherOptions = {}): Searcher {
  let fullText: FullTextIndex | null = null;
  let loading = false;
  const listeners = new Set<() => void>();
  const names = new Map(docs.map((d) => [d.id, d.name] as const));
  const nameOf = (id: string) => names.get(id) ?? id;
  // Built once, on first need, so they never delay the first paint of the graph.
  let built: { trigrams: Map<string, number[]>; byUpperId: Map<string, SearchDoc>; sortedIds: SearchDoc[]; prepared: Prepared[] } | null = null;
  const indexes = () =>
    (built ??= {
      trigrams: buildTrigramIndex(docs),
      byUpperId: new Map(docs.map((d) => [d.id.toUpperCase(), d] as const)),
      sortedIds: [...docs].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true })),
      prepared: docs.map((doc) => ({
        doc,
        fields: SEARCH_FIELDS.map((f) => {
          const v = doc[f];
          return (Array.isArray(v) ? v : [v]).map((x) => [x, x.toLowerCase()] as [string, string]);
        }),
      })),
    });

  const searcher: Searcher = {
    warm() {
      indexes();
      if (!fullText && !loading && options.loadFullText) {
        loading = true;
        options.loadFullText().then(
          (file) => searcher.attachFullText(file),
          // Without the index, search keeps answering on IDs and names; trying again on the next warm() is enough.
          () => (loading = false),
        );
      }
    },
    attachFullText(file) {
      fullText = loadFullTextIndex(file);
      for (const l of listeners) l();
    },
    hasFullText: () => fullText !== null,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    searchItems(rawQuery, limit = 12) {
      const query = normaliseQuery(rawQuery);
      if (!query) return [];
      return mergeResults(query, searcher.search(query, limit, fullText ? 'names' : 'all'), fullText, nameOf, limit);
    },
    search(rawQuery, limit = 12, scope = 'all') {
      const query = normaliseQuery(rawQuery);
      if (!query) return [];
      const { trigrams, byUpperId, sortedIds, prepared } = indexes();
      const hits: SearchHit[] = [];
      const seen = new Set<string>();
      const add = (h: SearchHit) => {
        if (seen.has(h.doc.id) || hits.length >= limit) return;
        seen.add(h.doc.id);
        hits.push(h);
      };
      const upper = query.toUpperCase();
      const exact = byUpperId.get(upper);
      if (exact) add(idHit(exact, query.length, 0));
      if (/^[A-Z0-9-]+$/.test(upper)) {
        for (const d of sortedIds) if (d.id.toUpperCase().startsWith(upper)) add(idHit(d, query.length, 0.001));
      }
      for (const h of substringHits(prepared, query.toLowerCase(), scope === 'names' ? NAME_FIELDS : SEARCH_FIELDS.length)) add(h);
      // Fuzzy matching is for typos: when the exact passes found little, not to pad good results with noise.
      if (hits.length < FUZZY_WHEN_FEWER_THAN && (scope === 'all' || query.split(' ').length <= 2)) {
        const candidates = fuzzyCandidates(trigrams, docs, query.toLowerCase());
        if (candidates.length) {
          const fuse = new Fuse(candidates, FUSE_OPTIONS);
          for (const h of rankCompanyFirst(fuse.search(query, { limit: limit * 3 }).map(fromFuse))) add(h);
        }
      }
      return hits;
    },
  };
  return searcher;
}

/** At most this many items of one entity (or path) among the results, so one long page cannot crowd out the rest. */
const PER_OWNER = 2;
const ENTITY_LEADERS = 4;
const SAME_OWNER_DECAY = 0.6;
const SAME_TOPIC_DECAY = 0.5;
const LISTED_REFERENCE = 0.3;
/** Each further matching item of an entity (up to MAX_EVIDENCE) adds this much to its items' relevance. */
const OWNER_EVIDENCE = 0.15;
const MAX_EVIDENCE = 3;
/** A path is one document: one whose title holds every query word counts as a whole page about it. */
const PATH_EVIDENCE = MAX_EVIDENCE + 1;

/**
 * Entity matches that must win over full-text relevance: exact and prefix IDs (`m5`, `G-LIN`),
 * names, aliases and organisations containing the query (`outbox`, `Netflix`), and close typos
 * of a name when the query is a name's length (`netflx`, `circut breaker`).
 */
function leaders(query: string, hits: readonly SearchHit[]): SearchHit[] {
  const words = query.split(' ').length;
  const out: SearchHit[] = [];
  let named = 0;
  for (const h of hits) {
    if (h.score < 0.002) out.push(h);
    else if (named >= ENTITY_LEADERS) continue;
    else if (h.score < 0.01 && ['name', 'aliases', 'orgs'].includes(h.matchedBy)) {
      out.push(h);
      named++;
    } else if (h.score >= 0.01 && h.score < 0.01 + 0.3 && words <= 2 && ['id', 'name', 'aliases', 'orgs'].includes(h.matchedBy)) {
      out.push(h);
      named++;
    }
  }
  return out;
}

function fromEntityHit(h: SearchHit): SearchResult {
  const { doc } = h;
  const via = h.matchedBy !== 'id' && h.matchedBy !== 'name';
  return {
    key: `${doc.id}/overview`,
    kind: doc.kind,
    entity: doc.id,
    label: doc.id,
    name: doc.name,
    labelRanges: h.matchedBy === 'id' ? h.ranges : [],
    nameRanges: h.matchedBy === 'name' ? h.ranges : [],
    ...(via ? { snippet: { text: `${h.matchedBy}: ${h.matchedText}`, ranges: h.ranges.map(([a, b]) => [a + h.matchedBy.length + 2, b + h.matchedBy.length + 2] as [number, number]) } } : {}),
  };
}

function fromTextHit(h: TextHit, nameOf: (id: string) => string): SearchResult {
  const isPath = h.kind === 'path';
  return {
    key: h.id,
    kind: h.kind,
    ...(isPath ? { path: h.path } : { entity: h.entity }),
    ...(h.section && h.section !== 'overview' ? { section: h.section } : {}),
    ...(h.item ? { item: h.item } : {}),
    label: isPath ? 'Path' : h.entity!,
    name: isPath ? h.title : nameOf(h.entity!),
    labelRanges: [],
    nameRanges: [],
    ...(h.section === 'overview' || isPath ? {} : { where: h.where }),
    snippet: snippetOf(h.text || h.title, h.terms),
  };
}

/**
 * Full-text items ranked by BM25, with a coordination factor so an item matching every word of a
 * natural-language query comes before one repeating a single word, after the entity leaders.
 */
function mergeResults(query: string, entityHits: readonly SearchHit[], fullText: FullTextIndex | null, nameOf: (id: string) => string, limit: number): SearchResult[] {
  const out: SearchResult[] = [];
  const seen = new Set<string>();
  const perOwner = new Map<string, number>();
  /** Adds a result unless it is a duplicate or its owner has enough; `make` runs only then (snippets cost). */
  const push = (key: string, owner: string, make: () => SearchResult) => {
    const n = perOwner.get(owner) ?? 0;
    if (out.length >= limit || seen.has(key) || n >= PER_OWNER) return;
    seen.add(key);
    perOwner.set(owner, n + 1);
    out.push(make());
  };
  const pushEntity = (h: SearchHit) => push(`${h.doc.id}/overview`, h.doc.id, () => fromEntityHit(h));
  const lead = leaders(query, entityHits);
  for (const h of lead) pushEntity(h);
  if (!fullText) {
    for (const h of entityHits) pushEntity(h);
    return out;
  }
  const total = Math.max(1, fullText.queryTermCount(query));
  const ranked = fullText
    .search(query, limit)
    .map((h) => ({ h, s: h.score * (h.matchedQueryTerms / total) ** 2 }))
    .sort((a, b) => b.s - a.s);
  // Variety: each further item of the same entity counts for less, so one long page does not fill
  // the list. Symptoms cite other entities' failure modes as causes: such a reference counts for
  // less when the failure mode itself is among the results, and for less again each time it repeats.
  const canonical = new Set(ranked.filter(({ h }) => !isReference(h)).map(({ h }) => topicOf(h)));
  const seenOwner = new Map<string, number>();
  const seenReference = new Map<string, number>();
  const textHits = ranked
    .map(({ h, s }) => {
      const o = ownerOf(h);
      const k = seenOwner.get(o) ?? 0;
      seenOwner.set(o, k + 1);
      let variety = SAME_OWNER_DECAY ** k;
      if (isReference(h)) {
        const t = topicOf(h);
        const j = seenReference.get(t) ?? 0;
        seenReference.set(t, j + 1);
        // With the failure mode itself listed, its reference mostly repeats it (the symptom is listed too).
        variety *= SAME_TOPIC_DECAY ** j * (canonical.has(t) ? LISTED_REFERENCE : 1);
      }
      // Evidence across a page: an entity whose several items match is a better answer than a passing
      // mention (paths: see PATH_EVIDENCE).
      const matches = h.kind === 'path' && h.titleMatchesAll ? PATH_EVIDENCE : h.ownerEvidence;
      const evidence = 1 + OWNER_EVIDENCE * Math.min(MAX_EVIDENCE, Math.max(0, matches - 1));
      return { h, s: s * evidence * variety };
    })
    .sort((a, b) => b.s - a.s);
  for (const { h } of textHits) push(h.id, ownerOf(h), () => fromTextHit(h, nameOf));
  return out;
}

const ownerOf = (h: TextHit) => h.entity ?? `path:${h.path}`;

/** A symptom's cause item `m1-hot-shard-hot-partition` refers to M1's failure mode `hot-shard-hot-partition`. */
const isReference = (h: TextHit) => h.kind === 'symptom' && h.section === 'causes' && !!h.item;

/** The failure mode an item is about: a reference and the item it refers to share one topic. */
function topicOf(h: TextHit): string {
  if (isReference(h)) return h.item!;
  if (h.section === 'failure-modes' && h.entity && h.item) return `${h.entity.toLowerCase()}-${h.item}`;
  return h.id;
}

export function normaliseQuery(q: string): string {
  return q.slice(0, MAX_QUERY_LENGTH).replace(/\s+/g, ' ').trim();
}

const WORD_START = /[\s\-_/(.,:]/;
const MAX_CANDIDATES = 200;

function trigramsOf(text: string): Set<string> {
  const t = ` ${text} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= t.length; i++) out.add(t.slice(i, i + 3));
  return out;
}

/** Trigram → indexes of the documents whose fuzzy-searched fields contain it. */
function buildTrigramIndex(docs: readonly SearchDoc[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  docs.forEach((d, i) => {
    const grams = new Set<string>();
    for (const v of [d.id, d.name, ...d.aliases, ...d.orgs]) for (const g of trigramsOf(v.toLowerCase())) grams.add(g);
    for (const g of grams) {
      const list = index.get(g);
      if (list) list.push(i);
      else index.set(g, [i]);
    }
  });
  return index;
}

/** Documents sharing enough trigrams with the query to be worth a fuzzy comparison, most shared first. */
function fuzzyCandidates(index: Map<string, number[]>, docs: readonly SearchDoc[], q: string): SearchDoc[] {
  const grams = trigramsOf(q);
  if (q.length < 3) return [];
  const shared = new Map<number, number>();
  for (const g of grams) for (const i of index.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  const need = Math.max(2, Math.ceil(grams.size * 0.3));
  return [...shared]
    .filter(([, n]) => n >= need)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MAX_CANDIDATES)
    .map(([i]) => docs[i]);
}

/** Scores in [0.002, 0.01): after ID matches, before every fuzzy match. */
function substringHits(prepared: readonly Prepared[], q: string, fieldCount: number): SearchHit[] {
  if (q.length < 2) return [];
  const out: SearchHit[] = [];
  for (const p of prepared) {
    let best: SearchHit | null = null;
    p.fields.forEach((values, rank) => {
      if (rank >= fieldCount) return;
      for (const [original, lower] of values) {
        const at = lower.indexOf(q);
        if (at < 0) continue;
        const where = at === 0 ? 0 : WORD_START.test(lower[at - 1]) ? 1 : 2;
        const cover = q.length / lower.length;
        let score = 0.002 + rank * 0.001 + [0, 0.0003, 0.0025][where] + (1 - cover) * 0.0002;
        // A company's own case study comes before the entities whose examples merely mention it.
        // Among them, the organisation's main study (its name is the query, shortest ID) leads.
        if (p.doc.kind === 'case-study' && (rank === 1 || rank === 3) && where < 2) {
          score -= 0.0015 + (p.doc.orgs[0]?.toLowerCase() === q ? 0.0004 : 0) - p.doc.id.length * 0.00001;
        }
        // The query is the whole name or an alias (`consensus` is M5's name): that entity is the answer,
        // ahead of every study whose longer name merely contains the word.
        if ((rank === 1 || rank === 2) && lower === q) score = 0.0008 + rank * 0.0001;
        if (!best || score < best.score) {
          best = { doc: p.doc, score, matchedBy: SEARCH_FIELDS[rank], ranges: [[at, at + q.length - 1]], matchedText: original };
        }
      }
    });
    if (best) out.push(best);
  }
  return out.sort((a, b) => a.score - b.score || a.doc.id.length - b.doc.id.length);
}

/**
 * Fuse scores a company's case study and the entities that mention it nearly
 * alike, so case studies matched on their name or organisation get a small
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
