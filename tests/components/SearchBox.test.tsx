// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GraphData } from '../../src/model/app-data';
import { SearchBox } from '../../src/search/SearchBox';
import { miniData, renderWith } from './harness';

let graph: GraphData;
beforeAll(async () => {
  graph = (await miniData()).graph;
});
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
});
