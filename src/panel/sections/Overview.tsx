/**
 * The top card: what is it, when does it bite, what do I do — the summary, the key figures,
 * where it fails (links to the failure modes) and the first diagram, readable.
 */
import type { ReactNode } from 'react';
import type { Entity } from '../../model/bundle';
import type { PageSection } from '../../model/sections';
import { DOMAIN_LABELS, FAMILY_LABELS } from '../../model/kinds';
import { itemHref } from '../Anchored';
import { List } from './List';

export function Overview({ entity: e, sections, firstDiagram }: { entity: Entity; sections: PageSection[]; firstDiagram: ReactNode }) {
  const failures = sections.find((s) => s.id === 'failure-modes')?.items ?? [];
  return (
    <>
      <p className="summary">{e.summary}</p>
      <dl className="facts key-figures">
        <KeyFigures entity={e} />
      </dl>
      {e.kind === 'symptom' && <List title="What you may be seeing" items={e.observed} />}
      {failures.length > 0 && (
        <div className="sublist bites">
          <h4>When it bites</h4>
          <ul className="link-list">
            {failures.slice(0, 4).map((f) => (
              <li key={f.slug}>
                <a href={itemHref(e.id, 'failure-modes', f.slug)}>{f.label}</a>
              </li>
            ))}
            {failures.length > 4 && (
              <li>
                <a href={itemHref(e.id, 'failure-modes')}>all {failures.length} failure modes</a>
              </li>
            )}
          </ul>
        </div>
      )}
      {firstDiagram}
      {e.confidenceNote && <p className="confidence-note">Confidence note: {e.confidenceNote}</p>}
      <dl className="facts">
        <MoreFacts entity={e} />
      </dl>
      {e.kind === 'guarantee' && e.whatBreaksIt.length > 0 && failures.length === 0 && <List title="What breaks it" items={e.whatBreaksIt} />}
      <List title="When to use" items={e.whenToUse} />
      <List title="When not to use" items={e.whenNotToUse} />
    </>
  );
}

/** The few facts that answer the first question, per kind. */
function KeyFigures({ entity: e }: { entity: Entity }) {
  switch (e.kind) {
    case 'guarantee':
      return (
        <>
          <Fact term="Cost vs eventual">
            <strong>{e.relativeCost.factor}</strong> — {e.relativeCost.explanation}
          </Fact>
          {e.availability && (
            <Fact term="Under partition">
              {AVAILABILITY_TEXT[e.availability.class]}
              {e.availability.note && <> — {e.availability.note}</>}
            </Fact>
          )}
        </>
      );
    case 'mechanism':
      return (
        <>
          <Fact term="Category">{e.category}</Fact>
        </>
      );
    case 'micro-pattern':
    case 'system-pattern':
      return (
        <>
          <Fact term="Problem">{e.problem}</Fact>
          <Fact term="Complexity">{e.complexity}</Fact>
        </>
      );
    case 'case-study':
      return (
        <>
          <Fact term="Organisation">{e.organisation}</Fact>
          {e.scaleMetrics.slice(0, 3).map((m, i) => (
            <Fact key={i} term={m.metric}>
              {m.value} ({m.year})
            </Fact>
          ))}
        </>
      );
    case 'incident':
      return (
        <>
          <Fact term="Date">{e.date}</Fact>
          <Fact term="Impact">
            {e.impact.summary}
            {e.impact.duration && <> Duration: {e.impact.duration}.</>}
          </Fact>
          <Fact term="Root cause">{e.rootCause}</Fact>
        </>
      );
    case 'symptom':
      return (
        <Fact term="First step">
          {e.mitigations.immediate[0]}
        </Fact>
      );
  }
}

function MoreFacts({ entity: e }: { entity: Entity }) {
  switch (e.kind) {
    case 'guarantee':
      return (
        <>
          {e.family && <Fact term="Family">{FAMILY_LABELS[e.family]}</Fact>}
          <Fact term="Category">{e.category}</Fact>
        </>
      );
    case 'micro-pattern':
    case 'system-pattern':
      return (
        <>
          <Fact term="Solution">{e.solution}</Fact>
          <Fact term="Cost impact">{e.costImpact}</Fact>
        </>
      );
    case 'case-study':
      return (
        <>
          <Fact term="Domain">{DOMAIN_LABELS[e.domain]}</Fact>
          <Fact term="System">{e.system}</Fact>
        </>
      );
    case 'incident':
      return <Fact term="Organisation">{e.organisation}</Fact>;
    case 'mechanism':
      return e.cost ? <Fact term="Cost">{e.cost}</Fact> : null;
    default:
      return null;
  }
}

export const AVAILABILITY_TEXT = {
  total: 'Totally available: every non-failing node can answer',
  sticky: 'Sticky available: clients that stay with one node can continue',
  unavailable: 'Unavailable under partition: some nodes must refuse or wait',
} as const;

export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
