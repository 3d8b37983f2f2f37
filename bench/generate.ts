/**
 * Synthetic Atlas data sets for the benchmark: N entities with the kind mix of
 * the real data, schema-valid IDs and fields of realistic size, ~4 relations
 * per entity (only combinations RELATION_RULES allows), 2–3 small mermaid
 * diagrams each and a few quick-start paths. Deterministic: the same size and
 * seed always give the same files.
 *
 * Diagrams come from a small pool of texts (templates × label variants), so the
 * compiler's content-hash cache parses each distinct text only once.
 *
 *   tsx bench/generate.ts --size 1000 --out /tmp/atlas-1000
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import {
  CONFIDENCE,
  DIAGRAM_TYPES,
  DOMAINS,
  FAMILIES,
  ID_PATTERNS,
  KIND_FOLDERS,
  KINDS,
  MATURITY,
  PATH_VERBS,
  RELATION_RULES,
  type Kind,
  type RelationType,
} from '../src/model/constants.ts';

/** Share of each kind in the atlas this round aims at (≈30 G, 25 M, 15 MP, 6 SP, 125 CS, 70 INC, 45 SYM of 316). */
const KIND_SHARE: Record<Kind, number> = {
  guarantee: 30 / 316,
  mechanism: 25 / 316,
  'micro-pattern': 15 / 316,
  'system-pattern': 6 / 316,
  'case-study': 125 / 316,
  incident: 70 / 316,
  symptom: 45 / 316,
};

/** How often each relation type appears in the real data (uses dominates, then provides, contrasts…). */
const RELATION_WEIGHT: Record<RelationType, number> = {
  requires: 38,
  uses: 475,
  provides: 174,
  implies: 7,
  'builds-on': 27,
  contrasts: 79,
  violates: 37,
  involves: 70,
  affects: 20,
  indicates: 30,
  'caused-by': 40,
  'seen-in': 30,
};

export interface GeneratedDataset {
  dir: string;
  size: number;
  counts: Record<Kind, number>;
  relations: number;
  diagrams: number;
  distinctDiagrams: number;
  paths: number;
  /** A query that finds entities in this set (used by the search scenario). */
  query: string;
}

// ---------------------------------------------------------------- randomness

