/**
 * The one schema of an Atlas data file. The compiler validates YAML with it,
 * the app takes its types from it (type-only imports, so zod never reaches the
 * browser bundle), and `npm run schema:json` turns it into the JSON Schema that
 * editors use to autocomplete `data/**\/*.yaml`.
 */
import { z } from 'zod';
import {
  AVAILABILITY,
  COMPLEXITY,
  CONFIDENCE,
  DIAGRAM_TYPES,
  DOMAINS,
  FAMILIES,
  MATURITY,
  PANEL_SECTIONS,
  PATH_VERBS,
  RELATION_TYPES,
} from './constants';

export * from './constants';

export const LIMITS = {
  name: 120,
  shortText: 300,
  text: 4000,
  url: 2000,
  listItems: 60,
  diagramSource: 50_000,
  diagramEdges: 500,
  diagramsPerEntity: 12,
  relations: 200,
} as const;

// Bidi overrides/isolates, C0/C1 controls (tab and newline allowed in prose) and zero-width characters.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

/** Text from a contributor: bounded, non-blank, and free of invisible or direction-changing characters. */
export const text = (max: number = LIMITS.text) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !UNSAFE_CHARS.test(s), 'contains control, zero-width or bidi characters');

const shortText = () => text(LIMITS.shortText);
const list = <T extends z.ZodType>(item: T, max: number = LIMITS.listItems) =>
  z.array(item).max(max, `must have at most ${max} items`);

export const httpUrl = z
  .string()
  .max(LIMITS.url)
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'https:' || u.protocol === 'http:') && s === s.trim();
    } catch {
      return false;
    }
  }, 'must be an absolute http(s) URL');

/** A year can be in the past only; checked as a refinement so the generated JSON Schema does not change every January. */
export const year = z
  .number()
  .int('must be a whole year')
  .min(1960, 'must be 1960 or later')
  .refine((y) => y <= new Date().getUTCFullYear(), { message: 'must not be in the future' });

