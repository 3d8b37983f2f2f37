import { useAtlasData } from '../../store/context';
import { relationGroups } from '../../model/relation-groups';
import { KIND_STYLE } from '../../graph/encoding';

export function Relations({ id }: { id: string }) {
  const { index } = useAtlasData();
  const groups = relationGroups(index, id);
  if (!groups.length) return <p className="muted">No relations.</p>;
  return (
    <>
      {groups.map((g) => (
        <div key={g.key} className="sublist">
          <h4>
            {g.label} <span className="count">{g.items.length}</span>
          </h4>
          <ul className="relation-list">
            {g.items.map((it) => (
              <li key={it.other.id}>
                <a href={`#/entity/${encodeURIComponent(it.other.id)}`}>
                  <span aria-hidden="true" className={`glyph kind-${it.other.kind}`}>
                    {KIND_STYLE[it.other.kind].glyph}
                  </span>{' '}
                  <strong>{it.other.id}</strong> {it.other.name}
                </a>
                {it.why && <span className="why"> — {it.why}</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
