/** Sizes of what a build produced: assets, graph.json, detail shards. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Sizes {
  distAssetsBytes: number;
  distAssetsGzip: number;
  distAssetsFiles: number;
  graphJsonBytes: number;
  graphJsonGzip: number;
  shards: number;
  shardsBytes: number;
}

export function measureSizes(dist: string): Sizes {
  const assets = join(dist, 'assets');
  let bytes = 0;
  let gz = 0;
  const names = readdirSync(assets);
  for (const n of names) {
    const b = readFileSync(join(assets, n));
    bytes += b.length;
    gz += gzipSync(b, { level: 9 }).length;
  }
  const graph = readFileSync(join(dist, 'atlas', 'graph.json'));
  const shardFiles = readdirSync(join(dist, 'atlas')).filter((n) => /^details-\d+\.json$/.test(n));
  return {
    distAssetsBytes: bytes,
    distAssetsGzip: gz,
    distAssetsFiles: names.length,
    graphJsonBytes: graph.length,
    graphJsonGzip: gzipSync(graph, { level: 9 }).length,
    shards: shardFiles.length,
    shardsBytes: shardFiles.reduce((s, n) => s + statSync(join(dist, 'atlas', n)).size, 0),
  };
}
