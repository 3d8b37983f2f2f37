/**
 * Fetching the compiled data. The compiler already validated it; here we only
 * check that what arrived is the format we expect, so a missing or corrupt
 * file becomes a readable error instead of a crash deeper in the app.
 */
import { GRAPH_FILE, shardFile, type DetailShard, type GraphData } from './app-data';
import type { Entity } from './bundle';

export class DataLoadError extends Error {
  constructor(
    message: string,
    readonly url: string,
  ) {
    super(`${url}: ${message}`);
    this.name = 'DataLoadError';
  }
}

type Fetch = (url: string) => Promise<Response>;

async function fetchJson(url: string, fetchFn: Fetch): Promise<unknown> {
  let res: Response;
  try {
    res = await fetchFn(url);
  } catch {
    throw new DataLoadError('the network request failed', url);
  }
  if (!res.ok) throw new DataLoadError(`the server answered ${res.status}`, url);
  try {
    return await res.json();
  } catch {
    throw new DataLoadError('the file is not valid JSON', url);
  }
}

export async function loadGraph(baseUrl: string, fetchFn: Fetch = (u) => fetch(u)): Promise<GraphData> {
  const url = `${baseUrl}${GRAPH_FILE}`;
  const data = (await fetchJson(url, fetchFn)) as Partial<GraphData> | null;
  if (!data || data.format !== 'atlas-graph' || data.version !== 1) {
    throw new DataLoadError('the file is not an Atlas graph (format/version mismatch)', url);
  }
  if (!Array.isArray(data.nodes) || !Array.isArray(data.edges) || !Array.isArray(data.paths) || !data.search) {
    throw new DataLoadError('the graph file is incomplete', url);
  }
  return data as GraphData;
}

export async function loadShard(baseUrl: string, shard: number, fetchFn: Fetch = (u) => fetch(u)): Promise<Map<string, Entity>> {
  const url = `${baseUrl}${shardFile(shard)}`;
  const data = (await fetchJson(url, fetchFn)) as Partial<DetailShard> | null;
  if (!data || typeof data.entities !== 'object' || data.entities === null) {
    throw new DataLoadError('the details file is not an Atlas shard', url);
  }
  return new Map(Object.entries(data.entities));
}
