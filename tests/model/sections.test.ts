import { describe, expect, it } from 'vitest';
import { parseHash, formatRoute } from '../../src/model/route';
import { anchorDomId, findAnchor, sectionsOf, slugify } from '../../src/model/sections';
import { realBundle } from '../data/real-bundle';

describe('section deep links', () => {
  it('slugs names in kebab-case ASCII', () => {
    expect(slugify('Split brain (two primaries)')).toBe('split-brain-two-primaries');
    expect(slugify('Café — Zürich')).toBe('cafe-zurich');
    expect(slugify('(((')).toBe('item');
  });

  it('parses and formats #/entity/<ID>/<section>/<item>', () => {
    expect(parseHash('#/entity/M2/failure-modes/split-brain').view).toEqual({ name: 'entity', id: 'M2', section: 'failure-modes', item: 'split-brain' });
    expect(parseHash('#/entity/M2/diagrams').view).toEqual({ name: 'entity', id: 'M2', section: 'diagrams' });
    expect(parseHash('#/entity/M2').view).toEqual({ name: 'entity', id: 'M2' });
    expect(parseHash('#/entity/M2/%3Cscript%3E').view).toEqual({ name: 'entity', id: 'M2', badAnchor: true });
    expect(parseHash('#/entity/M2/a/b/c').view.name).toBe('invalid');
    expect(formatRoute({ view: { name: 'entity', id: 'M2', section: 'failure-modes', item: 'split-brain' } })).toBe('#/entity/M2/failure-modes/split-brain');
  });

  it('lists sections in kind order with unique item slugs, on the real data', async () => {
    const bundle = await realBundle();
    for (const e of bundle.entities) {
      const sections = sectionsOf(e);
      expect(sections[0]!.id).toBe('overview');
      for (const s of sections) {
        const slugs = s.items.map((i) => i.slug);
        expect(new Set(slugs).size, `${e.id} ${s.id}`).toBe(slugs.length);
        for (const it of s.items) expect(findAnchor(e, s.id, it.slug)?.item?.label).toBe(it.label);
      }
    }
    const m2 = bundle.entities.find((e) => e.id === 'M2')!;
    const ids = sectionsOf(m2).map((s) => s.id);
    expect(ids.indexOf('failure-modes')).toBeLessThan(ids.indexOf('production'));
    expect(findAnchor(m2, 'nope')).toBeUndefined();
    expect(anchorDomId('failure-modes', 'x')).toBe('sec-failure-modes--x');
  });
});