export const sourceSchema = z.strictObject({
  url: httpUrl,
  title: shortText(),
  year,
  publisher: shortText().optional(),
  /** A web.archive.org copy, for pages that have moved or gone (link rot). */
  archived: httpUrl
    .refine((s) => /^https:\/\/web\.archive\.org\//.test(s), 'must be a https://web.archive.org/ URL')
    .optional(),
});

/** A number from production, always with the year it was true and where it was published. */
export const figureSchema = z.strictObject({
  metric: shortText(),
  value: shortText(),
  year,
  source: httpUrl,
});

export const exampleSchema = z.strictObject({
  system: shortText(),
  organisation: shortText(),
  description: text(),
  figures: list(figureSchema).default([]),
  source: httpUrl.optional(),
  year: year.optional(),
});


export const diagramSchema = z.strictObject({
  title: shortText(),
  type: z.enum(DIAGRAM_TYPES),
  shows: text(1000).optional(),
  source: z
    .string()
    .min(1, 'must not be empty')
    .max(LIMITS.diagramSource, `must be at most ${LIMITS.diagramSource} characters (mermaid's limit)`),
});

export const relationSchema = z.strictObject({
  type: z.enum(RELATION_TYPES),
  to: z.string().min(1, 'must name an entity').max(64),
  why: text(600).optional(),
});

export const failureModeSchema = z.strictObject({
  name: shortText(),
  description: text(),
  detection: text(),
  mitigation: text(),
});


const common = {
  id: z.string(),
  name: text(LIMITS.name),
  aliases: list(text(LIMITS.name), 20).default([]),
  summary: text(2000),
  whenToUse: list(text(600), 12).default([]),
  whenNotToUse: list(text(600), 12).default([]),
  confidence: z.enum(CONFIDENCE),
  confidenceNote: text(600).optional(),
  maturity: z.enum(MATURITY),
  tags: list(text(60), 30).default([]),
  sources: list(sourceSchema).min(1, 'needs at least one public source'),
  relations: list(relationSchema, LIMITS.relations).default([]),
  examples: list(exampleSchema).default([]),
  diagrams: list(diagramSchema, LIMITS.diagramsPerEntity).default([]),
  failureModes: list(failureModeSchema).default([]),
  /**
   * True for entities beyond the framework index (new mechanisms such as staged rollout, the
   * transactional models of the consistency map, symptoms): shown as a badge and filterable.
   */
  extension: z.boolean().default(false),
};

export const guaranteeSchema = z.strictObject({
  ...common,
  family: z.enum(FAMILIES).optional(),
  category: z.enum(['consistency', 'session', 'delivery', 'availability', 'durability', 'ordering', 'isolation', 'partitioning']),
  relativeCost: z.strictObject({ factor: text(40), explanation: text() }),
  whatBreaksIt: list(text(600)).min(1, 'say at least one thing that breaks the guarantee'),
  incidentAnalysis: list(
    z.strictObject({ title: shortText(), year, lesson: text(), source: httpUrl }),
  ).default([]),
  /** Availability under partition, as in Jepsen's consistency map (consistency/session/isolation models). */
  availability: z
    .strictObject({ class: z.enum(AVAILABILITY), note: text(600).optional(), source: httpUrl })
    .optional(),
});

export const mechanismSchema = z.strictObject({
  ...common,
  category: text(40),
  parameters: list(
    z.strictObject({ name: shortText(), typical: shortText(), description: text(), source: httpUrl.optional() }),
  ).default([]),
  cost: text().optional(),
});

const patternFields = {
  problem: text(),
  solution: text(),
  migration: z.strictObject({ from: shortText(), to: shortText(), steps: list(text(600), 20).min(1) }).optional(),
  costImpact: text(600),
  complexity: z.enum(COMPLEXITY),
};

export const microPatternSchema = z.strictObject({ ...common, ...patternFields });
export const systemPatternSchema = z.strictObject({ ...common, ...patternFields });

export const caseStudySchema = z.strictObject({
  ...common,
  organisation: shortText(),
  domain: z.enum(DOMAINS),
  system: text(),
  scaleMetrics: list(figureSchema).default([]),
});

const isoDate = z
  .string()
  .regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date as YYYY-MM-DD');

export const incidentSchema = z.strictObject({
  ...common,
  organisation: shortText(),
  date: isoDate,
  trigger: text(),
  timeline: list(z.strictObject({ time: text(60), event: text(600) }), 80).min(1),
  impact: z.strictObject({
    summary: text(),
    duration: shortText().optional(),
    users: shortText().optional(),
    dataLoss: shortText().optional(),
  }),
  rootCause: text(),
  fix: text(),
  lessons: list(text(600), 20).min(1),
  postmortem: httpUrl,
});

/** What an on-call engineer sees, and where it leads: the entry point "What are you seeing?". */
export const symptomSchema = z.strictObject({
  ...common,
  /** The symptom in several phrasings (metrics, error messages, log lines, user reports), so search finds it. */
  observed: list(text(600), 20).min(2, 'give at least two phrasings of what is observed'),
  likelyCauses: list(
    z.strictObject({
      entity: z.string().min(1, 'must name an entity').max(64),
      /** The name of one of that entity's failure modes, exactly as written there. */
      failureMode: shortText().optional(),
      why: text(1000),
      check: text(1000),
    }),
    20,
  ).min(1, 'name at least one likely cause'),
  checks: list(
    z.strictObject({ system: shortText(), command: text(1000), expect: text(600).optional() }),
    30,
  ).min(1, 'give at least one concrete check'),
  mitigations: z.strictObject({
    immediate: list(text(600), 12).min(1),
    durable: list(text(600), 12).min(1),
  }),
});

export const ENTITY_SCHEMAS = {
  guarantee: guaranteeSchema,
  mechanism: mechanismSchema,
  'micro-pattern': microPatternSchema,
  'system-pattern': systemPatternSchema,
  'case-study': caseStudySchema,
  incident: incidentSchema,
  symptom: symptomSchema,
} as const;



export const pathSchema = z.strictObject({
  id: z.string(),
  title: text(LIMITS.name),
  description: text(1000),
  family: z.enum(FAMILIES).optional(),
  steps: list(
    z.strictObject({
      entity: z.string().min(1).max(64),
      verb: z.enum(PATH_VERBS),
      why: text(300),
      section: z.enum(PANEL_SECTIONS).optional(),
      /** An item of that section, by its slug (`split-brain-two-primaries`) or 1-based position. */
      item: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case slug or a position').max(120).optional(),
    }),
    30,
  ).min(2, 'a path needs at least two steps'),
});

export type Source = z.infer<typeof sourceSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Example = z.infer<typeof exampleSchema>;
export type DiagramSpec = z.infer<typeof diagramSchema>;
export type RelationSpec = z.infer<typeof relationSchema>;
export type FailureMode = z.infer<typeof failureModeSchema>;
export type GuaranteeData = z.infer<typeof guaranteeSchema>;
export type MechanismData = z.infer<typeof mechanismSchema>;
export type MicroPatternData = z.infer<typeof microPatternSchema>;
export type SystemPatternData = z.infer<typeof systemPatternSchema>;
export type CaseStudyData = z.infer<typeof caseStudySchema>;
export type IncidentData = z.infer<typeof incidentSchema>;
export type SymptomData = z.infer<typeof symptomSchema>;
export type PathData = z.infer<typeof pathSchema>;
