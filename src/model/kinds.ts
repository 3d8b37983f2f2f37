/** Human labels and ordering for kinds, relation types and facets. Pure data, no styling. */
import type { Kind, RelationType } from './schema';

export const KIND_LABELS: Record<Kind, { one: string; many: string; short: string }> = {
  guarantee: { one: 'Guarantee', many: 'Guarantees', short: 'G' },
  mechanism: { one: 'Mechanism', many: 'Mechanisms', short: 'M' },
  'micro-pattern': { one: 'Micro-pattern', many: 'Micro-patterns', short: 'MP' },
  'system-pattern': { one: 'System pattern', many: 'System patterns', short: 'SP' },
  'case-study': { one: 'Case study', many: 'Case studies', short: 'CS' },
  incident: { one: 'Incident', many: 'Incidents', short: 'INC' },
  symptom: { one: 'Symptom', many: 'Symptoms', short: 'SYM' },
};

/** How an edge reads from each end: "G-LIN requires M5" / "M5 is required by G-LIN". */
export const RELATION_LABELS: Record<RelationType, { forward: string; backward: string }> = {
  requires: { forward: 'Requires', backward: 'Required by' },
  uses: { forward: 'Uses', backward: 'Used by' },
  provides: { forward: 'Provides', backward: 'Provided by' },
  implies: { forward: 'Implies', backward: 'Implied by' },
  'builds-on': { forward: 'Builds on', backward: 'Foundation for' },
  contrasts: { forward: 'Contrasts with', backward: 'Contrasts with' },
  violates: { forward: 'Violates', backward: 'Violated by' },
  involves: { forward: 'Involves', backward: 'Involved in' },
  affects: { forward: 'Affects', backward: 'Incidents' },
  indicates: { forward: 'Puts at risk', backward: 'Signalled by' },
  'caused-by': { forward: 'Likely caused by', backward: 'Shows up as' },
  'seen-in': { forward: 'Seen in', backward: 'Symptoms seen' },
};

export const FAMILY_LABELS = {
  'strong-consistency': 'Strong Consistency',
  'event-processing': 'Event Processing',
  'high-availability': 'High Availability',
  scalability: 'Scalability',
} as const;

export const DOMAIN_LABELS = {
  'social-messaging': 'Social & messaging',
  media: 'Media',
  'mobility-delivery': 'Mobility & delivery',
  'commerce-travel': 'Commerce & travel',
  fintech: 'Fintech',
  'cloud-edge': 'Cloud & edge',
  'data-infrastructure': 'Data & infrastructure',
} as const;

export const MATURITY_LABELS = { 'battle-tested': 'Battle-tested', proven: 'Proven', emerging: 'Emerging' } as const;

export const CONFIDENCE_LABELS = {
  A: 'A — published by the operator',
  B: 'B — strong inference from public sources',
  C: 'C — partial public information',
} as const;
