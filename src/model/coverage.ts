/** Coverage dashboard numbers: where the content is thin, for contributors. Pure. */
import type { Edge, Entity } from './bundle';
import { CONFIDENCE, KINDS, type Confidence, type Kind } from './constants';

export interface Coverage {
  perKind: { kind: Kind; entities: number; diagrams: number; minDiagrams: number }[];
  confidence: Record<Confidence, number>;
  missingSources: string[];
  missingDiagrams: string[];
  /** Core entities below the two-diagram bar (how it works + how it fails). */
  belowTwoDiagrams: string[];
  /** Guarantees and mechanisms no incident points at. */
  withoutIncidents: string[];
  /** Case studies without scale metrics, and entities without production examples or figures. */
  withoutFigures: string[];
  totalDiagrams: number;
  totalEdges: number;
}

const CORE: Kind[] = ['guarantee', 'mechanism', 'micro-pattern', 'system-pattern'];

export function computeCoverage(entities: readonly Entity[], edges: readonly Edge[]): Coverage {
  const incidentTargets = new Set(edges.filter((e) => e.type === 'violates' || e.type === 'involves').map((e) => e.target));
  const confidence = Object.fromEntries(CONFIDENCE.map((c) => [c, 0])) as Record<Confidence, number>;
  for (const e of entities) confidence[e.confidence]++;
  const figures = (e: Entity) => e.examples.reduce((n, x) => n + x.figures.length, 0) + (e.kind === 'case-study' ? e.scaleMetrics.length : 0);
  return {
    perKind: KINDS.map((kind) => {
      const of = entities.filter((e) => e.kind === kind);
      return {
        kind,
        entities: of.length,
        diagrams: of.reduce((n, e) => n + e.diagrams.length, 0),
        minDiagrams: of.length ? Math.min(...of.map((e) => e.diagrams.length)) : 0,
      };
    }),
    confidence,
    missingSources: entities.filter((e) => e.sources.length === 0).map((e) => e.id),
    missingDiagrams: entities.filter((e) => e.diagrams.length === 0).map((e) => e.id),
    belowTwoDiagrams: entities.filter((e) => CORE.includes(e.kind) && e.diagrams.length < 2).map((e) => e.id),
    withoutIncidents: entities.filter((e) => (e.kind === 'guarantee' || e.kind === 'mechanism') && !incidentTargets.has(e.id)).map((e) => e.id),
    withoutFigures: entities.filter((e) => e.kind !== 'incident' && figures(e) === 0).map((e) => e.id),
    totalDiagrams: entities.reduce((n, e) => n + e.diagrams.length, 0),
    totalEdges: edges.length,
  };
}
