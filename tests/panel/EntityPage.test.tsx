// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { splitForApp } from '../../compiler/bundle/split';
import { compileData } from '../../compiler/compile';
import type { DetailShard, GraphData } from '../../src/model/app-data';
import { EntityPanelBody } from '../../src/panel/EntityPanel';
import { clearRenderedSvgs } from '../../src/diagram/svg-cache';
import { fixtureDir } from '../compiler/fixture-dir';
import { renderWith, serveShards } from '../components/harness';

vi.mock('../../src/diagram/mermaid', () => ({
  renderDiagram: vi.fn(async () => ({ svg: '<svg viewBox="0 0 100 50"><text>x</text></svg>' })),
}));

const SYMPTOM = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'symptoms', 'SYM-TWO-LEADERS.yaml'), 'utf8');
let graph: GraphData;
let shards: DetailShard[];
let dir: ReturnType<typeof fixtureDir>;
beforeAll(async () => {
  dir = fixtureDir({ 'symptoms/SYM-TWO-LEADERS.yaml': SYMPTOM });
  const r = await compileData(dir.dir, { skipDiagramParse: true });
  if (!r.ok) throw new Error(JSON.stringify(r.problems ?? r, null, 1).slice(0, 2000));
  ({ graph, shards } = JSON.parse(JSON.stringify(splitForApp(r.bundle))));
});
afterAll(() => dir.cleanup());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  clearRenderedSvgs();
});

const tocLabels = () => [...document.querySelectorAll('nav.page-toc > ol > li > a')].map((a) => a.firstChild?.textContent);

describe('entity page', () => {
  it('renders a symptom: causes linking to the exact failure mode, checks, mitigations now then durably', async () => {
    serveShards(shards);
    renderWith(<EntityPanelBody id="SYM-TWO-LEADERS" />, graph);
    const cause = await screen.findByRole('link', { name: /M5 Consensus › Network partition/ });
    expect(cause.getAttribute('href')).toBe('#/entity/M5/failure-modes/network-partition');
    expect(tocLabels().slice(0, 4)).toEqual(['Overview', 'Likely causes', 'Checks', 'Mitigations']);
    expect(screen.getByText('etcdctl endpoint status --cluster -w table').tagName).toBe('CODE');
    const mitigations = document.getElementById('sec-mitigations')!.textContent!;
    expect(mitigations.indexOf('Fence the old leader')).toBeLessThan(mitigations.indexOf('fencing token'));
    expect(document.getElementById('sec-checks--2')).toBeTruthy();
    expect(screen.getByText('Extension')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'archived copy' }).getAttribute('href')).toMatch(/^https:\/\/web\.archive\.org\//);
    expect(screen.getByText('What you may be seeing')).toBeTruthy();
  });

  it('gives every item an anchor with a copy-link button, and marks the deep-linked item', async () => {
    serveShards(shards);
    renderWith(<EntityPanelBody id="M5" target={{ section: 'failure-modes', item: 'network-partition' }} />, graph);
    await waitFor(() => expect(document.getElementById('sec-failure-modes--network-partition')?.classList.contains('is-target')).toBe(true));
    const item = document.getElementById('sec-failure-modes--network-partition')!;
    expect(item.querySelector('button.copy-link')?.getAttribute('aria-label')).toBe('Copy link to Network partition');
    expect(document.getElementById('sec-parameters--election-timeout')).toBeTruthy();
    expect(screen.queryByText(/Showing the top of the page/)).toBeNull();
    // Mechanisms: failure modes come before production examples.
    const labels = tocLabels();
    expect(labels.indexOf('Failure modes')).toBeLessThan(labels.indexOf('In production'));
  });

  it('opens at the top with a not-found note for an unknown section or item', async () => {
    serveShards(shards);
    renderWith(<EntityPanelBody id="M5" target={{ section: 'failure-modes', item: 'no-such-thing' }} />, graph);
    expect(await screen.findByText(/Failure modes has no item “no-such-thing”. Showing the top of the page./)).toBeTruthy();
    expect(document.querySelector('.is-target')).toBeNull();
    cleanup();
    serveShards(shards);
    renderWith(<EntityPanelBody id="M5" target={{ bad: true }} />, graph);
    expect(await screen.findByText(/does not exist. Showing the top/)).toBeTruthy();
  });

  it('shows no maturity badge for incidents', async () => {
    serveShards(shards);
    renderWith(<EntityPanelBody id="INC-EXAMPLE-2020" />, graph);
    await screen.findAllByText(/Fixture impact\./);
    expect(document.querySelector('.maturity-badge')).toBeNull();
    expect(tocLabels()[1]).toBe('Timeline');
  });
});
