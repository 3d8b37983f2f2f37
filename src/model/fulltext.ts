/**
 * The full-text index over every item (model/fulltext-docs.ts), with MiniSearch: BM25 ranking,
 * field boosts (an item's heading counts more than its body), stemming (model/search-terms.ts),
 * typo tolerance on longer words and prefix matching of the word being typed. The compiler builds
 * and serialises it (compiler/bundle/search-index.ts); the app loads that file when idle or on the
 * first focus of the search box, never on the first-paint path.
 */
import MiniSearch, { type AsPlainObject, type Options, type SearchResult as MiniResult } from 'minisearch';
import type { TextDoc } from './fulltext-docs';
import { fold, termOf, tokenize, tokenizeQuery, wordsOf } from './search-terms';

export const SEARCH_INDEX_FILE = 'search-index.json';
export const SEARCH_INDEX_FORMAT = 'atlas-search-index';
export const SEARCH_INDEX_VERSION = 1;

export interface SearchIndexFile {
  format: typeof SEARCH_INDEX_FORMAT;
  version: typeof SEARCH_INDEX_VERSION;
  /** MiniSearch's own serialisation (toJSON), loaded with the same options. */
  index: unknown;
}

const STORED = ['entity', 'path', 'kind', 'section', 'item', 'where', 'title', 'text'] as const;
type Stored = Pick<TextDoc, (typeof STORED)[number]>;

const OPTIONS: Options<TextDoc> = {
  fields: ['title', 'text', 'owner'],
  storeFields: [...STORED],
  tokenize,
  processTerm: termOf,
  searchOptions: {
    tokenize: tokenizeQuery,
    processTerm: termOf,
  },
};

const BOOST = { title: 3, owner: 1.5, text: 1 };

/**
 * Typos are tolerated only on words the index does not know (a known word is taken as meant, which
 * also keeps common words from expanding into dozens of near neighbours): one edit for five to eight
 * letters, two beyond. The word being typed (the last) also matches as a prefix once it has three
 * letters, unless it is already a known word. Deciding this per word keeps a keystroke cheap at
 * 5,000 entities, where a fuzzy expansion of every word would score most of the index.
 */
function expansions(vocabulary: ReadonlySet<string>) {
  return {
    fuzzy: (term: string) => (vocabulary.has(term) || term.length < 5 || /[\d_.]/.test(term) ? false : term.length <= 8 ? 1 : 2),
  };
}

export interface TextHit extends Stored {
  id: string;
  score: number;
  /** Query words this item matched, as index terms (stemmed). */
  terms: string[];
  /** How many distinct query terms the item matched. */
  matchedQueryTerms: number;
  /** How many items of the same entity (or path), among the best results, match every query term. */
  ownerEvidence: number;
  /** Every query term is a word of the item's title. */
  titleMatchesAll: boolean;
}

export interface FullTextIndex {
  search(query: string, limit: number): TextHit[];
  /** How many query words are real search terms (not stop words). */
  queryTermCount(query: string): number;
}

export function buildFullTextIndex(docs: readonly TextDoc[]): SearchIndexFile {
  const ms = new MiniSearch<TextDoc>(OPTIONS);
  ms.addAll(docs as TextDoc[]);
  return { format: SEARCH_INDEX_FORMAT, version: SEARCH_INDEX_VERSION, index: JSON.parse(JSON.stringify(ms)) };
}

export function isSearchIndexFile(x: unknown): x is SearchIndexFile {
  const f = x as Partial<SearchIndexFile> | null;
  return !!f && f.format === SEARCH_INDEX_FORMAT && f.version === SEARCH_INDEX_VERSION && typeof f.index === 'object' && f.index !== null;
}

/** A prefix with more completions than this searches only its most frequent ones (a keystroke stays cheap at 5,000 entities). */
export const MAX_COMPLETIONS = 8;
/**
 * A term found in more documents than this is left out of a query that has rarer terms: BM25 gives it
 * almost no weight there, and scoring tens of thousands of postings would dominate the keystroke. Far
 * above the real atlas's whole item count, so it only changes searches over very large data sets.
 */
export const MAX_TERM_DOCS = 8000;
/**
 * At most this many postings are scored per query (rarest terms first; the rarest is always kept).
 * The real atlas holds a few thousand items, so no real query comes near it.
 */
export const MAX_QUERY_POSTINGS = 16_000;
/** MiniSearch's default weight of a prefix match (see its executeQuerySpec), for completions searched as terms. */
const PREFIX_WEIGHT = 0.375;