/** mulberry32: tiny, fast, deterministic. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
    some: <T>(xs: readonly T[], n: number): T[] => {
      const copy = [...xs];
      const out: T[] = [];
      while (out.length < n && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
      return out;
    },
  };
}
type Rng = ReturnType<typeof rng>;

// ---------------------------------------------------------------- vocabulary

const PROPERTY = [
  'Linearizable', 'Causal', 'Monotonic', 'Bounded-staleness', 'Read-your-writes', 'Exactly-once', 'At-least-once',
  'Durable', 'Ordered', 'Snapshot', 'Serializable', 'Quorum', 'Session', 'Consistent-prefix', 'Idempotent',
  'Highly available', 'Partition-tolerant', 'Strict', 'Eventual', 'Atomic',
];
const G_NOUN = ['Reads', 'Writes', 'Delivery', 'Commit', 'Ordering', 'Visibility', 'Isolation', 'Replication', 'Failover', 'Availability'];
const M_NOUN = [
  'Consensus', 'Leader Lease', 'Write-Ahead Log', 'Quorum Replication', 'Vector Clocks', 'Hybrid Logical Clock',
  'Consistent Hashing', 'Gossip Membership', 'Circuit Breaker', 'Rate Limiter', 'Backpressure', 'Fencing Tokens',
  'Anti-Entropy', 'Merkle Trees', 'Hinted Handoff', 'Two-Phase Commit', 'Change Data Capture', 'Bloom Filter',
  'Retry Budget', 'Load Shedding', 'Bulkhead Pool', 'Batch Writer', 'Shadow Traffic', 'Read Repair',
];
const P_NOUN = [
  'Outbox', 'CQRS', 'Saga', 'Event Sourcing', 'Cell Architecture', 'Strangler Fig', 'Sidecar Proxy', 'Leader Follower',
  'Sharded Store', 'Cache Aside', 'Fan-out Queue', 'Idempotent Consumer', 'Geo Replication', 'Blue Green Deploy',
  'Control Plane Split', 'Request Hedging',
];
const QUALIFIER = ['Global', 'Regional', 'Edge', 'Tiered', 'Adaptive', 'Hierarchical', 'Multi-tenant', 'Streaming', 'Lightweight', 'Hardened'];
const ORGS = [
  'Northwind', 'Contoso', 'Fabrikam', 'Globex', 'Initech', 'Umbrella Networks', 'Hooli', 'Stark Logistics', 'Wayne Payments',
  'Acme Streaming', 'Tyrell Cloud', 'Cyberdyne Data', 'Soylent Foods', 'Vandelay Imports', 'Pied Piper', 'Massive Dynamic',
  'Oscorp Mobility', 'Aperture Labs', 'Black Mesa', 'Wonka Commerce', 'Gringotts Bank', 'Duff Media', 'Monarch Travel',
  'Dunder Paper', 'Sirius Messaging', 'Nakatomi Trading', 'Blue Sun Retail', 'Weyland Freight', 'Zorg Energy', 'Kaer Games',
];
const SYSTEMS = [
  'payments ledger', 'order pipeline', 'timeline service', 'chat delivery', 'ride dispatch', 'pricing engine',
  'inventory store', 'metadata service', 'session store', 'recommendation feed', 'search index', 'billing platform',
  'notification fan-out', 'identity service', 'video catalogue', 'booking engine', 'fraud scoring', 'telemetry pipeline',
];
const TECH = ['etcd', 'Kafka', 'Cassandra', 'Spanner', 'Redis', 'ZooKeeper', 'DynamoDB', 'Postgres', 'MySQL', 'CockroachDB', 'Envoy', 'Flink'];
const COMPONENT = ['DNS', 'control plane', 'config push', 'load balancer', 'storage layer', 'auth service', 'message queue', 'BGP', 'cache tier', 'database failover'];
const TAGS = [
  'replication', 'consensus', 'latency', 'throughput', 'failover', 'partitioning', 'caching', 'queues', 'ordering',
  'idempotency', 'retries', 'overload', 'observability', 'multi-region', 'storage', 'streaming', 'transactions', 'clocks',
];

const SENTENCES = [
  'It keeps {p} guarantees for clients of {sys} while replicas in {n} zones fail independently.',
  'Operators run it on {tech} and tune it against the p99 latency budget of about {n}0 ms per request.',
  'The design trades extra round trips on the write path for reads that never go backwards in time.',
  'When the network partitions, the minority side stops accepting writes instead of diverging from the majority.',
  'Most production deployments combine it with idempotent retries so that a lost acknowledgement does not double-apply work.',
  'Its cost grows with the number of replicas that must confirm each operation, typically {n} of {m}.',
  'Teams adopt it after an incident shows that best-effort behaviour silently lost or reordered data.',
  'Monitoring focuses on replication lag, leader changes and the error budget burned during failovers.',
  'The {tech} implementation is the most widely documented, with public figures from several large operators.',
  'It is usually the cheapest way to get {p} behaviour without rewriting every client.',
  'Misconfigured timeouts are the most common reason it degrades into repeated elections or retry storms.',
  'Capacity planning has to include the headroom needed to absorb a full zone failing at peak traffic.',
];

function sentence(r: Rng): string {
  return r
    .pick(SENTENCES)
    .replace('{p}', r.pick(PROPERTY).toLowerCase())
    .replace('{sys}', r.pick(SYSTEMS))
    .replace('{tech}', r.pick(TECH))
    .replace('{n}', String(r.int(2, 9)))
    .replace('{m}', String(r.int(10, 15)));
}
const para = (r: Rng, lo: number, hi: number) => Array.from({ length: r.int(lo, hi) }, () => sentence(r)).join(' ');
const url = (r: Rng, slug: string) => `https://example.org/${slug.toLowerCase()}/${r.int(1, 9999)}`;

// ---------------------------------------------------------------- diagrams

/** Five small templates (3 flowcharts, 2 sequence diagrams); {A}…{D} are filled with label variants. */
const DIAGRAM_TEMPLATES: { type: (typeof DIAGRAM_TYPES)[number]; title: string; text: string }[] = [
  {
    type: 'how-it-works',
    title: 'How it works',
    text: 'flowchart LR\n  C[Client] --> L[Leader {A}]\n  L --> F1[(Replica {B})]\n  L --> F2[(Replica {C})]\n  F1 -. ack .-> L\n  F2 -. ack .-> L\n  L --> R[Commit {D}]\n',
  },
  {
    type: 'failure-recovery',
    title: 'Failure and recovery',
    text: 'flowchart TD\n  A[{A} healthy] --> B{Heartbeat lost?}\n  B -- no --> A\n  B -- yes --> C[Elect new leader on {B}]\n  C --> D[Fence old leader]\n  D --> E[Replay log from {C}]\n  E --> F[Serve traffic via {D}]\n',
  },
  {
    type: 'architecture',
    title: 'Architecture',
    text: 'flowchart LR\n  subgraph Edge\n    G[Gateway {A}]\n  end\n  subgraph Core\n    S[Service {B}] --> Q[[Queue {C}]]\n    Q --> W[Worker]\n  end\n  G --> S\n  W --> DB[(Store {D})]\n',
  },
  {
    type: 'how-it-works',
    title: 'Request flow',
    text: 'sequenceDiagram\n  participant C as Client\n  participant S as {A}\n  participant D as {B}\n  C->>S: write key={C}\n  S->>D: replicate\n  D-->>S: ack\n  S-->>C: ok\n  Note over S,D: quorum of {D}\n',
  },
  {
    type: 'failure-recovery',
    title: 'Retry on timeout',
    text: 'sequenceDiagram\n  participant C as Client\n  participant P as {A}\n  participant B as {B}\n  C->>P: request {C}\n  P->>B: forward\n  alt timeout\n    P-->>C: 503 retry later\n    C->>P: retry with idempotency key\n  else success\n    B-->>P: result\n    P-->>C: 200 from {D}\n  end\n',
  },
];
const LABELS = ['etcd', 'Kafka', 'Cassandra', 'Spanner', 'Redis', 'ZooKeeper', 'DynamoDB', 'Postgres', 'MySQL', 'Flink'];

