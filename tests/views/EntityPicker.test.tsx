// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GraphData } from '../../src/model/app-data';
import { EntityPicker } from '../../src/views/EntityPicker';
import { miniData, renderWith } from '../components/harness';

let graph: GraphData;
beforeAll(async () => {
  ({ graph } = await miniData());
});
afterEach(cleanup);

describe('EntityPicker', () => {
  it('is a combobox over the search: a name finds the entity, Enter chooses it', () => {
    const onChange = vi.fn();
    renderWith(<EntityPicker label="First" value="" onChange={onChange} />, graph);
    const box = screen.getByRole('combobox', { name: 'First' });
    fireEvent.change(box, { target: { value: 'Consensus' } });
    expect(screen.getByRole('option', { name: /M5/ }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith('M5');
  });

  it('limits the options to one kind, and Esc closes only its list', () => {
    renderWith(<EntityPicker label="Second" value="" kind="guarantee" onChange={() => undefined} />, graph);
    const box = screen.getByRole('combobox', { name: 'Second' });
    fireEvent.change(box, { target: { value: 'M5' } });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['No guarantee matches “M5”.']);
    const esc = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    fireEvent(box, esc);
    expect(esc.defaultPrevented).toBe(true);
    expect(screen.queryByRole('listbox')).toBeNull();
  });
});