export interface QueryPlan {
  /** Index terms to search, each exactly (plus MiniSearch's own prefix or typo expansion where `expand` says so). */
  terms: string[];
  /** Query term each searched term stands for (a completion stands for the prefix typed). */
  source: Map<string, string>;
  /** Weight of a completion, as MiniSearch would weigh that prefix match. */
  weight: Map<string, number>;
  /** Terms left to MiniSearch's prefix expansion. */
  prefix: Set<string>;
  /** Query terms left out as too common: counted as matched by every result. */
  dropped: string[];
}

/**
 * Decides what one query searches. Typos are tolerated only on words the index does not know (see
 * `expansions`); the word being typed (the last) also matches as a prefix, through its
 * MAX_COMPLETIONS most frequent completions when it has more. Terms in more than MAX_TERM_DOCS
 * documents are left out when a rarer term remains, and at most MAX_QUERY_POSTINGS postings are scored.
 */
export function planQuery(terms: readonly string[], docsWith: (term: string) => number | undefined, completions: (prefix: string) => string[]): QueryPlan {
  const plan: QueryPlan = { terms: [], source: new Map(), weight: new Map(), prefix: new Set(), dropped: [] };
  const add = (term: string, from: string, weight?: number) => {
    if (plan.source.has(term)) return;
    plan.terms.push(term);
    plan.source.set(term, from);
    if (weight !== undefined) plan.weight.set(term, weight);
  };
  terms.forEach((t, i) => {
    const last = i === terms.length - 1;
    if (!last || t.length < 3 || docsWith(t) !== undefined) return add(t, t);
    const all = completions(t);
    if (all.length <= MAX_COMPLETIONS) {
      add(t, t);
      plan.prefix.add(t);
      return;
    }
    add(t, t);
    const top = [...all].sort((a, b) => (docsWith(b) ?? 0) - (docsWith(a) ?? 0) || a.localeCompare(b)).slice(0, MAX_COMPLETIONS);
    for (const c of top) add(c, t, (PREFIX_WEIGHT * c.length) / (c.length + 0.3 * (c.length - t.length)));
  });
  const known = plan.terms.filter((t) => docsWith(t) !== undefined);
  if (known.length) {
    // Rarest first: a common term is left out when a rarer one remains, and the postings budget is kept.
    const byRarity = [...known].sort((a, b) => docsWith(a)! - docsWith(b)!);
    const keep = new Set<string>();
    let postings = 0;
    for (const t of byRarity) {
      const n = docsWith(t)!;
      if (keep.size && (n > MAX_TERM_DOCS || postings + n > MAX_QUERY_POSTINGS)) continue;
      keep.add(t);
      postings += n;
    }
    const kept = plan.terms.filter((t) => keep.has(t) || docsWith(t) === undefined);
    const droppedSources = new Set(plan.terms.filter((t) => !kept.includes(t)).map((t) => plan.source.get(t)!));
    for (const src of droppedSources) if (!kept.some((t) => plan.source.get(t) === src)) plan.dropped.push(src);
    plan.terms = kept;
  }
  return plan;
}

/** First index of `sorted` not below `key` (binary search). */
function lowerBound(sorted: readonly string[], key: string): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function loadFullTextIndex(file: SearchIndexFile): FullTextIndex {
  const plain = file.index as AsPlainObject;
  const ms = MiniSearch.loadJS<TextDoc>(plain, OPTIONS);
  // The index's own term list (MiniSearch's documented serialisation) with how many documents hold
  // each term (its largest field's posting list), for the typo, prefix and work-cap decisions.
  const docsWith = new Map<string, number>();
  for (const [term, fields] of plain.index) {
    let n = 0;
    for (const postings of Object.values(fields)) n = Math.max(n, Object.keys(postings).length);
    docsWith.set(term, n);
  }
  const vocabulary = [...docsWith.keys()].sort();
  const completions = (prefix: string) => {
    const out: string[] = [];
    for (let i = lowerBound(vocabulary, prefix); i < vocabulary.length && vocabulary[i]!.startsWith(prefix); i++) if (vocabulary[i] !== prefix) out.push(vocabulary[i]!);
    return out;
  };
  const { fuzzy } = expansions(new Set(docsWith.keys()));
  const queryTerms = (q: string) => [...new Set(tokenizeQuery(q).map(termOf).filter((t): t is string => !!t))];
  return {
    queryTermCount: (q) => queryTerms(q).length,
    search(query, limit) {
      const terms = queryTerms(query);
      if (!terms.length) return [];
      const plan = planQuery(terms, (t) => docsWith.get(t), completions);
      if (!plan.terms.length) return [];
      // The planned terms are index terms already: searched as they are, not tokenised again.
      const results = ms.search(
        { combineWith: 'OR', queries: plan.terms },
        {
          tokenize: (t) => [t],
          processTerm: (t) => t,
          boost: BOOST,
          fuzzy: (t) => (plan.weight.has(t) ? false : fuzzy(t)),
          prefix: (t) => plan.prefix.has(t),
          boostTerm: (t) => plan.weight.get(t) ?? 1,
          maxFuzzy: 2,
        },
      );
      const evidence = evidenceByOwner(results.slice(0, EVIDENCE_WINDOW), terms, plan);
      return results.slice(0, limit * 4).map((r) => toHit(r, terms, plan, evidence));
    },
  };
}

