/**
 * What the live region says when the view changes: the selected entity, the path step, the
 * table view opened, or that the selection was cleared. Pure: the caller passes a name lookup.
 */
import type { QuickPath } from './bundle';
import { KIND_LABELS } from './kinds';
import { clampStep, findPath } from './paths';
import type { View } from './route';

export interface NodeInfo {
  id: string;
  name: string;
}

const VIEW_TITLES = {
  coverage: 'Coverage dashboard',
  compare: 'Compare',
  why: 'How are these related?',
} as const;

export function announceView(prev: View, next: View, nodeName: (id: string) => NodeInfo | undefined, paths: readonly QuickPath[]): string | null {
  if (sameView(prev, next)) return null;
  const label = (id: string) => {
    const n = nodeName(id);
    return n ? `${n.name} (${n.id})` : id;
  };
  switch (next.name) {
    case 'entity':
      if (prev.name === 'entity' && prev.id === next.id) return null; // only the anchor moved
      return `Selected ${label(next.id)}`;
    case 'path': {
      const p = findPath(paths, next.pathId);
      if (!p) return `No quick-start path is called ${next.pathId}`;
      const step = clampStep(p, next.step);
      const s = p.steps[step - 1];
      return `${p.title}: step ${step} of ${p.steps.length}, ${s.verb} ${label(s.entity)}`;
    }
    case 'matrix':
      return `Opened the matrix of ${KIND_LABELS[next.kind].many.toLowerCase()}`;
    case 'coverage':
    case 'compare':
    case 'why':
      return prev.name === next.name ? null : `Opened ${VIEW_TITLES[next.name]}`;
    case 'home':
      return prev.name === 'entity' || prev.name === 'path' ? 'Selection cleared' : 'Back to the graph';
    case 'invalid':
      return 'This address cannot be shown';
  }
}

function sameView(a: View, b: View): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
