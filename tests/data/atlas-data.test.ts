/** The real atlas: the framework index's IDs, names and matrices must all be in the compiled bundle. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AtlasBundle } from '../../src/model/bundle';
import { realBundle } from './real-bundle';

let bundle: AtlasBundle;
beforeAll(async () => {
  bundle = await realBundle();
}, 300_000);

const has = (source: string, type: string, target: string) =>
  bundle.edges.some((e) => e.source === source && e.target === target && e.type === type);
/** Every guarantee reachable from `from` over `implies` edges. */
const impliedBy = (from: string): Set<string> => {
  const seen = new Set<string>();
  const todo = [from];
  while (todo.length) {
    const g = todo.pop() as string;
    for (const e of bundle.edges) if (e.source === g && e.type === 'implies' && !seen.has(e.target)) { seen.add(e.target); todo.push(e.target); }
  }
  return seen;
};
const linked = (a: string, b: string) => bundle.edges.some((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));

// From ../shared/seed/atlas-index.md, "Production Readiness Matrix".
const GUARANTEES: Record<string, [string, string[]]> = {
  'G-LIN': ['Linearizability', ['M5', 'M6', 'M3']],
  'G-SEQ': ['Sequential Consistency', ['M5', 'M6']],
  'G-CAU': ['Causal Consistency', ['M7', 'M3']],
  'G-EVE': ['Eventual Consistency', ['M2', 'M7']],
  'G-BST': ['Bounded Staleness', ['M6', 'M11']],
  'G-EXO': ['Exactly Once', ['M3', 'M7']],
  'G-ALO': ['At Least Once', ['M7', 'M8']],
  'G-AMO': ['At Most Once', ['M9', 'M8']],
  'G-RYW': ['Read Your Writes', ['M11', 'M2']],
  'G-MOR': ['Monotonic Reads', ['M11', 'M2']],
  'G-MOW': ['Monotonic Writes', ['M3', 'M5']],
  'G-WFR': ['Write Follows Read', ['M7', 'M11']],
  'G-5N': ['99.999% Availability', ['M9', 'M10', 'M2']],
  'G-DUR': ['Durability', ['M3', 'M2']],
  'G-PT': ['Partition Tolerance', ['M1', 'M9']],
  'G-TOT': ['Total Ordering', ['M5', 'M3']],
  'G-IDP': ['Idempotency', ['M8', 'M7']],
  'G-ISO': ['Isolation Levels', ['M13', 'M14']],
};
const MECHANISMS = [
  'Partitioning', 'Replication', 'Durable Log', 'Fan-out/Fan-in', 'Consensus', 'Quorum', 'Event-driven', 'Timeout/Retry',
  'Circuit Breaker', 'Bulkhead', 'Cache', 'Proxy/LB', 'Lock', 'Snapshot', 'Rate Limiting', 'Batch', 'Sampling', 'Index',
  'Stream Processing', 'Shadow Traffic',
];
const MICRO: Record<string, [string, string[]]> = {
  MP1: ['Outbox', ['M3', 'M7', 'M16']],
  MP2: ['Saga', ['M7', 'M8', 'M9']],
  MP3: ['Escrow', ['M13', 'M5']],
  MP4: ['Event Sourcing', ['M3', 'M7', 'M14']],
  MP5: ['CQRS', ['M1', 'M11', 'M7']],
  MP6: ['Hedged Request', ['M8', 'M12']],
  MP7: ['Sidecar', ['M12', 'M9']],
  MP8: ['Leader-Follower', ['M5', 'M2']],
  MP9: ['Scatter-Gather', ['M4', 'M8']],
  MP10: ['Write-Through Cache', ['M11', 'M8']],
  MP11: ['Read Repair', ['M6', 'M2']],
  MP12: ['Checkpoint', ['M14', 'M3']],
  MP13: ['Bulkhead', ['M10', 'M9']],
  MP14: ['Batch', ['M16', 'M8']],
  MP15: ['Shadow', ['M20', 'M12']],
};
const SYSTEM = ['CQRS System', 'Event Sourcing System', 'Microservices', 'Serverless', 'Cell-Based', 'Edge Computing'];
// "Concept-to-Implementation Cross-Reference Map": guarantee ↔ patterns and case studies of each family.
const FAMILIES: Record<string, { patterns: string[]; cases: string[] }> = {
  'G-LIN': { patterns: ['MP4', 'MP5'], cases: ['CS-GOOGLE-SPANNER', 'CS-KUBERNETES-ETCD', 'CS-HASHICORP-CONSUL'] },
  'G-EXO': { patterns: ['MP1', 'MP2', 'MP4'], cases: ['CS-UBER-KAFKA', 'CS-NETFLIX-KINESIS', 'CS-AWS-EVENTBRIDGE'] },
  'G-5N': { patterns: ['SP5', 'SP3'], cases: ['CS-NETFLIX-HYSTRIX', 'CS-AWS-MULTI-AZ', 'CS-GOOGLE-SRE'] },
  'G-PT': { patterns: ['SP1', 'SP3'], cases: ['CS-INSTAGRAM', 'CS-DISCORD', 'CS-AWS-DYNAMODB'] },
};

