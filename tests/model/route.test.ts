import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRoute, MAX_HASH_LENGTH, parseHash, type Route } from '../../src/model/route';

describe('parseHash', () => {
  it.each([
    ['', { name: 'home' }],
    ['#/', { name: 'home' }],
    ['#/entity/G-LIN', { name: 'entity', id: 'G-LIN' }],
    ['#/entity/CS-UBER-KAFKA', { name: 'entity', id: 'CS-UBER-KAFKA' }],
    ['#/path/implement-cqrs/3', { name: 'path', pathId: 'implement-cqrs', step: 3 }],
    ['#/path/implement-cqrs', { name: 'path', pathId: 'implement-cqrs', step: 1 }],
    ['#/matrix/guarantee', { name: 'matrix', kind: 'guarantee' }],
    ['#/coverage', { name: 'coverage' }],
    ['#/compare/MP1,MP2', { name: 'compare', ids: ['MP1', 'MP2'] }],
    ['#/why/MP1/CS-UBER', { name: 'why', from: 'MP1', to: 'CS-UBER' }],
  ])('%s', (hash, view) => {
    expect(parseHash(hash).view).toEqual(view);
  });

  it.each([
    ['#/entity/%E0%A4%A', 'the address has malformed percent-encoding'],
    ['#/entity/__proto__', 'not a valid entity ID'],
    ['#/entity/constructor', undefined],
    ['#/entity/a%20b', 'not a valid entity ID'],
    ['#/entity/M1%E2%80%AE', 'not a valid entity ID'],
    ['#/entity/%252F', 'not a valid entity ID'],
    ['#/path/x/0', 'not a valid step number'],
    ['#/path/x/-1', 'not a valid step number'],
    ['#/path/x/1e3', 'not a valid step number'],
    ['#/path/x/99999', 'not a valid step number'],
    ['#/matrix/widgets', 'not a kind'],
    ['#/nowhere', 'unknown address'],
    ['#/' + 'a'.repeat(MAX_HASH_LENGTH), 'the address is too long'],
  ])('%s is handled without throwing', (hash, reason) => {
    const r = parseHash(hash);
    if (reason) expect(r.view).toMatchObject({ name: 'invalid', reason });
    else expect(r.view.name).toBe('entity'); // a well-formed ID that is simply unknown: the UI says not found
  });

  it('reads filters, focus and hops from the query', () => {
    const r = parseHash('#/entity/G-LIN?kinds=guarantee,mechanism,bogus&confidence=A&focus=1&hops=2');
    expect([...r.filters.kinds]).toEqual(['guarantee', 'mechanism']);
    expect([...r.filters.confidence]).toEqual(['A']);
    expect(r.focus).toBe(true);
    expect(r.hops).toBe(2);
  });

  it('never throws and never yields an ID outside plain ASCII, whatever the input (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.webUrl().map((u) => '#' + u), fc.constantFrom('#/entity/', '#/path/', '#/why/').chain((p) => fc.string({ unit: 'binary' }).map((s) => p + s))), (hash) => {
        const r = parseHash(hash);
        const v = r.view;
        if (v.name === 'entity') expect(v.id).toMatch(/^[A-Za-z0-9-]+$/);
        if (v.name === 'path') expect(Number.isInteger(v.step) && v.step >= 1).toBe(true);
        if (v.name === 'invalid') expect(v.raw.length).toBeLessThanOrEqual(81);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatRoute', () => {
  it('round-trips every view with filters (property)', () => {
    const id = fc.stringMatching(/^[A-Z][A-Z0-9-]{0,20}$/);
    const route = fc.record({
      view: fc.oneof(
        fc.constant({ name: 'home' as const }),
        id.map((i) => ({ name: 'entity' as const, id: i })),
        fc.tuple(fc.stringMatching(/^[a-z0-9]{1,10}$/), fc.integer({ min: 1, max: 50 })).map(([p, s]) => ({ name: 'path' as const, pathId: p, step: s })),
        fc.tuple(id, id).map(([a, b]) => ({ name: 'why' as const, from: a, to: b })),
      ),
      kinds: fc.subarray(['guarantee', 'mechanism', 'incident'] as const),
      focus: fc.boolean(),
    });
    fc.assert(
      fc.property(route, (r) => {
        const input: Route = {
          view: r.view,
          filters: { kinds: new Set(r.kinds), families: new Set(), domains: new Set(), confidence: new Set(), maturity: new Set() },
          focus: r.focus,
          hops: 1,
        };
        const back = parseHash(formatRoute(input));
        expect(back.view).toEqual(r.view);
        expect([...back.filters.kinds].sort()).toEqual([...r.kinds].sort());
        expect(back.focus).toBe(r.focus);
      }),
    );
  });

  it('formats the public contract exactly', () => {
    expect(formatRoute({ view: { name: 'entity', id: 'G-LIN' } })).toBe('#/entity/G-LIN');
    expect(formatRoute({ view: { name: 'path', pathId: 'implement-cqrs', step: 2 } })).toBe('#/path/implement-cqrs/2');
  });
});
