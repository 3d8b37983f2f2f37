// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DetailShard, GraphData } from '../../src/model/app-data';
import { EntityPanelBody } from '../../src/panel/EntityPanel';
import { renderDiagram } from '../../src/diagram/mermaid';
import { clearRenderedSvgs } from '../../src/diagram/svg-cache';
import { miniData, renderWith, serveShards } from './harness';

// Mermaid is mocked at its one module: the panel's behaviour is under test, not mermaid's.
vi.mock('../../src/diagram/mermaid', () => ({
  renderDiagram: vi.fn(async (source: string) => {
    if (source.includes('Leader (etcd)')) throw new Error('Parse error on line 2');
    return { svg: `<svg data-testid="svg"><text>${source.length}</text></svg>` };
  }),
}));

let graph: GraphData;
let shards: DetailShard[];
beforeAll(async () => {
  ({ graph, shards } = await miniData());
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  clearRenderedSvgs();
});

describe('EntityPanel', () => {
  it('uses the entity name as heading and shows ID, kind, confidence and maturity', async () => {
    serveShards(shards);
    renderWith(<EntityPanelBody id="G-LIN" />, graph);
    expect(screen.getByRole('heading', { level: 2, name: 'Linearizability' })).toBeTruthy();
    expect(screen.getByText('G-LIN')).toBeTruthy();
    expect(screen.getByText('Confidence A')).toBeTruthy();
    expect(await screen.findByText(/Every operation appears/)).toBeTruthy();
  });

  it('renders diagrams, and isolates a failing one in an inert error card with its source', async () => {
    serveShards(shards);
    renderWith(<EntityPanelBody id="G-LIN" />, graph);
    await waitFor(() => expect(document.querySelectorAll('figure.diagram[data-status="ok"]').length).toBe(1));
    const error = await screen.findByRole('alert');
    expect(error.textContent).toContain('could not be rendered');
    expect(error.querySelector('pre')?.textContent).toContain('Leader (etcd)');
    expect(document.querySelector('#sec-relations')).toBeTruthy();
  });

  it('shows diagrams it has rendered before at once, without running mermaid again', async () => {
    serveShards(shards);
    renderWith(<EntityPanelBody id="G-LIN" />, graph);
    await waitFor(() => expect(document.querySelectorAll('figure.diagram[data-status="ok"]').length).toBe(1));
    // Both renders settled (the ok one and the failing one) before counting, so no call lands late.
    await screen.findByRole('alert');
    const calls = vi.mocked(renderDiagram).mock.calls.length;
    cleanup();
    serveShards(shards);
    renderWith(<EntityPanelBody id="G-LIN" />, graph);
    // "At once": the diagram is ready in the very render that shows the details (no "Rendering…"
    // in between). The status is part of that render; the SVG is inserted in its layout effect.
    await screen.findByText(/Every operation appears/);
    // (The failing diagram is rendering again: errors are not cached.)
    expect(document.querySelectorAll('figure.diagram[data-status="ok"]').length).toBe(1);
    await waitFor(() => expect(document.querySelector('figure.diagram[data-status="ok"] svg')).toBeTruthy());
    // Only the failing diagram (errors are not cached) is rendered again.
    await screen.findByRole('alert');
    expect(vi.mocked(renderDiagram).mock.calls.length).toBe(calls + 1);
  });

  it('lists relations in both directions as links that select the entity', async () => {
    serveShards(shards);
    renderWith(<EntityPanelBody id="M5" />, graph);
    const requiredBy = await screen.findByRole('heading', { name: /Required by/ });
    expect(requiredBy).toBeTruthy();
    const link = screen.getAllByRole('link').find((a) => a.getAttribute('href') === '#/entity/G-LIN');
    expect(link).toBeTruthy();
  });

  it('shows a not-found note for unknown IDs, and a retry when details fail to load', async () => {
    renderWith(<EntityPanelBody id="__proto__" />, graph);
    expect(screen.getByRole('heading', { name: 'Not found' })).toBeTruthy();
    cleanup();
    const fetchMock = serveShards([]);
    renderWith(<EntityPanelBody id="M5" />, graph);
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeTruthy();
    expect(fetchMock).toHaveBeenCalled();
  });

  it('renders HTML in text fields literally and only http(s) links', async () => {
    const hostile = JSON.parse(JSON.stringify(shards)) as DetailShard[];
    const e = hostile[0].entities['G-LIN'];
    e.summary = '<img src=x onerror="window.__pwned=1">';
    e.sources = [{ url: 'javascript:alert(1)', title: 'bad', year: 2020 }];
    serveShards(hostile);
    renderWith(<EntityPanelBody id="G-LIN" />, graph);
    expect(await screen.findByText('<img src=x onerror="window.__pwned=1">')).toBeTruthy();
    expect(document.querySelector('.panel-body img')).toBeNull();
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
  });
});
