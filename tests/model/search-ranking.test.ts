/**
 * The ranking table: natural-language and exact queries on the real atlas, each with where its
 * answer must rank among the search box's results (entities, items and paths). Written so it holds
 * before and after the symptom content lands: where a symptom would be the best answer, "a symptom
 * or X" is accepted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { splitForApp } from '../../compiler/bundle/split';
import { buildSearchIndex } from '../../compiler/bundle/search-index';
import { createSearcher, type SearchResult, type Searcher } from '../../src/model/search';
import type { AtlasBundle } from '../../src/model/bundle';
import { realBundle } from '../data/real-bundle';

let searcher: Searcher;
let bundle: AtlasBundle;
beforeAll(async () => {
  bundle = await realBundle();
  const { graph } = splitForApp(bundle);
  searcher = createSearcher(JSON.parse(JSON.stringify(graph.search.docs)));
  // Round-trip through JSON, as the browser fetches it.
  searcher.attachFullText(JSON.parse(JSON.stringify(buildSearchIndex(bundle))));
}, 300_000);

const results = (q: string, n = 12) => searcher.searchItems(q, 12).slice(0, n);
const owner = (r: SearchResult) => r.entity ?? `path:${r.path}`;
const isSymptom = (r: SearchResult | undefined) => r?.kind === 'symptom';

/** [query, expected owner (entity ID or "path:<id>", alternatives with |), within the top N, optional section/item]. */
type Row = [string, string, number, string?];

const TABLE: Row[] = [
  // Exact IDs, names and typos keep working as before full text.
  ['G-LIN', 'G-LIN', 1],
  ['g-lin', 'G-LIN', 1],
  ['m5', 'M5', 1],
  ['MP1', 'MP1', 1],
  ['sp5', 'SP5', 1],
  ['cs-uber', 'CS-UBER', 1],
  ['netflx', 'CS-NETFLIX', 1],
  ['Netflix', 'CS-NETFLIX', 1],
  ['linearizabilty', 'G-LIN', 1],
  ['circut breaker', 'M9', 1],
  ['outbox', 'MP1', 1],
  ['consensus', 'M5', 1],
  ['exactly once', 'G-EXO', 1],
  ['spanner', 'CS-GOOGLE-SPANNER', 1],
  ['discord', 'CS-DISCORD', 1],
  ['INC-GITHUB-2018-MYSQL', 'INC-GITHUB-2018-MYSQL', 1],
  // The acceptance examples.
  ['STONITH', 'SYMPTOM|M22|M2', 3],
  ['STONITH', 'M2', 8, 'failure-modes/split-brain-two-primaries'],
  ['pg_is_in_recovery', 'SYMPTOM|M2', 1],
  ['pg_is_in_recovery', 'M2', 5, 'failure-modes/split-brain-two-primaries'],
  ['hot partition', 'SYMPTOM|M1', 1],
  ['hot partition', 'CS-DISCORD', 5, 'failure-modes'],
  ['stale', 'path:oncall-stale-reads|path:reads-are-stale', 5],
  ['writes disappeared', 'SYMPTOM|G-RYW', 1],
  ['writes dissapeared after failover', 'SYMPTOM|G-RYW|MP8|G-CAU', 1],
  ['writes dissapeared after failover', 'G-RYW', 12, 'failure-modes'],
  ['stale replica after failover', 'SYMPTOM|G-RYW|M2|G-BST', 1],
  // M2 leads with its lag-vs-unsafe-failover triage diagram (or a failure mode): either is M2's answer to this query.
  ['stale replica after failover', 'M2', 5],
  // Knobs, commands and log lines that only the item text holds.
  ['maximum_lag_on_failover', 'M2', 1, 'parameters'],
  ['pg_last_wal_replay_lsn', 'SYMPTOM|G-RYW', 1],
  ['pg_last_wal_replay_lsn', 'G-RYW', 3],
  ['split brain', 'SYMPTOM|M2', 1],
  ['split brain', 'M2', 6, 'failure-modes/split-brain-two-primaries'],
  ['two primaries', 'M2', 3, 'failure-modes/split-brain-two-primaries'],
  ['fencing token', 'M13', 5],
  ['replication lag', 'SYMPTOM|M2', 1],
  ['replication lag', 'M2', 5],
  ['thundering herd', 'M11', 10],
  ['leader lease', 'M5|M13|MP8', 5],
  ['read your own writes', 'G-RYW', 1],
  ['monotonic reads', 'G-MOR', 1],
  ['dual write', 'MP1', 10],
  ['idempotency key', 'G-IDP', 5],
  ['exponential backoff jitter', 'M8', 3],
  ['retry budget', 'M8', 3],
  ['bulkhead thread pool', 'M10|MP13', 3],
  ['orchestrator failover', 'INC-GITHUB-2018-MYSQL|CS-GITHUB', 3],
  ['43 second partition', 'INC-GITHUB-2018-MYSQL', 5],
  ['dns race condition dynamodb', 'INC-AWS-2025-DYNAMODB-DNS', 3],
  ['bgp withdrawal', 'INC-FACEBOOK-2021-BGP', 3],
  ['consul raft', 'INC-ROBLOX-2021-CONSUL', 5],
  ['cache invalidation race', 'SYMPTOM|M11|CS-META-MEMCACHE', 1],
  ['cache invalidation race', 'M11', 8],
  ['consumer falls behind', 'SYMPTOM|M3|CS-NETFLIX-KINESIS', 3],
  ['partition key skew', 'M1', 5],
  ['cqrs', 'MP5', 1],
  ['implement cqrs', 'path:implement-cqrs', 5],
  ['payment system', 'path:design-payment-system', 5],
  ['write-through cache', 'MP10', 1],
  ['vector clock', 'G-CAU|M6', 3],
  ['two-phase commit', 'MP2', 3],
  ['saga compensation', 'MP2', 3],
];

