/**
 * The map stays put: positions are committed next to the data, and adding content lays out only
 * what is new. These tests copy the real data, add entities and measure how far anything moved.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileData } from '../../compiler/compile';
import { computeLayout, CELL_W, type Positions } from '../../compiler/bundle/layout';
import { formatLayout, LAYOUT_FILE, readCommittedLayout } from '../../compiler/bundle/layout-file';
import { discoverDataFiles } from '../../compiler/load/discover';
import { nodeSize } from '../../src/graph/elements';
import type { Edge } from '../../src/model/bundle';
import type { Kind } from '../../src/model/schema';

const DATA = resolve('data');

async function layoutOf(dir: string): Promise<{ layout: Positions; edges: Edge[] }> {
  const r = await compileData(dir, { skipDiagramParse: true, diagrams: { cacheFile: null } });
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
  return { layout: r.bundle.layout, edges: r.bundle.edges };
}

function width(p: Positions): number {
  const xs = Object.values(p).map((q) => q[0]);
  return Math.max(...xs) - Math.min(...xs);
}

/** Largest move of a node present in both layouts, as a share of the first layout's width. */
function maxMoveShare(before: Positions, after: Positions): number {
  let worst = 0;
  for (const [id, [x, y]] of Object.entries(before)) {
    const q = after[id];
    if (q) worst = Math.max(worst, Math.hypot(q[0] - x, q[1] - y));
  }
  return worst / width(before);
}

function overlapping(layout: Positions, edges: Edge[]): string[] {
  const degree = new Map<string, number>();
  for (const e of edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const ids = Object.keys(layout);
  const bad: string[] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [layout[ids[i]], layout[ids[j]]];
      const min = (nodeSize(degree.get(ids[i]) ?? 0) + nodeSize(degree.get(ids[j]) ?? 0)) / 2;
      if (Math.hypot(a[0] - b[0], a[1] - b[1]) < min) bad.push(`${ids[i]}/${ids[j]}`);
    }
  return bad;
}

/** A new case study that uses what CS-AIRBNB uses, under another ID. */
function extraCaseStudy(n: number): string {
  const src = readFileSync(join(DATA, 'case-studies', 'CS-AIRBNB.yaml'), 'utf8');
  return src.replace(/^id: CS-AIRBNB$/m, `id: CS-TESTCO${n}`).replace(/^name: .*$/m, `name: Test Company ${n} platform`);
}

describe('committed layout (data/layout.json)', () => {
  let dir = '';
  let base: { layout: Positions; edges: Edge[] };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-layout-'));
    cpSync(DATA, dir, { recursive: true });
    base = await layoutOf(dir);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is not mistaken for a stray data file', () => {
    expect(discoverDataFiles(DATA).strays).toEqual([]);
  });

  it('places every entity and overlaps no two nodes', () => {
    expect(Object.keys(base.layout).length).toBeGreaterThan(100);
    expect(overlapping(base.layout, base.edges)).toEqual([]);
  });

  it('keeps the committed positions of every entity it lists', () => {
    const committed = readCommittedLayout(DATA);
    const kept = Object.keys(committed).filter((id) => id in base.layout);
    expect(kept.length).toBeGreaterThan(0);
    for (const id of kept) expect(base.layout[id]).toEqual(committed[id]);
  });

  it('adding one entity moves no existing node by more than 2 % of the width, and places it near what it uses', async () => {
    writeFileSync(join(dir, 'case-studies', 'CS-TESTCO1.yaml'), extraCaseStudy(1));
    const after = await layoutOf(dir);
    expect(maxMoveShare(base.layout, after.layout)).toBeLessThanOrEqual(0.02);
    expect(after.layout['CS-TESTCO1']).toBeDefined();
    expect(overlapping(after.layout, after.edges)).toEqual([]);
    // Near the case studies (its own region), not somewhere across the map.
    const xs = Object.entries(base.layout).filter(([id]) => id.startsWith('CS-')).map(([, p]) => p[0]);
    expect(after.layout['CS-TESTCO1'][0]).toBeGreaterThanOrEqual(Math.min(...xs) - CELL_W);
    expect(after.layout['CS-TESTCO1'][0]).toBeLessThanOrEqual(Math.max(...xs) + CELL_W);
  }, 60_000);

  it('adding ten entities moves no existing node by more than 5 % of the width', async () => {
    for (let n = 2; n <= 11; n++) writeFileSync(join(dir, 'case-studies', `CS-TESTCO${n}.yaml`), extraCaseStudy(n));
    const after = await layoutOf(dir);
    expect(maxMoveShare(base.layout, after.layout)).toBeLessThanOrEqual(0.05);
    expect(overlapping(after.layout, after.edges)).toEqual([]);
  }, 60_000);

  it('ignores entries for entities that no longer exist, and a broken file', async () => {
    const committed = readCommittedLayout(DATA);
    writeFileSync(join(dir, LAYOUT_FILE), formatLayout({ ...committed, 'CS-GONE': [0, 0] }));
    const after = await layoutOf(dir);
    expect(after.layout['CS-GONE']).toBeUndefined();
    writeFileSync(join(dir, LAYOUT_FILE), '{ not json');
    expect(readCommittedLayout(dir)).toEqual({});
    expect(Object.keys((await layoutOf(dir)).layout).length).toBeGreaterThan(100);
  }, 60_000);
});

describe('computeLayout at 1,000 entities', () => {
  const kinds: Kind[] = ['guarantee', 'mechanism', 'micro-pattern', 'system-pattern', 'case-study', 'incident', 'symptom'];
  const share = [0.05, 0.05, 0.05, 0.03, 0.37, 0.3, 0.15];
  /** A deterministic synthetic graph: each node links to ~4 earlier ones. */
  function synthetic(n: number, seed = 7) {
    let s = seed;
    const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const entities = Array.from({ length: n }, (_, i) => {
      let r = rand();
      let k = 0;
      while (k < kinds.length - 1 && r > share[k]) r -= share[k++];
      return { id: `N${i}`, kind: kinds[k] };
    });
    const edges: Edge[] = [];
    for (let i = 1; i < n; i++) for (let j = 0; j < 4; j++) edges.push({ source: `N${i}`, target: `N${Math.floor(rand() * i)}`, type: 'uses' });
    return { entities, edges };
  }

  it('is deterministic, bands the kinds left to right, overlaps nothing, and adding 10 moves nothing', () => {
    const { entities, edges } = synthetic(1010);
    const old = entities.slice(0, 1000);
    const oldIds = new Set(old.map((e) => e.id));
    const oldEdges = edges.filter((e) => oldIds.has(e.source) && oldIds.has(e.target));
    const first = computeLayout(old, oldEdges);
    expect(computeLayout(old, oldEdges)).toEqual(first);
    expect(overlapping(first, oldEdges)).toEqual([]);
    const meanX = (k: Kind) => {
      const xs = old.filter((e) => e.kind === k).map((e) => first[e.id][0]);
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    expect(meanX('guarantee')).toBeLessThan(meanX('mechanism'));
    expect(meanX('mechanism')).toBeLessThan(meanX('case-study'));
    expect(meanX('case-study')).toBeLessThan(meanX('incident'));
    const after = computeLayout(entities, edges, first);
    expect(maxMoveShare(first, after)).toBe(0);
    expect(overlapping(after, edges)).toEqual([]);
  });
});
