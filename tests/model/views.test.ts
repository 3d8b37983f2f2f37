/** Matrices, coverage and compare: computed from the data (pure, no DOM). */
import { beforeAll, describe, expect, it } from 'vitest';
import { compileData } from '../../compiler/compile';
import type { AtlasBundle } from '../../src/model/bundle';
import { compareEntities } from '../../src/model/compare';
import { computeCoverage } from '../../src/model/coverage';
import { buildMatrix, filterRows, sortRows } from '../../src/model/matrix';
import { MINI } from '../compiler/fixture-dir';

let bundle: AtlasBundle;
beforeAll(async () => {
  const r = await compileData(MINI, { skipDiagramParse: true, skipLayout: true });
  if (!r.ok) throw new Error('fixture');
  bundle = r.bundle;
});

describe('readiness matrix', () => {
  it('fills guarantee cells from what the data holds, with counts', () => {
    const m = buildMatrix('guarantee', bundle.entities, bundle.edges);
    expect(m.columns.map((c) => c.label)).toEqual(['Mechanisms', 'Real examples', 'Incident analysis', 'Cost data', 'What breaks it / failure modes', 'Diagrams', 'Confidence']);
    const lin = m.rows.find((r) => r.id === 'G-LIN')!;
    expect(lin.cells.mechanisms.text).toBe('M5');
    // one example in the file + CS-NETFLIX provides it
    expect(lin.cells.examples).toMatchObject({ text: '✓ 2', present: true });
    // INC-EXAMPLE-2020 violates it
    expect(lin.cells.incidents).toMatchObject({ text: '✓ 1', present: true });
    expect(lin.cells.cost.text).toBe('3x');
    const seq = m.rows.find((r) => r.id === 'G-SEQ')!;
    expect(seq.cells.examples).toMatchObject({ text: '—', present: false });
    expect(seq.cells.incidents.present).toBe(false);
  });

  it('has the index columns for every kind, even with no rows', () => {
    const m = buildMatrix('incident', [], []);
    expect(m.rows).toEqual([]);
    expect(m.columns.length).toBeGreaterThan(3);
    const p = buildMatrix('micro-pattern', bundle.entities, bundle.edges);
    expect(p.rows[0].cells.migration.text).toBe('✓ Single model → CQRS');
  });

  it('sorts by any column and filters by text', () => {
    const m = buildMatrix('guarantee', bundle.entities, bundle.edges);
    expect(sortRows(m.rows, 'examples', 'desc').map((r) => r.id)).toEqual(['G-LIN', 'G-SEQ']);
    expect(sortRows(m.rows, 'examples', 'asc').map((r) => r.id)).toEqual(['G-SEQ', 'G-LIN']);
    expect(filterRows(m.rows, 'sequential').map((r) => r.id)).toEqual(['G-SEQ']);
    expect(filterRows(m.rows, '   ').length).toBe(2);
  });
});

describe('coverage', () => {
  it('counts entities, diagrams and confidence, and lists gaps', () => {
    const c = computeCoverage(bundle.entities, bundle.edges);
    expect(c.perKind.find((k) => k.kind === 'guarantee')).toEqual({ kind: 'guarantee', entities: 2, diagrams: 3, minDiagrams: 1 });
    expect(c.confidence).toEqual({ A: 6, B: 1, C: 0 });
    expect(c.belowTwoDiagrams).toEqual(['G-SEQ', 'M5', 'MP5', 'SP1']);
    expect(c.withoutIncidents).toEqual(['G-SEQ']);
    expect(c.missingSources).toEqual([]);
    expect(c.totalDiagrams).toBe(8);
  });
});

describe('compare', () => {
  it('aligns two entities of one kind row by row', () => {
    const g = bundle.entities.filter((e) => e.kind === 'guarantee');
    const r = compareEntities(g, bundle.edges);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const row = (label: string) => r.rows.find((x) => x.label === label)?.values;
    expect(row('Mechanisms')).toEqual([['M5'], ['M5']]);
    expect(row('Guarantees')).toEqual([['implies G-SEQ'], ['implied by G-LIN']]);
    expect(row('Incidents')).toEqual([['INC-EXAMPLE-2020'], []]);
  });

  it('refuses mixed kinds and wrong counts with a reason', () => {
    const [a, b] = [bundle.entities[0], bundle.entities.find((e) => e.kind === 'mechanism')!];
    expect(compareEntities([a, b], bundle.edges)).toEqual({ ok: false, reason: expect.stringContaining('same kind') });
    expect(compareEntities([a], bundle.edges).ok).toBe(false);
  });
});
