/**
 * The full-text search documents: one per item a reader can land on (a failure mode, a timeline
 * entry, a parameter, an example, a diagram, a relation's reason, a symptom's check …), plus one
 * per entity overview and one per quick-start path. Each carries its deep link (section and item
 * slug from model/sections.ts, so a result opens exactly where the panel anchors it). Pure; the
 * compiler builds the index from these at build time.
 */
import type { Edge, Entity, QuickPath } from './bundle';
import type { Kind, PanelSection } from './constants';
import { sectionsOf } from './sections';

export interface TextDoc {
  /** Unique within the index: `M2/failure-modes/split-brain-two-primaries`, `path:oncall-stale-reads`. */
  id: string;
  /** The entity the item belongs to; absent for a path. */
  entity?: string;
  path?: string;
  kind: Kind | 'path';
  section?: PanelSection;
  item?: string;
  /** What the item is, for the result line: "Failure mode · Split brain (two primaries)". */
  where: string;
  /** The item's heading (searched with a boost). */
  title: string;
  /** The item's body text (searched, and the source of the result's snippet). */
  text: string;
  /** The owning entity's ID, name and aliases, so "M2 split brain" meets M2's items. */
  owner: string;
}

/** Singular labels for a result line. */
const ITEM_LABEL: Record<PanelSection, string> = {
  overview: 'Overview',
  diagrams: 'Diagram',
  'failure-modes': 'Failure mode',
  production: 'In production',
  relations: 'Relation',
  sources: 'Source',
  timeline: 'Timeline',
  causes: 'Likely cause',
  checks: 'Check',
  mitigations: 'Mitigation',
  migration: 'Migration step',
  parameters: 'Parameter',
};

const join = (...parts: (string | undefined | false | null)[]) => parts.filter(Boolean).join('\n');

