/** Search ranking on the real atlas: query → expected first result. */
import { beforeAll, describe, expect, it } from 'vitest';
import { splitForApp } from '../../compiler/bundle/split';
import { createSearcher, MAX_QUERY_LENGTH, type Searcher } from '../../src/model/search';
import fc from 'fast-check';
import { realBundle } from '../data/real-bundle';

let searcher: Searcher;
beforeAll(async () => {
  const { graph } = splitForApp(await realBundle());
  // Round-trip through JSON, as the browser gets it.
  const search = JSON.parse(JSON.stringify(graph.search));
  searcher = createSearcher(search.docs);
}, 300_000);

const first = (q: string) => searcher.search(q)[0]?.doc.id;

describe('search ranking', () => {
  it.each([
    ['G-LIN', 'G-LIN'],
    ['g-lin', 'G-LIN'],
    ['m5', 'M5'],
    ['M1', 'M1'],
    ['MP1', 'MP1'],
    ['mp15', 'MP15'],
    ['sp5', 'SP5'],
    ['cs-uber', 'CS-UBER'],
    ['CS-NETFLIX', 'CS-NETFLIX'],
    ['netflx', 'CS-NETFLIX'],
    ['Netflix', 'CS-NETFLIX'],
    ['linearizabilty', 'G-LIN'],
    ['circut breaker', 'M9'],
    ['outbox', 'MP1'],
    ['consensus', 'M5'],
    ['exactly once', 'G-EXO'],
    ['spanner', 'CS-GOOGLE-SPANNER'],
    ['discord', 'CS-DISCORD'],
  ])('%s → %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  it('ranks exact ID matches before prefix matches (m1 → M1, then M10…)', () => {
    const ids = searcher.search('m1', 5).map((h) => h.doc.id);
    expect(ids[0]).toBe('M1');
    expect(ids.slice(1)).toEqual(expect.arrayContaining(['M10', 'M11']));
  });

  it('finds entities whose examples mention a company after its case studies', () => {
    const hits = searcher.search('Netflix', 12);
    const firstOther = hits.findIndex((h) => h.doc.kind !== 'case-study');
    expect(firstOther).toBeGreaterThan(0);
    expect(hits.slice(firstOther).some((h) => h.doc.orgs.some((o) => /netflix/i.test(o)))).toBe(true);
  });

  it('returns highlight ranges inside the matched text', () => {
    for (const h of searcher.search('consensus')) {
      for (const [a, b] of h.ranges) {
        expect(a).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThan(h.matchedText.length);
      }
    }
  });

  it('caps queries and never throws on any input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (q) => {
        const hits = searcher.search(q);
        expect(hits.length).toBeLessThanOrEqual(12);
      }),
      { numRuns: 300 },
    );
    expect(searcher.search('x'.repeat(10_000))).toBeInstanceOf(Array);
    expect(MAX_QUERY_LENGTH).toBe(64);
  });
});
