// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GraphData } from '../../src/model/app-data';
import { SearchBox } from '../../src/search/SearchBox';
import { miniData, renderWith } from './harness';
import { compileData } from '../../compiler/compile';
import { buildSearchIndex } from '../../compiler/bundle/search-index';
import { createSearcher } from '../../src/model/search';
import type { AtlasBundle } from '../../src/model/bundle';
import type { SearchIndexFile } from '../../src/model/fulltext';
import { MINI } from '../compiler/fixture-dir';
import { FIXTURE_SYMPTOMS } from '../fixtures/search-symptoms';

let graph: GraphData;
/** The mini fixture plus two symptoms, with its full-text index, as the compiler would write them. */
let withSymptoms: { graph: GraphData; index: SearchIndexFile };
beforeAll(async () => {
  graph = (await miniData()).graph;
  const r = await compileData(MINI, { skipDiagramParse: true });
  if (!r.ok) throw new Error('mini fixture invalid');
  const bundle: AtlasBundle = { ...r.bundle, entities: [...r.bundle.entities, ...FIXTURE_SYMPTOMS] };
  const nodes = [...graph.nodes, ...FIXTURE_SYMPTOMS.map((e, i) => ({ id: e.id, kind: e.kind, name: e.name, confidence: e.confidence, maturity: e.maturity, degree: 0, x: i, y: i, shard: 0 }))];
  const docs = [...graph.search.docs, ...FIXTURE_SYMPTOMS.map((e) => ({ id: e.id, kind: e.kind, name: e.name, aliases: [], orgs: [], systems: [], tags: e.tags }))];
  withSymptoms = { graph: { ...graph, nodes, search: { docs } }, index: JSON.parse(JSON.stringify(buildSearchIndex(bundle))) };
});

function renderWithFullText() {
  const searcher = createSearcher(withSymptoms.graph.search.docs, { loadFullText: async () => withSymptoms.index });
  return renderWith(<SearchBox />, withSymptoms.graph, undefined, searcher);
}
afterEach(cleanup);

describe('SearchBox', () => {
  it('is a combobox named "Search" that lists ranked results with badges', async () => {
    renderWith(<SearchBox />, graph);
    const box = screen.getByRole('combobox', { name: 'Search' });
    fireEvent.change(box, { target: { value: 'g-lin' } });
    const options = await screen.findAllByRole('option');
    expect(options[0].getAttribute('data-id')).toBe('G-LIN');
    expect(within(options[0]).getByText('G', { selector: '.badge' })).toBeTruthy();
    expect(options[0].querySelector('mark')?.textContent).toBe('G-LIN');
  });

  it('moves with arrow keys and opens the chosen entity with Enter', async () => {
    const { store } = renderWith(<SearchBox />, graph);
    const box = screen.getByRole('combobox', { name: 'Search' });
    fireEvent.change(box, { target: { value: 'netflx' } });
    await screen.findAllByRole('option');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(store.getState().view).toEqual({ name: 'entity', id: 'CS-NETFLIX' });
  });

  it('says so when nothing matches, and caps the query length', async () => {
    renderWith(<SearchBox />, graph);
    const box = screen.getByRole('combobox', { name: 'Search' }) as HTMLInputElement;
    expect(box.maxLength).toBe(64);
    fireEvent.change(box, { target: { value: 'zzzzqqqq' } });
    expect(await screen.findByText(/No match for/)).toBeTruthy();
  });

  it('shows HTML typed into the box as text', async () => {
    renderWith(<SearchBox />, graph);
    const box = screen.getByRole('combobox', { name: 'Search' });
    fireEvent.change(box, { target: { value: '<img src=x onerror=alert(1)>' } });
    expect(document.querySelector('.search-results img')).toBeNull();
  });

  it('lists items with where they are and a snippet, and Enter opens the entity at that item', async () => {
    const { store } = renderWithFullText();
    const box = screen.getByRole('combobox', { name: 'Search' });
    fireEvent.focus(box); // starts loading the full-text index
    fireEvent.change(box, { target: { value: 'pg_is_in_recovery' } });
    const option = await screen.findByRole('option', { name: /Check · PostgreSQL/ });
    expect(option.getAttribute('data-entity')).toBe('SYM-STALE-READS-AFTER-FAILOVER');
    expect([...option.querySelectorAll('mark')].map((m) => m.textContent)).toContain('pg_is_in_recovery');
    const index = screen.getAllByRole('option').indexOf(option);
    for (let i = 0; i < index; i++) fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(store.getState().view).toEqual({ name: 'entity', id: 'SYM-STALE-READS-AFTER-FAILOVER', section: 'checks', item: '1' });
  });

  it('finds paths by their text and starts them', async () => {
    const { store } = renderWithFullText();
    const box = screen.getByRole('combobox', { name: 'Search' });
    fireEvent.focus(box);
    const path = withSymptoms.graph.paths[0]!;
    fireEvent.change(box, { target: { value: path.title } });
    const option = await screen.findByRole('option', { name: new RegExp(`Path.*${path.title}`) });
    expect(option.getAttribute('data-path')).toBe(path.id);
    fireEvent.click(option);
    expect(store.getState().view).toEqual({ name: 'path', pathId: path.id, step: 1 });
  });

  it('offers "What are you seeing?" with the symptoms when focused and empty', async () => {
    const { store } = renderWithFullText();
    const box = screen.getByRole('combobox', { name: 'Search' });
    fireEvent.focus(box);
    const list = await screen.findByRole('listbox', { name: 'What are you seeing?' });
    const ids = within(list).getAllByRole('option').map((o) => o.getAttribute('data-entity'));
    expect(ids).toEqual(['SYM-CONSUMER-LAG-GROWING', 'SYM-STALE-READS-AFTER-FAILOVER']);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(store.getState().view).toEqual({ name: 'entity', id: 'SYM-CONSUMER-LAG-GROWING' });
  });

  it('shows no symptom list when the atlas has no symptoms', () => {
    renderWith(<SearchBox />, graph);
    fireEvent.focus(screen.getByRole('combobox', { name: 'Search' }));
    expect(screen.queryByRole('listbox')).toBeNull();
  });
});