export function entityTextDocs(e: Entity, outgoing: readonly Edge[], nameOf: (id: string) => string): TextDoc[] {
  const slugs = new Map(sectionsOf(e).map((s) => [s.id, s.items.map((i) => i.slug)] as const));
  const owner = join(e.id, e.name, ...e.aliases);
  const docs: TextDoc[] = [];
  const add = (section: PanelSection, index: number | undefined, title: string, text: string, where?: string) => {
    const item = index === undefined ? undefined : slugs.get(section)?.[index];
    docs.push({
      id: `${e.id}/${section}${item ? `/${item}` : index !== undefined ? `#${index}` : ''}`,
      entity: e.id,
      kind: e.kind,
      section,
      ...(item ? { item } : {}),
      where: where ?? `${ITEM_LABEL[section]}${title ? ` · ${title}` : ''}`,
      title,
      text,
      owner,
    });
  };

  // Overview: what the entity is and when to use it, with everything the overview states in prose.
  const overview: string[] = [e.summary, ...e.whenToUse, ...e.whenNotToUse, ...e.tags, e.confidenceNote ?? ''];
  if (e.kind === 'mechanism') overview.push(e.category, e.cost ?? '');
  if (e.kind === 'guarantee') overview.push(e.relativeCost.explanation, e.availability?.note ?? '');
  if (e.kind === 'micro-pattern' || e.kind === 'system-pattern') overview.push(e.problem, e.solution, e.costImpact);
  if (e.kind === 'case-study') overview.push(e.organisation, e.system);
  if (e.kind === 'incident') overview.push(e.organisation);
  if (e.kind === 'symptom') overview.push(...e.observed);
  docs.push({ id: `${e.id}/overview`, entity: e.id, kind: e.kind, section: 'overview', where: 'Overview', title: join(e.name, ...e.aliases), text: join(...overview), owner: e.id });

  e.failureModes.forEach((f, i) => add('failure-modes', i, f.name, join(f.description, `Detect: ${f.detection}`, `Mitigate: ${f.mitigation}`)));
  if (e.kind === 'guarantee') {
    const n = e.failureModes.length;
    e.whatBreaksIt.forEach((w, i) => add('failure-modes', n + i, w.split(/[.:;]/)[0]!.slice(0, 60), w));
  }
  if (e.kind === 'mechanism') e.parameters.forEach((p, i) => add('parameters', i, p.name, join(`Typical: ${p.typical}`, p.description)));

  // Production, in the order model/sections.ts numbers its items.
  let prod = 0;
  for (const x of e.examples) {
    const figures = x.figures.map((f) => `${f.metric}: ${f.value} (${f.year})`);
    add('production', prod++, `${x.organisation} ${x.system}`, join(x.description, ...figures));
  }
  if (e.kind === 'guarantee') for (const a of e.incidentAnalysis) add('production', prod++, a.title, a.lesson);
  if (e.kind === 'case-study') for (const m of e.scaleMetrics) add('production', prod++, m.metric, `${m.value} (${m.year})`);
  if (e.kind === 'incident') {
    const impact = join(e.impact.summary, e.impact.duration && `Duration: ${e.impact.duration}`, e.impact.users && `Users: ${e.impact.users}`, e.impact.dataLoss && `Data loss: ${e.impact.dataLoss}`);
    add('production', prod++, 'Impact', impact, 'Impact');
    add('production', prod++, 'Trigger', e.trigger, 'Trigger');
    add('production', prod++, 'Root cause', e.rootCause, 'Root cause');
    add('production', prod++, 'Fix', e.fix, 'Fix');
    add('production', prod++, 'Lessons', join(...e.lessons), 'Lessons');
    e.timeline.forEach((t, i) => add('timeline', i, t.time, t.event));
  }
  if ((e.kind === 'micro-pattern' || e.kind === 'system-pattern') && e.migration) {
    const { from, to } = e.migration;
    e.migration.steps.forEach((s, i) => add('migration', i, '', s, `Migration step ${i + 1} (${from} → ${to})`));
  }
  if (e.kind === 'symptom') {
    e.likelyCauses.forEach((c, i) => {
      const name = `${nameOf(c.entity)}${c.failureMode ? ` — ${c.failureMode}` : ''}`;
      add('causes', i, name, join(c.why, `Confirm: ${c.check}`));
    });
    e.checks.forEach((c, i) => add('checks', i, c.system, join(c.command, c.expect)));
    const m = [...e.mitigations.immediate.map((t) => ['Now', t]), ...e.mitigations.durable.map((t) => ['Durable fix', t])];
    m.forEach(([when, t], i) => add('mitigations', i, '', t!, `Mitigation · ${when}`));
  }
  e.diagrams.forEach((d, i) => add('diagrams', i, d.title, d.shows ?? ''));
  // One document for all of an entity's relation reasons (the section has no items), which keeps
  // the index small: there are several times more relations than entities.
  const reasons = outgoing.filter((r) => r.why).map((r) => `${r.type} ${r.target} ${nameOf(r.target)}: ${r.why}`);
  if (reasons.length) add('relations', undefined, '', join(...reasons), 'Relations');
  return docs;
}

export function pathTextDoc(p: QuickPath, nameOf: (id: string) => string): TextDoc {
  return {
    id: `path:${p.id}`,
    path: p.id,
    kind: 'path',
    where: `Path · ${p.title}`,
    title: p.title,
    text: join(p.description, ...p.steps.map((s) => `${s.verb} ${nameOf(s.entity)}: ${s.why}`)),
    owner: p.id,
  };
}

/** Every document of a data set: entities in bundle order, then paths. */
export function allTextDocs(entities: readonly Entity[], edges: readonly Edge[], paths: readonly QuickPath[]): TextDoc[] {
  const names = new Map(entities.map((e) => [e.id, e.name] as const));
  const nameOf = (id: string) => names.get(id) ?? id;
  const out = new Map<string, Edge[]>();
  for (const edge of edges) {
    const list = out.get(edge.source);
    if (list) list.push(edge);
    else out.set(edge.source, [edge]);
  }
  const docs = entities.flatMap((e) => entityTextDocs(e, out.get(e.id) ?? [], nameOf));
  for (const p of paths) docs.push(pathTextDoc(p, nameOf));
  return docs;
}
