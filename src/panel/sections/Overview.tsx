import type { ReactNode } from 'react';
import type { Entity } from '../../model/bundle';
import { DOMAIN_LABELS, FAMILY_LABELS } from '../../model/kinds';
import { List } from './List';

export function Overview({ entity: e }: { entity: Entity }) {
  return (
    <>
      <p className="summary">{e.summary}</p>
      {e.confidenceNote && <p className="confidence-note">Confidence note: {e.confidenceNote}</p>}
      <dl className="facts">
        {e.kind === 'guarantee' && (
          <>
            {e.family && <Fact term="Family">{FAMILY_LABELS[e.family]}</Fact>}
            <Fact term="Category">{e.category}</Fact>
            <Fact term="Cost vs eventual consistency">
              <strong>{e.relativeCost.factor}</strong> — {e.relativeCost.explanation}
            </Fact>
          </>
        )}
        {(e.kind === 'micro-pattern' || e.kind === 'system-pattern') && (
          <>
            <Fact term="Problem">{e.problem}</Fact>
            <Fact term="Solution">{e.solution}</Fact>
            <Fact term="Complexity">{e.complexity}</Fact>
            <Fact term="Cost impact">{e.costImpact}</Fact>
          </>
        )}
        {e.kind === 'mechanism' && <Fact term="Category">{e.category}</Fact>}
        {e.kind === 'case-study' && (
          <>
            <Fact term="Organisation">{e.organisation}</Fact>
            <Fact term="Domain">{DOMAIN_LABELS[e.domain]}</Fact>
            <Fact term="System">{e.system}</Fact>
          </>
        )}
        {e.kind === 'incident' && (
          <>
            <Fact term="Organisation">{e.organisation}</Fact>
            <Fact term="Date">{e.date}</Fact>
            <Fact term="Trigger">{e.trigger}</Fact>
            <Fact term="Impact">
              {e.impact.summary}
              {e.impact.duration && <> Duration: {e.impact.duration}.</>}
              {e.impact.users && <> Users: {e.impact.users}.</>}
              {e.impact.dataLoss && <> Data loss: {e.impact.dataLoss}.</>}
            </Fact>
            <Fact term="Root cause">{e.rootCause}</Fact>
            <Fact term="Fix">{e.fix}</Fact>
          </>
        )}
      </dl>
      {e.kind === 'guarantee' && <List title="What breaks it" items={e.whatBreaksIt} />}
      {e.kind === 'incident' && <List title="Lessons" items={e.lessons} />}
      <List title="When to use" items={e.whenToUse} />
      <List title="When not to use" items={e.whenNotToUse} />
    </>
  );
}

export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
