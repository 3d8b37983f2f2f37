/**
 * The sections and items of an entity page, in reading order: the one definition behind the
 * deep links `#/entity/<ID>/<section>[/<item>]`, the panel's table of contents, search
 * results that land on an item, path steps and the compiler's check of those steps. Pure.
 *
 * Items are named by a kebab-case slug of their name, or by their 1-based position where
 * they have none (timeline entries, checks, migration steps).
 */
import type { Entity } from './bundle';
import type { Kind, PanelSection } from './constants';

export interface SectionItem {
  /** Anchor within the section: a slug of the name, or "1", "2", … */
  slug: string;
  label: string;
}

export interface PageSection {
  id: PanelSection;
  label: string;
  items: SectionItem[];
}

export const SECTION_LABELS: Record<PanelSection, string> = {
  overview: 'Overview',
  diagrams: 'Diagrams',
  'failure-modes': 'Failure modes',
  production: 'In production',
  relations: 'Relations',
  sources: 'Sources',
  timeline: 'Timeline',
  causes: 'Likely causes',
  checks: 'Checks',
  mitigations: 'Mitigations',
  migration: 'Migration',
  parameters: 'Parameters',
};

/**
 * Reading order per kind: what an on-call reader needs first comes first (failure modes before
 * production examples for mechanisms; timeline before the diagrams for incidents; causes and
 * checks first for symptoms).
 */
export const SECTION_ORDER: Record<Kind, PanelSection[]> = {
  guarantee: ['overview', 'failure-modes', 'diagrams', 'production', 'relations', 'sources'],
  mechanism: ['overview', 'failure-modes', 'parameters', 'diagrams', 'production', 'relations', 'sources'],
  'micro-pattern': ['overview', 'failure-modes', 'diagrams', 'migration', 'production', 'relations', 'sources'],
  'system-pattern': ['overview', 'failure-modes', 'diagrams', 'migration', 'production', 'relations', 'sources'],
  'case-study': ['overview', 'diagrams', 'production', 'failure-modes', 'relations', 'sources'],
  incident: ['overview', 'timeline', 'diagrams', 'production', 'relations', 'sources'],
  symptom: ['overview', 'causes', 'checks', 'mitigations', 'diagrams', 'relations', 'sources'],
};

/** "Split brain (two primaries)" → "split-brain-two-primaries". ASCII only, never empty. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'item';
}

/** Slugs for named items; a repeated name gets "-2", "-3" so every anchor stays unique. */
function named(names: readonly string[]): SectionItem[] {
  const seen = new Map<string, number>();
  return names.map((label) => {
    const base = slugify(label);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { slug: n === 1 ? base : `${base}-${n}`, label };
  });
}

const numbered = (labels: readonly string[]): SectionItem[] => labels.map((label, i) => ({ slug: String(i + 1), label }));

function itemsOf(e: Entity, section: PanelSection): SectionItem[] {
  switch (section) {
    case 'diagrams':
      return named(e.diagrams.map((d) => d.title));
    case 'failure-modes': {
      const breaks = e.kind === 'guarantee' ? e.whatBreaksIt.map((w) => w.split(/[.:;]/)[0]!.slice(0, 60)) : [];
      return named([...e.failureModes.map((f) => f.name), ...breaks]);
    }
    case 'production': {
      const names = e.examples.map((x) => `${x.organisation} ${x.system}`);
      if (e.kind === 'guarantee') names.push(...e.incidentAnalysis.map((a) => a.title));
      if (e.kind === 'case-study') names.push(...e.scaleMetrics.map((m) => m.metric));
      if (e.kind === 'incident') names.push('Impact', 'Trigger', 'Root cause', 'Fix', 'Lessons');
      return named(names);
    }
    case 'parameters':
      return e.kind === 'mechanism' ? named(e.parameters.map((p) => p.name)) : [];
    case 'migration':
      return (e.kind === 'micro-pattern' || e.kind === 'system-pattern') && e.migration ? numbered(e.migration.steps) : [];
    case 'timeline':
      return e.kind === 'incident' ? numbered(e.timeline.map((t) => `${t.time} ${t.event}`)) : [];
    case 'causes':
      return e.kind === 'symptom' ? named(e.likelyCauses.map((c) => (c.failureMode ? `${c.entity} ${c.failureMode}` : c.entity))) : [];
    case 'checks':
      return e.kind === 'symptom' ? numbered(e.checks.map((c) => `${c.system}: ${c.command}`)) : [];
    case 'mitigations':
      return e.kind === 'symptom'
        ? numbered([...e.mitigations.immediate.map((m) => `Now: ${m}`), ...e.mitigations.durable.map((m) => `Durable: ${m}`)])
        : [];
    case 'sources':
      return numbered(e.sources.map((s) => s.title));
    case 'overview':
    case 'relations':
      return [];
  }
}

/** Whether a section has anything to show for this entity. */
function present(e: Entity, section: PanelSection, items: SectionItem[]): boolean {
  // Overview, production details and relations are always on the page (they say so when empty).
  if (section === 'overview' || section === 'relations' || section === 'production') return true;
  return items.length > 0 || (section === 'failure-modes' && e.kind === 'guarantee');
}

/** The sections an entity's page shows, in reading order, each with its items. */
export function sectionsOf(e: Entity): PageSection[] {
  const out: PageSection[] = [];
  for (const id of SECTION_ORDER[e.kind]) {
    const items = itemsOf(e, id);
    if (present(e, id, items)) out.push({ id, label: SECTION_LABELS[id], items });
  }
  return out;
}

export type Anchor = { section: PageSection; item?: SectionItem };

/** Resolves a deep link's section and item; undefined when either does not exist on this entity. */
export function findAnchor(e: Entity, section: string, item?: string): Anchor | undefined {
  const s = sectionsOf(e).find((x) => x.id === section);
  if (!s) return undefined;
  if (item === undefined) return { section: s };
  const it = s.items.find((x) => x.slug === item);
  return it ? { section: s, item: it } : undefined;
}

/** The DOM id of an anchor in the panel: `sec-failure-modes` or `sec-failure-modes--split-brain`. */
export function anchorDomId(section: string, item?: string): string {
  return item === undefined ? `sec-${section}` : `sec-${section}--${item}`;
}
