/**
 * A symptom's triage: the ranked likely causes (each linking to the exact failure mode),
 * the checks to run (commands copyable), then what to do now and for good.
 */
import { useState } from 'react';
import type { Entity } from '../../model/bundle';
import { slugify, type SectionItem } from '../../model/sections';
import { useAtlasData } from '../../store/context';
import { Item, itemHref } from '../Anchored';

export function Causes({ entity: e, items }: { entity: Entity; items: SectionItem[] }) {
  const { index } = useAtlasData();
  if (e.kind !== 'symptom') return null;
  return (
    <ol className="item-list causes">
      {e.likelyCauses.map((c, i) => {
        const node = index.nodeById.get(c.entity);
        const name = node ? `${node.id} ${node.name}` : c.entity;
        const href = c.failureMode ? itemHref(c.entity, 'failure-modes', slugify(c.failureMode)) : itemHref(c.entity, 'overview');
        return (
          <Item key={i} as="li" entityId={e.id} section="causes" slug={items[i].slug} label={`cause ${i + 1}`} className="cause">
            <p className="cause-title">
              <a href={href}>
                <strong>{name}</strong>
                {c.failureMode && <> › {c.failureMode}</>}
              </a>
            </p>
            <p>{c.why}</p>
            <p>
              <strong>Check:</strong> {c.check}
            </p>
          </Item>
        );
      })}
    </ol>
  );
}

export function Checks({ entity: e, items }: { entity: Entity; items: SectionItem[] }) {
  if (e.kind !== 'symptom') return null;
  return (
    <ol className="item-list checks">
      {e.checks.map((c, i) => (
        <Item key={i} as="li" entityId={e.id} section="checks" slug={items[i].slug} label={`check ${i + 1}`} className="check">
          <p>
            <strong>{c.system}</strong>
          </p>
          <div className="command">
            <pre>
              <code>{c.command}</code>
            </pre>
            <CopyText text={c.command} />
          </div>
          {c.expect && (
            <p>
              <strong>Expect:</strong> {c.expect}
            </p>
          )}
        </Item>
      ))}
    </ol>
  );
}

export function Mitigations({ entity: e, items }: { entity: Entity; items: SectionItem[] }) {
  if (e.kind !== 'symptom') return null;
  const now = e.mitigations.immediate;
  const list = (title: string, xs: string[], offset: number) => (
    <div className="sublist">
      <h4>{title}</h4>
      <ol className="item-list">
        {xs.map((m, i) => (
          <Item key={i} as="li" entityId={e.id} section="mitigations" slug={items[offset + i].slug} label={`${title} ${i + 1}`}>
            {m}
          </Item>
        ))}
      </ol>
    </div>
  );
  return (
    <>
      {list('Immediately', now, 0)}
      {list('Durably', e.mitigations.durable, now.length)}
    </>
  );
}

function CopyText({ text }: { text: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="copy-command"
      onClick={() =>
        navigator.clipboard?.writeText(text).then(
          () => {
            setCopied(true);
            setTimeout(() => setCopied(false), 1500);
          },
          () => undefined,
        )
      }
    >
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}
