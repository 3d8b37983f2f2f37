/**
 * The compiled bundle: the one artefact the compiler writes and the app reads.
 * Documented in README ("Bundle format"); change both together.
 */
import type {
  CaseStudyData,
  GuaranteeData,
  IncidentData,
  Kind,
  MechanismData,
  MicroPatternData,
  PathData,
  RelationType,
  SymptomData,
  SystemPatternData,
} from './schema';

type Compiled<T, K extends Kind> = Omit<T, 'relations'> & { kind: K; /** source file, relative to the data directory */ file: string };

export type Guarantee = Compiled<GuaranteeData, 'guarantee'>;
export type Mechanism = Compiled<MechanismData, 'mechanism'>;
export type MicroPattern = Compiled<MicroPatternData, 'micro-pattern'>;
export type SystemPattern = Compiled<SystemPatternData, 'system-pattern'>;
export type CaseStudy = Compiled<CaseStudyData, 'case-study'>;
export type Incident = Compiled<IncidentData, 'incident'>;
export type Symptom = Compiled<SymptomData, 'symptom'>;
export type Entity = Guarantee | Mechanism | MicroPattern | SystemPattern | CaseStudy | Incident | Symptom;
export type Pattern = MicroPattern | SystemPattern;

export interface Edge {
  source: string;
  target: string;
  type: RelationType;
  why?: string;
}

export type QuickPath = PathData;

export const BUNDLE_FORMAT = 'atlas-bundle';
export const BUNDLE_VERSION = 1;

export interface AtlasBundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  /** Counts per kind, for a quick look without loading everything. */
  counts: Record<Kind, number> & { edges: number; paths: number; diagrams: number };
  entities: Entity[];
  edges: Edge[];
  paths: QuickPath[];
  /** Precomputed force-directed positions: first paint needs no layout. */
  layout: Record<string, [number, number]>;
}
