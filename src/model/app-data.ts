/**
 * The app's view of the bundle, split for speed: `graph.json` holds what first
 * paint needs (nodes, edges, paths, search documents); entity details live in
 * shards fetched when an entity is opened.
 */
import type { Edge, Entity, QuickPath } from './bundle';
import type { Confidence, Domain, Family, Kind, Maturity } from './schema';
import type { SearchDoc } from './search-docs';

export interface GraphNode {
  id: string;
  kind: Kind;
  name: string;
  confidence: Confidence;
  maturity: Maturity;
  family?: Family;
  domain?: Domain;
  /** Number of edges touching the node: drives node size. */
  degree: number;
  x: number;
  y: number;
  /** Which details shard holds the full entity. */
  shard: number;
}

export interface GraphData {
  format: 'atlas-graph';
  version: 1;
  nodes: GraphNode[];
  edges: Edge[];
  paths: QuickPath[];
  /** What the search box searches; its indexes are built once when the app loads. */
  search: { docs: SearchDoc[] };
  shardCount: number;
}

export interface DetailShard {
  entities: Record<string, Entity>;
}

export const GRAPH_FILE = 'graph.json';
/**
 * Pre-rendered first diagrams (written by `npm run build` where Chromium is available): the list of
 * source hashes that have one, and one SVG per hash and theme. See src/diagram/prerendered.ts.
 */
export const PRERENDER_INDEX = 'svg/index.json';
export const prerenderFile = (hash: string, theme: 'light' | 'dark') => `svg/${hash}-${theme}.svg`;
export interface PrerenderIndex {
  format: 'atlas-prerender';
  /** The mermaid version that drew them (the same build's, as `npm run build` writes both). */
  mermaid: string;
  hashes: string[];
}
export const shardFile = (n: number) => `details-${n}.json`;
/** Entities per details file: small enough that opening one entity fetches ~100 kB, not the whole atlas. */
export const SHARD_SIZE = 10;