/** templates × variants distinct diagram texts; variant v fills {A}..{D} with a rotation of LABELS. */
function diagramPool(variants: number): { type: (typeof DIAGRAM_TYPES)[number]; title: string; source: string }[] {
  const pool = [];
  for (const t of DIAGRAM_TEMPLATES) {
    for (let v = 0; v < variants; v++) {
      const fill = (k: number) => LABELS[(v + k * 3) % LABELS.length];
      pool.push({ type: t.type, title: t.title, source: t.text.replace('{A}', fill(0)).replace('{B}', fill(1)).replace('{C}', fill(2)).replace('{D}', fill(3)) });
    }
  }
  return pool;
}

// ---------------------------------------------------------------- entities

interface Node {
  id: string;
  kind: Kind;
  cluster: number;
}

function idFor(kind: Kind, i: number, r: Rng): string {
  switch (kind) {
    case 'guarantee':
      return `G-S${i}`;
    case 'mechanism':
      return `M${i}`;
    case 'micro-pattern':
      return `MP${i}`;
    case 'system-pattern':
      return `SP${i}`;
    case 'case-study':
      return `CS-SYN-${i}`;
    case 'incident':
      return `INC-SYN-${r.int(2005, 2025)}-${String(i).padStart(4, '0')}`;
    case 'symptom':
      return `SYM-SYN-${i}`;
  }
}

function countsFor(size: number): Record<Kind, number> {
  const counts = Object.fromEntries(KINDS.map((k) => [k, Math.max(2, Math.round(size * KIND_SHARE[k]))])) as Record<Kind, number>;
  // Put rounding drift on case studies, the largest group.
  const drift = size - KINDS.reduce((s, k) => s + counts[k], 0);
  counts['case-study'] = Math.max(2, counts['case-study'] + drift);
  return counts;
}

/** The relation types a kind may start, with the target kinds each allows. */
function outgoing(kind: Kind): { type: RelationType; to: Kind[]; weight: number }[] {
  return (Object.keys(RELATION_RULES) as RelationType[])
    .filter((t) => RELATION_RULES[t].from.includes(kind))
    .map((t) => ({ type: t, to: RELATION_RULES[t].to, weight: RELATION_WEIGHT[t] }));
}

