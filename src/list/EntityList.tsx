/**
 * The accessible alternative to the canvas: every entity grouped by kind,
 * filtered like the graph, synced with the selection. The list is one tab stop
 * (roving tabindex): arrow keys, Home and End move between entries; Enter opens
 * one and moves focus to the entity panel's heading.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useAppState, useAppStore, useAtlasData } from '../store/context';
import { KIND_STYLE } from '../graph/encoding';
import { isFiltering, visibleIds } from '../model/filters';
import { KIND_LABELS } from '../model/kinds';
import { KINDS } from '../model/constants';
import { selectFilters, selectedIdFor } from '../store/selectors';

export function EntityList() {
  const { graph } = useAtlasData();
  const filters = useAppState(selectFilters);
  const selected = useAppState((s) => selectedIdFor(s, graph.paths));
  const store = useAppStore();
  const root = useRef<HTMLDivElement>(null);
  // The one entry in the tab order: the last one focused, else the selection, else the first.
  const [roving, setRoving] = useState<string | null>(null);
  const visible = useMemo(() => (isFiltering(filters) ? visibleIds(graph.nodes, filters) : null), [graph.nodes, filters]);
  const groups = useMemo(
    () =>
      KINDS.map((k) => ({ kind: k, nodes: graph.nodes.filter((n) => n.kind === k && (!visible || visible.has(n.id))) })).filter(
        (g) => g.nodes.length,
      ),
    [graph.nodes, visible],
  );

  const ids = useMemo(() => groups.flatMap((g) => g.nodes.map((n) => n.id)), [groups]);
  const tabStop = roving && ids.includes(roving) ? roving : selected && ids.includes(selected) ? selected : ids[0];

  useEffect(() => {
    if (!selected) return;
    // Compare data attributes instead of building a selector from an ID.
    const links = root.current?.querySelectorAll<HTMLAnchorElement>('a.list-entry') ?? [];
    for (const a of links) if (a.dataset.id === selected) a.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
    const links = [...(root.current?.querySelectorAll<HTMLAnchorElement>('a.list-entry') ?? [])];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? links.length - 1 : i + (e.key === 'ArrowDown' ? 1 : -1);
    if (links[next]) {
      e.preventDefault();
      setRoving(links[next].dataset.id ?? null);
      links[next].focus();
    }
  };
  const open = (e: React.MouseEvent, id: string) => {
    // Ctrl/Cmd/middle clicks keep the link's own behaviour (a new tab).
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    setRoving(id);
    store.getState().selectEntity(id);
    store.getState().requestPanelFocus();
  };

  return (
    <div className="entity-list" ref={root} onKeyDown={onKeyDown} role="region" aria-label="All entities (list view)">
      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={`list-${g.kind}`}>
          <h2 id={`list-${g.kind}`}>
            <span aria-hidden="true" className={`glyph kind-${g.kind}`}>
              {KIND_STYLE[g.kind].glyph}
            </span>{' '}
            {KIND_LABELS[g.kind].many} <span className="count">{g.nodes.length}</span>
          </h2>
          <ul>
            {g.nodes.map((n) => (
              <li key={n.id}>
                <a
                  className="list-entry"
                  data-id={n.id}
                  href={`#/entity/${encodeURIComponent(n.id)}`}
                  aria-current={n.id === selected ? 'true' : undefined}
                  tabIndex={n.id === tabStop ? 0 : -1}
                  onFocus={() => setRoving(n.id)}
                  onClick={(e) => open(e, n.id)}
                >
                  <code>{n.id}</code> {n.name} <span className={`conf conf-${n.confidence}`}>{n.confidence}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
