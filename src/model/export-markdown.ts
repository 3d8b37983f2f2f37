/**
 * An entity as a Markdown document that renders as-is on GitHub, Obsidian and MkDocs: YAML front
 * matter (id, kind, confidence …), one `##` heading per section of its page in the page's order
 * (sectionsOf), one `###` heading per named item, diagrams as ```mermaid blocks, sources as links.
 * Pure.
 *
 * Text from the data is escaped so it stays text everywhere: only backslash escapes that
 * CommonMark and Python-Markdown (MkDocs) both understand, and `&lt;` for `<`, so nothing in the
 * data becomes HTML, a link or emphasis.
 */
import type { Entity } from './bundle';
import { CONFIDENCE_LABELS, DOMAIN_LABELS, FAMILY_LABELS, KIND_LABELS, MATURITY_LABELS } from './kinds';
import type { Example, Source } from './schema';
import { sectionsOf, type PageSection } from './sections';

export interface MarkdownRelationGroup {
  label: string;
  items: { id: string; name: string; why?: string }[];
}

export interface MarkdownOptions {
  /** The entity's relations, grouped as on its page (relationGroups). */
  relations?: readonly MarkdownRelationGroup[];
  /** Where another entity lives (the app's deep link); without it, related entities are plain text. */
  entityUrl?(id: string): string;
}

export const markdownFileName = (e: Entity) => `${e.id}.md`;