function weighted<T extends { weight: number }>(r: Rng, xs: T[]): T {
  let x = r.next() * xs.reduce((s, v) => s + v.weight, 0);
  for (const v of xs) {
    x -= v.weight;
    if (x <= 0) return v;
  }
  return xs[xs.length - 1];
}

const WHY = [
  'Without it the {p} property cannot hold once a replica falls behind.',
  'Both sides solve the same coordination problem with opposite trade-offs on latency and availability.',
  'The production system depends on it for every write on the critical path.',
  'The incident broke this guarantee for a subset of users until the failover completed.',
  'It is composed from the target and adds ordering on top of it.',
  'Public engineering posts describe this dependency in detail, with figures.',
];

function relationsFor(r: Rng, self: Node, byKind: Record<Kind, Node[]>): { type: RelationType; to: string; why?: string }[] {
  const options = outgoing(self.kind);
  const want = r.int(3, 5);
  const out: { type: RelationType; to: string; why?: string }[] = [];
  const seen = new Set<string>();
  for (let attempt = 0; out.length < want && attempt < want * 6; attempt++) {
    const opt = weighted(r, options);
    const pool = byKind[r.pick(opt.to)];
    if (!pool.length) continue;
    // Mostly link within the entity's cluster (communities, like real topics), sometimes to a hub (low index).
    let target: Node;
    if (r.chance(0.6)) {
      const local = pool.filter((n) => n.cluster === self.cluster);
      target = local.length ? r.pick(local) : r.pick(pool);
    } else {
      target = pool[Math.floor(pool.length * r.next() ** 2.5)];
    }
    const key = `${opt.type}|${target.id}`;
    if (target.id === self.id || seen.has(key)) continue;
    seen.add(key);
    out.push({ type: opt.type, to: target.id, ...(r.chance(0.9) ? { why: r.pick(WHY).replace('{p}', r.pick(PROPERTY).toLowerCase()) } : {}) });
  }
  return out;
}

function source(r: Rng, slug: string) {
  return { url: url(r, slug), title: `${r.pick(TECH)} ${r.pick(['design notes', 'engineering blog', 'paper', 'postmortem', 'docs'])}`, year: r.int(1990, 2025), publisher: r.pick(ORGS) };
}
function figure(r: Rng, slug: string) {
  return { metric: r.pick(['Requests per second', 'p99 latency', 'Replicas per shard', 'Daily events', 'Failover time']), value: `${r.int(2, 900)} ${r.pick(['k', 'M', 'ms', 's'])}`, year: r.int(2010, 2025), source: url(r, slug) };
}
function example(r: Rng, slug: string) {
  return {
    system: `${r.pick(ORGS)} ${r.pick(SYSTEMS)}`,
    organisation: r.pick(ORGS),
    description: para(r, 2, 3),
    figures: Array.from({ length: r.int(1, 2) }, () => figure(r, slug)),
  };
}
function failureMode(r: Rng) {
  return {
    name: `${r.pick(['Split brain', 'Replication lag', 'Retry storm', 'Clock skew', 'Hot partition', 'Stale leader', 'Queue backlog'])} on ${r.pick(TECH)}`,
    description: para(r, 2, 3),
    detection: sentence(r),
    mitigation: para(r, 1, 2),
  };
}