describe('the framework index is fully represented', () => {
  it('has the 18 guarantees, 20 mechanisms, 15 micro-patterns and 6 system patterns with the index names', () => {
    const byId = new Map(bundle.entities.map((e) => [e.id, e]));
    for (const [id, [name]] of Object.entries(GUARANTEES)) expect(byId.get(id)?.name, id).toBe(name);
    MECHANISMS.forEach((name, i) => expect(byId.get(`M${i + 1}`)?.name, `M${i + 1}`).toBe(name));
    for (const [id, [name]] of Object.entries(MICRO)) expect(byId.get(id)?.name, id).toBe(name);
    SYSTEM.forEach((name, i) => expect(byId.get(`SP${i + 1}`)?.name, `SP${i + 1}`).toBe(name));
    // Entities beyond the index (issue 20: staged rollout, the consistency map, …) are marked `extension`.
    const indexed = (kind: string) => bundle.entities.filter((e) => e.kind === kind && !e.extension).length;
    expect(indexed('guarantee')).toBe(18);
    expect(indexed('mechanism')).toBe(20);
    expect(indexed('micro-pattern')).toBe(15);
    expect(indexed('system-pattern')).toBe(6);
  });

  it('holds every guarantee → mechanism relation of the matrix, and no other `requires` edge', () => {
    const expected = Object.entries(GUARANTEES).flatMap(([g, [, ms]]) => ms.map((m) => `${g}→${m}`));
    for (const pair of expected) {
      const [g, m] = pair.split('→');
      expect(has(g, 'requires', m), pair).toBe(true);
    }
    const actual = bundle.edges.filter((e) => e.type === 'requires').map((e) => `${e.source}→${e.target}`);
    expect(actual.sort()).toEqual(expected.sort());
  });

  it('holds every micro-pattern → mechanism relation of the matrix, and no other', () => {
    for (const [mp, [, ms]] of Object.entries(MICRO)) {
      const uses = bundle.edges.filter((e) => e.source === mp && e.type === 'uses' && e.target.match(/^M\d+$/)).map((e) => e.target);
      expect(uses.sort(), mp).toEqual([...ms].sort());
    }
  });

  it('links each family guarantee to its patterns and case studies', () => {
    for (const [g, { patterns, cases }] of Object.entries(FAMILIES)) {
      for (const p of [...patterns, ...cases]) expect(linked(g, p), `${g} ↔ ${p}`).toBe(true);
    }
  });

  it('orders the guarantees: linearizable ⇒ sequential ⇒ causal ⇒ session guarantees', () => {
    expect(has('G-LIN', 'implies', 'G-SEQ')).toBe(true);
    expect(has('G-SEQ', 'implies', 'G-CAU')).toBe(true);
    // Direct edges as in Jepsen's map (issue 20): causal ⇒ PRAM ⇒ RYW, MR, MW; causal ⇒ WFR.
    expect(has('G-CAU', 'implies', 'G-WFR')).toBe(true);
    expect(has('G-CAU', 'implies', 'G-PRAM')).toBe(true);
    for (const s of ['G-RYW', 'G-MOR', 'G-MOW', 'G-WFR']) expect(impliedBy('G-CAU').has(s), s).toBe(true);
    expect(has('G-EXO', 'builds-on', 'G-ALO')).toBe(true);
    expect(has('G-EXO', 'builds-on', 'G-IDP')).toBe(true);
  });

  it('gives each system pattern at least 8 mechanisms, directly or through its micro-patterns', () => {
    for (let i = 1; i <= 6; i++) {
      const sp = `SP${i}`;
      const direct = bundle.edges.filter((e) => e.source === sp && e.type === 'uses').map((e) => e.target);
      const via = bundle.edges.filter((e) => direct.includes(e.source) && e.type === 'uses' && /^M\d+$/.test(e.target)).map((e) => e.target);
      const mechanisms = new Set([...direct, ...via].filter((t) => /^M\d+$/.test(t)));
      expect(mechanisms.size, sp).toBeGreaterThanOrEqual(8);
    }
  });
});

describe('content quality gates', () => {
  it('gives every core entity at least two diagrams: how it works and how it fails', () => {
    for (const e of bundle.entities.filter((x) => ['guarantee', 'mechanism', 'micro-pattern', 'system-pattern'].includes(x.kind))) {
      expect(e.diagrams.length, e.id).toBeGreaterThanOrEqual(2);
      expect(e.diagrams.some((d) => d.type === 'how-it-works' || d.type === 'architecture'), `${e.id} how-it-works`).toBe(true);
      expect(e.diagrams.some((d) => d.type === 'failure-recovery' || d.type === 'timeline'), `${e.id} failure`).toBe(true);
    }
  });

  it('gives every case study an architecture diagram and two edges into the core graph', () => {
    for (const e of bundle.entities.filter((x) => x.kind === 'case-study')) {
      expect(e.diagrams.some((d) => d.type === 'architecture'), e.id).toBe(true);
      const core = bundle.edges.filter((x) => x.source === e.id && /^(G-|M\d|MP\d|SP\d)/.test(x.target));
      expect(core.length, e.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('connects every incident to a violated guarantee and a failed mechanism or pattern', () => {
    for (const e of bundle.entities.filter((x) => x.kind === 'incident')) {
      expect(has(e.id, 'violates', bundle.edges.find((x) => x.source === e.id && x.type === 'violates')?.target ?? '-'), e.id).toBe(true);
      expect(bundle.edges.some((x) => x.source === e.id && x.type === 'involves'), e.id).toBe(true);
    }
  });

  it('ships the four index paths with their IDs', () => {
    const ids = bundle.paths.map((p) => p.id);
    for (const id of ['implement-cqrs', 'debug-consistency', 'justify-costs', 'plan-migration']) expect(ids).toContain(id);
  });
});
