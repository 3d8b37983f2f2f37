/** Issue 20: the consistency map's models, their `implies` edges and availability classes, as in https://jepsen.io/consistency. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AtlasBundle, Guarantee } from '../../src/model/bundle';
import { realBundle } from './real-bundle';

let bundle: AtlasBundle;
beforeAll(async () => {
  bundle = await realBundle();
}, 300_000);

// The sixteen models of Jepsen's map, by atlas ID, with the direct arrows of the map and the colour of each node.
const MAP: Record<string, { implies: string[]; availability: 'total' | 'sticky' | 'unavailable' }> = {
  'G-SSER': { implies: ['G-SER', 'G-LIN'], availability: 'unavailable' },
  'G-SER': { implies: ['G-RR', 'G-SI'], availability: 'unavailable' },
  'G-RR': { implies: ['G-CS', 'G-MAV'], availability: 'unavailable' },
  'G-SI': { implies: ['G-MAV'], availability: 'unavailable' },
  'G-CS': { implies: ['G-RC'], availability: 'unavailable' },
  'G-MAV': { implies: ['G-RC'], availability: 'total' },
  'G-RC': { implies: ['G-RU'], availability: 'total' },
  'G-RU': { implies: [], availability: 'total' },
  'G-LIN': { implies: ['G-SEQ'], availability: 'unavailable' },
  'G-SEQ': { implies: ['G-CAU'], availability: 'unavailable' },
  'G-CAU': { implies: ['G-WFR', 'G-PRAM'], availability: 'sticky' },
  'G-PRAM': { implies: ['G-RYW', 'G-MOR', 'G-MOW'], availability: 'sticky' },
  'G-RYW': { implies: [], availability: 'sticky' },
  'G-MOR': { implies: [], availability: 'total' },
  'G-MOW': { implies: [], availability: 'total' },
  'G-WFR': { implies: [], availability: 'total' },
};

describe("Jepsen's consistency map", () => {
  it('has each model, with exactly the map’s implies edges among the models', () => {
    for (const [id, { implies }] of Object.entries(MAP)) {
      const out = bundle.edges
        .filter((e) => e.source === id && e.type === 'implies' && e.target in MAP)
        .map((e) => e.target);
      expect(out.sort(), id).toEqual([...implies].sort());
    }
  });

  it('gives every model its availability class with a Jepsen source', () => {
    const byId = new Map(bundle.entities.map((e) => [e.id, e]));
    for (const [id, { availability }] of Object.entries(MAP)) {
      const g = byId.get(id) as Guarantee | undefined;
      expect(g?.availability?.class, id).toBe(availability);
      expect(g?.availability?.source, id).toMatch(/^https:\/\/jepsen\.io\/consistency/);
    }
  });

  it('marks the models beyond the framework index as extensions, under G-ISO or among the session guarantees', () => {
    const byId = new Map(bundle.entities.map((e) => [e.id, e]));
    for (const id of ['G-SSER', 'G-SER', 'G-SI', 'G-RR', 'G-CS', 'G-MAV', 'G-RC', 'G-RU']) {
      expect(byId.get(id)?.extension, id).toBe(true);
      expect(bundle.edges.some((e) => e.source === id && e.target === 'G-ISO'), id).toBe(true);
    }
    expect(byId.get('G-PRAM')?.extension).toBe(true);
    expect((byId.get('G-PRAM') as Guarantee).category).toBe('session');
  });
});