function entity(r: Rng, n: Node, index: number, relations: ReturnType<typeof relationsFor>, pool: ReturnType<typeof diagramPool>) {
  const slug = n.id;
  const prop = PROPERTY[index % PROPERTY.length];
  const org = r.pick(ORGS);
  const sys = r.pick(SYSTEMS);
  const name =
    n.kind === 'guarantee' ? `${prop} ${r.pick(G_NOUN)} (${r.pick(QUALIFIER)})`
    : n.kind === 'mechanism' ? `${r.pick(QUALIFIER)} ${M_NOUN[index % M_NOUN.length]}`
    : n.kind === 'micro-pattern' || n.kind === 'system-pattern' ? `${r.pick(QUALIFIER)} ${P_NOUN[index % P_NOUN.length]}${n.kind === 'system-pattern' ? ' System' : ''}`
    : n.kind === 'case-study' ? `${org} ${sys}`
    : n.kind === 'symptom' ? `${r.pick(PROPERTY)} ${r.pick(['errors', 'timeouts', 'lag', 'stale reads'])} on ${r.pick(TECH)}`
    : `${org} ${r.pick(COMPONENT)} outage`;
  const diagrams = r.some(pool, r.int(2, 3)).map((d) => ({ title: d.title, type: d.type, source: d.source }));
  const common = {
    id: n.id,
    name,
    aliases: Array.from({ length: r.int(1, 4) }, () => `${r.pick(PROPERTY)} ${r.pick(TECH)}`),
    summary: para(r, 2, 4),
    whenToUse: n.kind === 'incident' ? [] : [sentence(r), sentence(r)],
    whenNotToUse: n.kind === 'incident' ? [] : [sentence(r)],
    confidence: r.pick(CONFIDENCE),
    maturity: r.pick(MATURITY),
    tags: r.some(TAGS, r.int(4, 7)),
    sources: Array.from({ length: r.int(1, 3) }, () => source(r, slug)),
    relations,
    examples: n.kind === 'incident' ? [] : Array.from({ length: r.int(1, 3) }, () => example(r, slug)),
    diagrams,
    failureModes: n.kind === 'incident' ? [] : Array.from({ length: r.int(2, 3) }, () => failureMode(r)),
  };
  switch (n.kind) {
    case 'guarantee':
      return {
        ...common,
        ...(r.chance(0.8) ? { family: r.pick(FAMILIES) } : {}),
        category: r.pick(['consistency', 'session', 'delivery', 'availability', 'durability', 'ordering', 'isolation', 'partitioning'] as const),
        relativeCost: { factor: `${r.int(1, 5)}x`, explanation: para(r, 1, 2) },
        whatBreaksIt: [sentence(r), sentence(r)],
        incidentAnalysis: r.chance(0.5) ? [{ title: `${r.pick(ORGS)} ${r.pick(COMPONENT)} outage`, year: r.int(2008, 2025), lesson: para(r, 1, 2), source: url(r, slug) }] : [],
      };
    case 'mechanism':
      return {
        ...common,
        category: r.pick(['Agreement', 'Replication', 'Time', 'Overload', 'Storage', 'Routing']),
        parameters: Array.from({ length: r.int(1, 3) }, () => ({ name: `${r.pick(TECH).toLowerCase()}-${r.pick(['timeout', 'quorum', 'batch-size', 'ttl'])}`, typical: `${r.int(1, 500)} ms`, description: para(r, 1, 2) })),
        cost: sentence(r),
      };
    case 'micro-pattern':
    case 'system-pattern':
      return {
        ...common,
        problem: para(r, 1, 2),
        solution: para(r, 2, 3),
        ...(r.chance(0.5) ? { migration: { from: 'Single database', to: name, steps: [sentence(r), sentence(r), sentence(r)] } } : {}),
        costImpact: sentence(r),
        complexity: r.pick(['low', 'medium', 'high', 'very-high'] as const),
      };
    case 'case-study':
      return {
        ...common,
        organisation: org,
        domain: r.pick(DOMAINS),
        system: para(r, 1, 2),
        scaleMetrics: Array.from({ length: r.int(1, 3) }, () => figure(r, slug)),
      };
    case 'incident': {
      const year = Number(/-(\d{4})-/.exec(n.id)![1]);
      const date = `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
      return {
        ...common,
        organisation: org,
        date,
        trigger: para(r, 1, 2),
        timeline: Array.from({ length: r.int(3, 6) }, (_, i) => ({ time: `${String(10 + i).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')} UTC`, event: sentence(r) })),
        impact: { summary: para(r, 1, 2), duration: `${r.int(1, 20)} hours` },
        rootCause: para(r, 2, 3),
        fix: para(r, 1, 2),
        lessons: [sentence(r), sentence(r)],
        postmortem: url(r, slug),
      };
    }
    case 'symptom': {
      const cause = relations.find((rel) => rel.type === 'caused-by');
      return {
        ...common,
        observed: [sentence(r), sentence(r), sentence(r)],
        likelyCauses: [{ entity: cause?.to ?? 'M1', why: para(r, 1, 2), check: sentence(r) }],
        checks: Array.from({ length: r.int(1, 3) }, () => ({ system: r.pick(TECH), command: `${r.pick(TECH).toLowerCase()} --describe ${r.int(1, 99)}` })),
        mitigations: { immediate: [sentence(r)], durable: [sentence(r)] },
      };
    }
  }
}

