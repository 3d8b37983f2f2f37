/**
 * Plain constants of the data model, free of zod so the browser bundle can use
 * them without pulling in the validator. schema.ts builds the schema from them.
 */
export const KINDS = [
  'guarantee',
  'mechanism',
  'micro-pattern',
  'system-pattern',
  'case-study',
  'incident',
  'symptom',
] as const;
export type Kind = (typeof KINDS)[number];

/** Folder under the data directory that holds each kind. */
export const KIND_FOLDERS: Record<Kind, string> = {
  guarantee: 'guarantees',
  mechanism: 'mechanisms',
  'micro-pattern': 'micro-patterns',
  'system-pattern': 'system-patterns',
  'case-study': 'case-studies',
  incident: 'incidents',
  symptom: 'symptoms',
};

/** ID conventions; plain ASCII, so no selector, control, bidi or confusable characters can get in. */
export const ID_PATTERNS: Record<Kind, RegExp> = {
  guarantee: /^G-[A-Z0-9]{2,4}$/,
  mechanism: /^M([1-9]|[1-9][0-9]{1,3})$/,
  'micro-pattern': /^MP([1-9]|[1-9][0-9]{1,3})$/,
  'system-pattern': /^SP([1-9]|[1-9][0-9]{1,3})$/,
  'case-study': /^CS-[A-Z0-9]+(-[A-Z0-9]+){0,3}$/,
  incident: /^INC-[A-Z0-9]+-(19|20)[0-9]{2}(-[A-Z0-9]+){0,4}$/,
  symptom: /^SYM-[A-Z0-9]+(-[A-Z0-9]+){0,7}$/,
};

export const PATH_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+){0,7}$/;

export const RELATION_TYPES = [
  'requires',
  'uses',
  'provides',
  'implies',
  'builds-on',
  'contrasts',
  'violates',
  'involves',
  'affects',
  'indicates',
  'caused-by',
  'seen-in',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

const G: Kind = 'guarantee';
const M: Kind = 'mechanism';
const MP: Kind = 'micro-pattern';
const SP: Kind = 'system-pattern';
const CS: Kind = 'case-study';
const INC: Kind = 'incident';
const SYM: Kind = 'symptom';

/**
 * Which kinds each relation may join (source kinds → target kinds). A typed
 * graph is only useful if "uses" always means the same thing, so the compiler
 * rejects any other combination.
 */
export const RELATION_RULES: Record<RelationType, { from: Kind[]; to: Kind[]; meaning: string }> = {
  requires: { from: [G], to: [M], meaning: 'the guarantee cannot be provided without this mechanism' },
  uses: { from: [M, MP, SP, CS], to: [M, MP, SP], meaning: 'is built with' },
  provides: { from: [M, MP, SP, CS], to: [G], meaning: 'delivers this guarantee to its clients' },
  implies: { from: [G], to: [G], meaning: 'is strictly stronger than; holding it means the target holds too' },
  'builds-on': { from: [G, M, MP, SP], to: [G, M, MP, SP], meaning: 'is composed from, or evolves from' },
  contrasts: { from: [G, M, MP, SP, CS], to: [G, M, MP, SP, CS], meaning: 'is the alternative or trade-off to' },
  violates: { from: [INC], to: [G], meaning: 'broke this guarantee' },
  involves: { from: [INC], to: [M, MP, SP], meaning: 'this mechanism or pattern failed or was central to the failure' },
  affects: { from: [INC], to: [CS], meaning: 'happened in this production system' },
  indicates: { from: [SYM], to: [G], meaning: 'when you see this, this guarantee is at risk' },
  'caused-by': { from: [SYM], to: [M, MP, SP], meaning: 'this mechanism or pattern failing is a likely cause' },
  'seen-in': { from: [SYM], to: [INC], meaning: 'this symptom was observed in this incident' },
};

export const DIAGRAM_TYPES = [
  'how-it-works',
  'failure-recovery',
  'architecture',
  'migration',
  'timeline',
  'comparison',
] as const;

export const CONFIDENCE = ['A', 'B', 'C'] as const;

export const MATURITY = ['battle-tested', 'proven', 'emerging'] as const;

export const FAMILIES = ['strong-consistency', 'event-processing', 'high-availability', 'scalability'] as const;

export const COMPLEXITY = ['low', 'medium', 'high', 'very-high'] as const;

export const DOMAINS = [
  'social-messaging',
  'media',
  'mobility-delivery',
  'commerce-travel',
  'fintech',
  'cloud-edge',
  'data-infrastructure',
] as const;

export const PATH_VERBS = [
  'Read', 'Check', 'Review', 'Plan', 'Validate', 'Identify', 'Apply', 'Prevent',
  'Calculate', 'Compare', 'Reference', 'Present', 'Assess', 'Risk', 'Execute', 'Monitor', 'Learn',
] as const;

/**
 * Sections of an entity page: the public deep-link contract `#/entity/<ID>/<section>[/<item>]`
 * (README, "URL format"). Which sections an entity has, in which order, is decided by
 * src/model/sections.ts.
 */
export const PANEL_SECTIONS = [
  'overview',
  'diagrams',
  'failure-modes',
  'production',
  'relations',
  'sources',
  'timeline',
  'causes',
  'checks',
  'mitigations',
  'migration',
  'parameters',
] as const;

/**
 * How a consistency model behaves under a network partition, as in Jepsen's consistency map:
 * total — every non-faulty node can make progress; sticky — only clients that stay on one
 * node can; unavailable — some nodes must refuse work.
 */
export const AVAILABILITY = ['total', 'sticky', 'unavailable'] as const;
export type Availability = (typeof AVAILABILITY)[number];
export type PanelSection = (typeof PANEL_SECTIONS)[number];
export type Confidence = (typeof CONFIDENCE)[number];
export type Maturity = (typeof MATURITY)[number];
export type Family = (typeof FAMILIES)[number];
export type Domain = (typeof DOMAINS)[number];
