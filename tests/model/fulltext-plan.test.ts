import { describe, expect, it } from 'vitest';
import { MAX_COMPLETIONS, MAX_QUERY_POSTINGS, MAX_TERM_DOCS, planQuery } from '../../src/model/fulltext';

const index = (dfs: Record<string, number>) => {
  const terms = Object.keys(dfs).sort();
  return {
    docsWith: (t: string) => dfs[t],
    completions: (p: string) => terms.filter((t) => t.startsWith(p) && t !== p),
  };
};

describe('full-text query plan (work caps)', () => {
  it('searches every term unchanged on an atlas of ordinary size', () => {
    const { docsWith, completions } = index({ stale: 40, replica: 120, failover: 300 });
    const plan = planQuery(['stale', 'replica', 'failover'], docsWith, completions);
    expect(plan.terms).toEqual(['stale', 'replica', 'failover']);
    expect(plan.dropped).toEqual([]);
    expect(plan.prefix.size).toBe(0);
  });

  it('leaves a short list of completions of the word being typed to the prefix search', () => {
    const { docsWith, completions } = index({ linearizable: 10, linearizability: 30 });
    const plan = planQuery(['linearizabl'], docsWith, completions);
    expect([...plan.prefix]).toEqual(['linearizabl']);
    expect(plan.terms).toEqual(['linearizabl']);
  });

  it('searches only the most frequent completions of a prefix with many, weighted as prefix matches', () => {
    const dfs = Object.fromEntries(Array.from({ length: MAX_COMPLETIONS + 5 }, (_, i) => [`sta${String.fromCharCode(97 + i)}x`, i + 1]));
    const { docsWith, completions } = index(dfs);
    const plan = planQuery(['sta'], docsWith, completions);
    const searched = plan.terms.filter((t) => t !== 'sta');
    expect(searched).toHaveLength(MAX_COMPLETIONS);
    expect(searched).toContain(`sta${String.fromCharCode(97 + MAX_COMPLETIONS + 4)}x`); // the most frequent
    expect(searched).not.toContain('staax'); // the rarest
    for (const t of searched) {
      expect(plan.source.get(t)).toBe('sta');
      expect(plan.weight.get(t)!).toBeGreaterThan(0);
      expect(plan.weight.get(t)!).toBeLessThan(1);
    }
  });

  it('leaves out terms too common to matter when a rarer one remains, and counts them as matched', () => {
    const { docsWith, completions } = index({ stale: 50, replica: MAX_TERM_DOCS + 1 });
    const plan = planQuery(['stale', 'replica'], docsWith, completions);
    expect(plan.terms).toEqual(['stale']);
    expect(plan.dropped).toEqual(['replica']);
  });

  it('keeps the rarest term when every term is common, within the postings budget', () => {
    const n = Math.floor(MAX_QUERY_POSTINGS * 0.6);
    const { docsWith, completions } = index({ a1: n + 2, b1: n, c1: n + 1 });
    const plan = planQuery(['a1', 'b1', 'c1'], docsWith, completions);
    expect(plan.terms).toEqual(['b1']);
    expect(plan.dropped.sort()).toEqual(['a1', 'c1']);
  });
});
