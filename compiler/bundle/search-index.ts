/**
 * Precompiles the full-text search index at build time, so the app never indexes on the
 * first-paint path: it fetches this file when idle (model/fulltext.ts).
 */
import type { AtlasBundle } from '../../src/model/bundle.ts';
import { allTextDocs } from '../../src/model/fulltext-docs.ts';
import { buildFullTextIndex, type SearchIndexFile } from '../../src/model/fulltext.ts';

export function buildSearchIndex(bundle: AtlasBundle): SearchIndexFile {
  return buildFullTextIndex(allTextDocs(bundle.entities, bundle.edges, bundle.paths));
}
