import { describe, expect, it } from 'vitest';
import { compactLabel, MIN_LABEL_PX, nodeLabel, overlaps, placeLabels, shortenWords, type LabelCandidate } from '../../src/graph/labels';
import { kindShown, toggleKindShown } from '../../src/model/filters';
import { KINDS } from '../../src/model/constants';
import { removeOverlaps, hasOverlap } from '../../src/graph/overlap';

describe('label text', () => {
  it('carries code and name for framework entities, names for the rest', () => {
    expect(nodeLabel({ id: 'M5', kind: 'mechanism', name: 'Consensus' })).toBe('M5 Consensus');
    expect(nodeLabel({ id: 'CS-AIRBNB', kind: 'case-study', name: 'Airbnb Riverbed (distributed materialized views)' })).toBe('Airbnb Riverbed');
    expect(nodeLabel({ id: 'INC-AWS-2017', kind: 'incident', name: 'Amazon S3 us-east-1 outage from a mistyped capacity-removal command (2017)' })).toBe(
      'Amazon S3 us-east-1 outage 2017',
    );
    expect(compactLabel({ id: 'G-LIN', kind: 'guarantee', name: 'Linearizability' })).toBe('Linearizability');
  });

  it('shortens at word boundaries, never mid-word', () => {
    const s = shortenWords('Google Maglev software network load balancer', 20);
    expect(s.endsWith('…')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(20);
    const kept = s.slice(0, -1).split(' ');
    for (const w of kept) expect('Google Maglev software network load balancer'.split(' ')).toContain(w);
  });
});

describe('placeLabels', () => {
  const cand = (id: string, x: number, y: number, priority: number, fontPx = 12): LabelCandidate => ({
    id,
    text: id,
    fontPx,
    priority,
    kind: 'node',
    box: { x1: x, y1: y, x2: x + 50, y2: y + 15 },
  });
  const bounds = { x1: 0, y1: 0, x2: 500, y2: 500 };

  it('keeps the higher priority of two overlapping labels and drops labels below the size floor', () => {
    const placed = placeLabels([cand('low', 10, 10, 1), cand('high', 20, 12, 9), cand('tiny', 300, 300, 50, MIN_LABEL_PX - 1)], bounds);
    expect(placed.map((p) => p.id)).toEqual(['high']);
  });

  it('tries the alternatives, skips labels outside the canvas or on an obstacle, and never overlaps', () => {
    const a = cand('a', 10, 10, 5);
    const b = { ...cand('b', 12, 10, 4), alternatives: [{ box: { x1: 10, y1: 40, x2: 60, y2: 55 }, text: 'b2' }] };
    const out = cand('out', 480, 10, 3);
    const blocked = cand('blocked', 200, 200, 3);
    const placed = placeLabels([a, b, out, blocked], bounds, [{ x1: 190, y1: 190, x2: 260, y2: 220 }]);
    expect(placed.map((p) => [p.id, p.text])).toEqual([
      ['a', 'a'],
      ['b', 'b2'],
    ]);
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i].box, placed[j].box)).toBe(false);
  });
});

describe('kind chips', () => {
  it('hide one kind at a time and return to "no filter" once all are shown', () => {
    let kinds = toggleKindShown(new Set(), 'mechanism');
    expect(kinds.size).toBe(KINDS.length - 1);
    expect(kindShown(kinds, 'mechanism')).toBe(false);
    expect(kindShown(kinds, 'guarantee')).toBe(true);
    kinds = toggleKindShown(kinds, 'incident');
    expect(kindShown(kinds, 'incident')).toBe(false);
    kinds = toggleKindShown(toggleKindShown(kinds, 'incident'), 'mechanism');
    expect(kinds.size).toBe(0);
  });

  it('never hide the last kind shown', () => {
    const only = new Set(['guarantee'] as const);
    expect([...toggleKindShown(only, 'guarantee')]).toEqual(['guarantee']);
  });
});

describe('removeOverlaps (after a re-layout)', () => {
  it('pushes stacked nodes apart deterministically and keeps the biggest in place', () => {
    const nodes = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, x: (i % 3) * 5, y: 0, size: 20 + (i % 7) * 10 }));
    expect(hasOverlap(nodes)).toBe(true);
    const out = removeOverlaps(nodes);
    expect(hasOverlap(out)).toBe(false);
    expect(removeOverlaps(nodes)).toEqual(out);
    const biggest = [...nodes].sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1))[0];
    expect(out.find((n) => n.id === biggest.id)).toMatchObject({ x: biggest.x, y: biggest.y });
  });
});