describe('search ranking table (real data)', () => {
  it('has at least 40 queries', () => {
    expect(new Set(TABLE.map((r) => r[0])).size).toBeGreaterThanOrEqual(40);
  });

  it.each(TABLE)('%s → %s in the top %i %s', (query, expected, n, anchor) => {
    const options = expected.split('|');
    const top = results(query, n);
    const fits = (r: SearchResult) =>
      (options.includes('SYMPTOM') && isSymptom(r)) ||
      (options.includes(owner(r)) && (!anchor || `${r.section}/${r.item}`.startsWith(anchor) || r.section === anchor));
    const shown = top.map((r) => `${owner(r)} ${r.section ?? ''}/${r.item ?? ''}`);
    expect(top.some(fits), `top ${n}: ${shown.join(', ')}`).toBe(true);
  });

  it('"retry storm" ranks every incident whose text mentions a retry storm in the top 10', () => {
    const text = (o: unknown) => JSON.stringify(o).toLowerCase();
    const involved = bundle.entities.filter((e) => e.kind === 'incident' && /retry storm/.test(text(e))).map((e) => e.id);
    expect(involved.length).toBeGreaterThanOrEqual(2);
    const top = new Set(results('retry storm', 10).map(owner));
    for (const id of involved) expect(top, id).toContain(id);
  });

  it('names the item a result lands on, and every item exists on its entity', async () => {
    const { findAnchor } = await import('../../src/model/sections');
    const byId = new Map(bundle.entities.map((e) => [e.id, e] as const));
    for (const q of ['split brain', 'retry storm', 'pg_is_in_recovery', 'INC-GITHUB-2018-MYSQL timeline', 'maximum_lag_on_failover']) {
      for (const r of results(q)) {
        if (!r.entity || !r.section) continue;
        expect(findAnchor(byId.get(r.entity)!, r.section, r.item), `${q}: ${r.entity}/${r.section}/${r.item}`).toBeDefined();
      }
    }
  });

  it('labels results as items, with the matched words marked in the snippet', () => {
    // Symptom checks may rank first; the failure mode that names the command is still an item result.
    const top = results('pg_is_in_recovery', 5).find((r) => r.entity === 'M2');
    expect(top).toMatchObject({ label: 'M2', where: 'Failure mode · Split brain (two primaries)', item: 'split-brain-two-primaries' });
    const marked = top!.snippet!.ranges.map(([a, b]) => top!.snippet!.text.slice(a, b + 1));
    expect(marked).toContain('pg_is_in_recovery');
    const path = results('on call reads are stale').find((r) => r.path === 'oncall-stale-reads');
    expect(path).toMatchObject({ label: 'Path', name: "I'm on call and reads are stale" });
  });
});