// ---------------------------------------------------------------- the set

export function generateDataset(size: number, outDir: string, seed = 20260101): GeneratedDataset {
  if (!Number.isInteger(size) || size < 12) throw new Error(`synthetic data set size must be a whole number ≥ 12, got ${size}`);
  const r = rng(seed + size);
  const dir = resolve(outDir);
  rmSync(dir, { recursive: true, force: true });
  const counts = countsFor(size);
  const clusters = Math.max(4, Math.round(size / 40));
  const byKind = Object.fromEntries(KINDS.map((k) => [k, [] as Node[]])) as Record<Kind, Node[]>;
  const ids = new Set<string>();
  for (const kind of KINDS) {
    for (let i = 1; i <= counts[kind]; i++) {
      const id = idFor(kind, i, r);
      if (!ID_PATTERNS[kind].test(id)) throw new Error(`generator bug: ${id} does not match the ${kind} ID pattern`);
      if (ids.has(id)) throw new Error(`generator bug: duplicate ID ${id}`);
      ids.add(id);
      byKind[kind].push({ id, kind, cluster: r.int(0, clusters - 1) });
    }
  }
  const pool = diagramPool(10);
  const used = new Set<string>();
  let relations = 0;
  let diagrams = 0;
  for (const kind of KINDS) {
    const folder = join(dir, KIND_FOLDERS[kind]);
    mkdirSync(folder, { recursive: true });
    byKind[kind].forEach((n, i) => {
      const rels = relationsFor(r, n, byKind);
      const e = entity(r, n, i, rels, pool);
      relations += rels.length;
      diagrams += e.diagrams.length;
      for (const d of e.diagrams) used.add(d.source);
      writeFileSync(join(folder, `${n.id}.yaml`), stringify(e, { aliasDuplicateObjects: false, lineWidth: 120 }));
    });
  }
  // A few quick-start paths through the graph.
  const ALWAYS_PRESENT_SECTIONS = ['overview', 'relations'] as const;
  const pathsDir = join(dir, 'paths');
  mkdirSync(pathsDir, { recursive: true });
  const all = KINDS.flatMap((k) => byKind[k]);
  const pathCount = Math.min(6, Math.max(3, Math.round(size / 500)));
  for (let p = 1; p <= pathCount; p++) {
    const id = `synthetic-walk-${p}`;
    const steps = r.some(all, r.int(5, 8)).map((n) => ({
      entity: n.id,
      verb: r.pick(PATH_VERBS),
      why: sentence(r).slice(0, 290),
      // Only sections every kind's page always has: the compiler rejects a step naming an absent one.
      ...(r.chance(0.7) ? { section: r.pick(ALWAYS_PRESENT_SECTIONS) } : {}),
    }));
    writeFileSync(
      join(pathsDir, `${id}.yaml`),
      stringify({ id, title: `Synthetic walk ${p}`, description: para(r, 1, 2), ...(r.chance(0.5) ? { family: r.pick(FAMILIES) } : {}), steps }, { aliasDuplicateObjects: false }),
    );
  }
  return { dir, size, counts, relations, diagrams, distinctDiagrams: used.size, paths: pathCount, query: 'linearizabil' };
}

// CLI: tsx bench/generate.ts --size N --out DIR
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'generate.ts')) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const size = Number(arg('--size') ?? '1000');
  const out = arg('--out');
  if (!out) {
    console.error('usage: tsx bench/generate.ts --size N --out DIR');
    process.exit(2);
  }
  const g = generateDataset(size, out);
  console.log(`generated ${g.size} entities (${JSON.stringify(g.counts)}), ${g.relations} relations, ${g.diagrams} diagrams (${g.distinctDiagrams} distinct), ${g.paths} paths in ${g.dir}`);
}
