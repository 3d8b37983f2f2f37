import { describe, expect, it } from 'vitest';
import { announceView } from '../../src/model/announce';
import type { QuickPath } from '../../src/model/bundle';

const names = new Map([
  ['G-LIN', { id: 'G-LIN', name: 'Linearizability' }],
  ['M5', { id: 'M5', name: 'Consensus' }],
]);
const lookup = (id: string) => names.get(id);
const paths = [{ id: 'p', title: 'Learn consensus', description: '', steps: [{ entity: 'G-LIN', verb: 'Read', why: '' }, { entity: 'M5', verb: 'Check', why: '' }] }] as unknown as QuickPath[];

describe('live announcements', () => {
  it('names the selected entity', () => {
    expect(announceView({ name: 'home' }, { name: 'entity', id: 'G-LIN' }, lookup, paths)).toBe('Selected Linearizability (G-LIN)');
  });
  it('stays quiet when only the anchor in the same entity moved', () => {
    expect(announceView({ name: 'entity', id: 'G-LIN' }, { name: 'entity', id: 'G-LIN', section: 'sources' }, lookup, paths)).toBeNull();
  });
  it('says the path step and its entity', () => {
    expect(announceView({ name: 'path', pathId: 'p', step: 1 }, { name: 'path', pathId: 'p', step: 2 }, lookup, paths)).toBe('Learn consensus: step 2 of 2, Check Consensus (M5)');
  });
  it('says which view opened, and when the selection is cleared', () => {
    expect(announceView({ name: 'home' }, { name: 'matrix', kind: 'mechanism' }, lookup, paths)).toBe('Opened the matrix of mechanisms');
    expect(announceView({ name: 'home' }, { name: 'coverage' }, lookup, paths)).toBe('Opened Coverage dashboard');
    expect(announceView({ name: 'entity', id: 'M5' }, { name: 'home' }, lookup, paths)).toBe('Selection cleared');
  });
});