export function entityToMarkdown(e: Entity, options: MarkdownOptions = {}): string {
  const blocks: string[] = [frontMatter(e), `# ${heading(e.name)}`, badges(e)];
  for (const section of sectionsOf(e)) {
    blocks.push(`## ${heading(section.label)}`);
    const body = sectionBody(e, section, options);
    blocks.push(...(body.length ? body : ['*None recorded.*']));
  }
  return `${blocks.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Escaping

/** One line of prose: whitespace folded, Markdown and HTML syntax escaped. */
export function inline(text: string): string {
  let s = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;');
  // What would start a block at the beginning of a line: heading, quote, list, rule.
  s = s.replace(/^([#>+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  return s;
}

/** A heading: as inline, and a trailing `#` would be read as a closing sequence. */
const heading = (text: string) => inline(text).replace(/#$/, '\\#');

/** Prose that may hold paragraphs (blank lines in YAML block scalars). */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map(inline)
    .filter(Boolean);
}

/** A code span that holds any text, whatever backticks it contains. */
export function code(text: string): string {
  const s = text.replace(/\s*\n\s*/g, ' ');
  const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}

/** A fenced block that no line of its content can close early. */
export function fenced(lang: string, content: string): string {
  const longest = Math.max(0, ...[...content.matchAll(/^\s*(`{3,})/gm)].map((m) => m[1]!.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${content.replace(/\s+$/, '')}\n${fence}`;
}

/** URLs are validated http(s) by the schema; these characters would end a Markdown link early. */
const linkTarget = (url: string) => url.replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
export const link = (text: string, url: string) => `[${inline(text)}](${linkTarget(url)})`;

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

const yamlString = (s: string) => JSON.stringify(s.replace(/\s+/g, ' ').trim());
const bullets = (items: readonly string[]) => items.map((x) => `- ${x}`).join('\n');
const numbered = (items: readonly string[]) => items.map((x, i) => `${i + 1}. ${x}`).join('\n');
const labelled = (label: string, items: readonly string[]) => (items.length ? [`**${label}**`, bullets(items.map(inline))] : []);
const fact = (term: string, value: string) => `- **${term}:** ${value}`;

// ---------------------------------------------------------------------------------------------
// Document parts

function frontMatter(e: Entity): string {
  const lines = [
    '---',
    `id: ${yamlString(e.id)}`,
    `title: ${yamlString(e.name)}`,
    `kind: ${e.kind}`,
    `confidence: ${e.confidence}`,
    `maturity: ${e.maturity}`,
  ];
  if (e.extension) lines.push('extension: true');
  if (e.aliases.length) lines.push('aliases:', ...e.aliases.map((a) => `  - ${yamlString(a)}`));
  // Obsidian tags cannot hold spaces.
  const tags = e.tags.map((t) => t.trim().replace(/\s+/g, '-')).filter(Boolean);
  if (tags.length) lines.push('tags:', ...tags.map((t) => `  - ${yamlString(t)}`));
  lines.push('---');
  return lines.join('\n');
}

function badges(e: Entity): string {
  const parts = [`**${inline(e.id)}**`, KIND_LABELS[e.kind].one, `Confidence ${CONFIDENCE_LABELS[e.confidence]}`, MATURITY_LABELS[e.maturity]];
  if (e.extension) parts.push('Extension');
  return parts.map((p, i) => (i === 0 ? p : inline(p))).join(' · ');
}

function sectionBody(e: Entity, section: PageSection, o: MarkdownOptions): string[] {
  switch (section.id) {
    case 'overview':
      return overview(e);
    case 'failure-modes':
      return failureModes(e);
    case 'diagrams':
      return e.diagrams.flatMap((d) => [
        `### ${heading(d.title)}`,
        `*${inline(d.type.replace(/-/g, ' '))}*`,
        ...(d.shows ? paragraphs(d.shows) : []),
        fenced('mermaid', d.source),
      ]);
    case 'production':
      return production(e);
    case 'parameters':
      return e.kind === 'mechanism'
        ? e.parameters.flatMap((p) => [
            `### ${heading(p.name)}`,
            `**Typical:** ${inline(p.typical)}`,
            ...paragraphs(p.description),
            ...(p.source ? [`Source: ${link(hostOf(p.source), p.source)}`] : []),
          ])
        : [];
    case 'migration':
      return (e.kind === 'micro-pattern' || e.kind === 'system-pattern') && e.migration
        ? [`From **${inline(e.migration.from)}** to **${inline(e.migration.to)}**:`, numbered(e.migration.steps.map(inline))]
        : [];
    case 'timeline':
      return e.kind === 'incident' ? [numbered(e.timeline.map((t) => `**${inline(t.time)}** — ${inline(t.event)}`))] : [];
    case 'causes':
      return e.kind === 'symptom'
        ? e.likelyCauses.flatMap((c, i) => [
            `### ${heading(section.items[i]!.label)}`,
            `Entity: ${entityRef(c.entity, o)}${c.failureMode ? `, failure mode “${inline(c.failureMode)}”` : ''}`,
            ...paragraphs(c.why),
            `**Check:** ${inline(c.check)}`,
          ])
        : [];
    case 'checks':
      return e.kind === 'symptom'
        ? e.checks.flatMap((c, i) => [
            `**${i + 1}. ${inline(c.system)}**`,
            fenced('sh', c.command),
            ...(c.expect ? [`Expect: ${inline(c.expect)}`] : []),
          ])
        : [];
    case 'mitigations':
      return e.kind === 'symptom'
        ? [numbered([...e.mitigations.immediate.map((m) => `**Now:** ${inline(m)}`), ...e.mitigations.durable.map((m) => `**Durable:** ${inline(m)}`)])]
        : [];
    case 'relations':
      return (o.relations ?? []).flatMap((g) => [
        `**${inline(g.label)}**`,
        bullets(g.items.map((it) => `${entityRef(it.id, o, it.name)}${it.why ? ` — ${inline(it.why)}` : ''}`)),
      ]);
    case 'sources':
      return [numbered(e.sources.map(sourceLine))];
  }
}

function overview(e: Entity): string[] {
  const out = paragraphs(e.summary);
  if (e.confidenceNote) out.push(`*Confidence note:* ${inline(e.confidenceNote)}`);
  const facts: string[] = [];
  switch (e.kind) {
    case 'guarantee':
      if (e.family) facts.push(fact('Family', FAMILY_LABELS[e.family]));
      facts.push(fact('Category', inline(e.category)));
      facts.push(fact('Cost vs eventual consistency', `**${inline(e.relativeCost.factor)}** — ${inline(e.relativeCost.explanation)}`));
      if (e.availability) {
        const note = e.availability.note ? ` — ${inline(e.availability.note)}` : '';
        facts.push(fact('Availability under partition', `${inline(e.availability.class)}${note} (${link(hostOf(e.availability.source), e.availability.source)})`));
      }
      break;
    case 'mechanism':
      facts.push(fact('Category', inline(e.category)));
      if (e.cost) facts.push(fact('Cost', inline(e.cost)));
      break;
    case 'micro-pattern':
    case 'system-pattern':
      facts.push(fact('Problem', inline(e.problem)), fact('Solution', inline(e.solution)));
      facts.push(fact('Complexity', inline(e.complexity)), fact('Cost impact', inline(e.costImpact)));
      break;
    case 'case-study':
      facts.push(fact('Organisation', inline(e.organisation)), fact('Domain', DOMAIN_LABELS[e.domain]), fact('System', inline(e.system)));
      break;
    case 'incident':
      facts.push(fact('Organisation', inline(e.organisation)), fact('Date', e.date), fact('Postmortem', link(hostOf(e.postmortem), e.postmortem)));
      break;
    case 'symptom':
      break;
  }
  if (facts.length) out.push(facts.join('\n'));
  if (e.kind === 'symptom') out.push(...labelled('What you see', e.observed));
  out.push(...labelled('When to use', e.whenToUse), ...labelled('When not to use', e.whenNotToUse));
  return out;
}

function failureModes(e: Entity): string[] {
  const out = e.failureModes.flatMap((f) => [
    `### ${heading(f.name)}`,
    ...paragraphs(f.description),
    `**Detect:** ${inline(f.detection)}`,
    `**Mitigate:** ${inline(f.mitigation)}`,
  ]);
  if (e.kind === 'guarantee') {
    // The page names each "what breaks it" entry by its first clause (sections.ts).
    for (const w of e.whatBreaksIt) out.push(`### ${heading(w.split(/[.:;]/)[0]!.slice(0, 60))}`, ...paragraphs(w));
  }
  return out;
}

function production(e: Entity): string[] {
  const out = e.examples.flatMap(example);
  if (e.kind === 'guarantee') {
    for (const a of e.incidentAnalysis) out.push(`### ${heading(a.title)}`, `*${a.year}* — ${inline(a.lesson)} (${link(hostOf(a.source), a.source)})`);
  }
  if (e.kind === 'case-study') {
    for (const m of e.scaleMetrics) out.push(`### ${heading(m.metric)}`, `${inline(m.value)} (${link(`${hostOf(m.source)}, ${m.year}`, m.source)})`);
  }
  if (e.kind === 'incident') {
    const impact = [e.impact.summary, e.impact.duration && `Duration: ${e.impact.duration}.`, e.impact.users && `Users: ${e.impact.users}.`, e.impact.dataLoss && `Data loss: ${e.impact.dataLoss}.`];
    out.push('### Impact', inline(impact.filter(Boolean).join(' ')));
    out.push('### Trigger', ...paragraphs(e.trigger));
    out.push('### Root cause', ...paragraphs(e.rootCause));
    out.push('### Fix', ...paragraphs(e.fix));
    out.push('### Lessons', bullets(e.lessons.map(inline)));
  }
  return out;
}

function example(x: Example): string[] {
  const meta = [inline(x.organisation), x.year ? String(x.year) : '', x.source ? link(hostOf(x.source), x.source) : ''].filter(Boolean);
  const out = [`### ${heading(`${x.organisation} ${x.system}`)}`, `**${inline(x.system)}** · ${meta.join(' · ')}`, ...paragraphs(x.description)];
  if (x.figures.length) out.push(bullets(x.figures.map((f) => `**${inline(f.metric)}:** ${inline(f.value)} (${link(`${hostOf(f.source)}, ${f.year}`, f.source)})`)));
  return out;
}

function sourceLine(s: Source): string {
  const archived = s.archived ? ` (${link('archived copy', s.archived)})` : '';
  return `${link(s.title, s.url)} — ${inline(s.publisher ?? hostOf(s.url))}, ${s.year}${archived}`;
}

function entityRef(id: string, o: MarkdownOptions, name?: string): string {
  const text = name ? `${id} ${name}` : id;
  return o.entityUrl ? link(text, o.entityUrl(id)) : `**${inline(id)}**${name ? ` ${inline(name)}` : ''}`;
}
