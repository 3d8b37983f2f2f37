import { describe, expect, it } from 'vitest';
import { markdownTable, RATIOS, ratioOf, type SetReport } from '../../bench/report';

const stat = (median: number) => ({ median, min: median, max: median, n: 1 });
const report = (set: string, app: number, naive: number | null): SetReport => ({
  set,
  title: set,
  entities: 10,
  edges: 5,
  runs: 1,
  failedRuns: 0,
  stats: { graphReadyMs: stat(app), graphVisibleMs: stat(app / 2) },
  naive: { graphReadyMs: naive === null ? null : stat(naive) },
  facts: [],
});

describe('bench ratios against the naive build', () => {
  const ready = RATIOS.find((r) => r.key === 'readyRatio')!;
  it('divides the app median by the naive median measured in the same run', () => {
    expect(ratioOf(report('real', 700, 1000), ready)).toBeCloseTo(0.7);
    expect(ratioOf(report('real', 700, null), ready)).toBeNull();
  });
  it('uses the issue targets: ≤ 0.7 at our size, ≤ 0.4 at 5,000', () => {
    expect(ready.target!('real')).toEqual({ op: '<=', limit: 0.7 });
    expect(ready.target!('5000')).toEqual({ op: '<=', limit: 0.4 });
    const md = markdownTable([report('real', 800, 1000), report('5000', 300, 1000)]);
    expect(md).toContain('0.80× ✗ ≤ 0.7×');
    expect(md).toContain('0.30× ✓ ≤ 0.4×');
  });
});