/** How many of the best items are counted as evidence for their entity (fixed, so ranking does not depend on the list's length). */
const EVIDENCE_WINDOW = 400;
const ownerKey = (s: Stored) => s.entity ?? `path:${s.path}`;

/** Per entity (or path): how many of its items match every query word — a page about the query, not a passing mention. */
function evidenceByOwner(results: readonly MiniResult[], queryTerms: string[], plan: QueryPlan): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of results) {
    if (matchedTerms(r, queryTerms, plan) < queryTerms.length) continue;
    const key = ownerKey(r as unknown as Stored);
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Whether every query term is a word of the title (a path titled "Reads are stale" answers "stale"). */
function titleCovers(title: string | undefined, queryTerms: readonly string[]): boolean {
  if (!title || !queryTerms.length) return false;
  const words = new Set(tokenize(title).map(termOf));
  return queryTerms.every((t) => words.has(t));
}

/** How many distinct query terms a result matched (a planned completion counts as the word typed; a dropped common term as matched). */
function matchedTerms(r: MiniResult, queryTerms: string[], plan: QueryPlan): number {
  return new Set([...r.queryTerms.map((t) => plan.source.get(t) ?? t), ...plan.dropped].filter((t) => queryTerms.includes(t))).size;
}

function toHit(r: MiniResult, queryTerms: string[], plan: QueryPlan, evidence: ReadonlyMap<string, number>): TextHit {
  const s = r as unknown as Stored & MiniResult;
  return {
    id: String(r.id),
    entity: s.entity,
    path: s.path,
    kind: s.kind,
    section: s.section,
    item: s.item,
    where: s.where,
    title: s.title,
    text: s.text,
    score: r.score,
    terms: r.terms,
    matchedQueryTerms: matchedTerms(r, queryTerms, plan),
    ownerEvidence: evidence.get(ownerKey(s)) ?? 0,
    titleMatchesAll: titleCovers(s.title, queryTerms),
  };
}

/** The result's snippet: a window of the text around the first matched word, with each matched word's range. */
export function snippetOf(text: string, terms: readonly string[], width = 140): { text: string; ranges: [number, number][] } {
  const wanted = new Set(terms);
  const foldedSameLength = fold(text).length === text.length;
  const words = foldedSameLength ? wordsOf(text) : [];
  // Stems keep a word's first letters, so a cheap prefix test skips most words before stemming them.
  const heads = new Set(terms.map((t) => t.slice(0, 3)));
  const matched = words.filter((w) => {
    if (!heads.has(w.word.slice(0, 3)) && !/[._'-]/.test(w.word)) return false;
    const t = termOf(w.word);
    return (t !== null && wanted.has(t)) || wanted.has(w.word) || w.word.split(/[._'-]+/).some((p) => wanted.has(termOf(p) ?? ''));
  });
  const flat = text.replace(/\s+/g, ' ');
  if (!matched.length || flat.length !== text.length) return { text: clip(flat, 0, width), ranges: [] };
  const first = matched[0]!;
  let start = Math.max(0, first.start - Math.floor(width / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < first.start) start = space + 1;
  }
  const end = Math.min(text.length, start + width);
  const lead = start > 0 ? '… ' : '';
  const body = flat.slice(start, end);
  const ranges = matched
    .filter((w) => w.start >= start && w.end <= end)
    .map((w) => [w.start - start + lead.length, w.end - start + lead.length - 1] as [number, number]);
  return { text: `${lead}${body}${end < text.length ? ' …' : ''}`, ranges };
}

function clip(text: string, start: number, width: number): string {
  return text.length - start > width ? `${text.slice(start, start + width)} …` : text.slice(start);
}

/** Fetches the compiler's search-index.json; rejects on anything that is not one. */
export async function fetchSearchIndex(baseUrl: string, fetchFn: (url: string) => Promise<Response> = (u) => fetch(u)): Promise<SearchIndexFile> {
  const res = await fetchFn(`${baseUrl}${SEARCH_INDEX_FILE}`);
  if (!res.ok) throw new Error(`search index: the server answered ${res.status}`);
  const file: unknown = await res.json();
  if (!isSearchIndexFile(file)) throw new Error('search index: not an Atlas search index');
  return file;
}
