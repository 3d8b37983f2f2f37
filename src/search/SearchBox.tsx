/**
 * The search combobox (accessible name "Search"). Results are items: an entity, an item of an
 * entity ("M2 · Failure mode · Split brain (two primaries)") or a path, each with the matched
 * words in context. Enter opens the entity at that item (`#/entity/<ID>/<section>/<item>`) or
 * starts the path. Empty and focused, it offers "What are you seeing?": the symptoms.
 * `/` or Ctrl/Cmd-K focus it (see app/shortcuts).
 */
import { useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useAppStore, useAtlasData } from '../store/context';
import { KIND_STYLE } from '../graph/encoding';
import { KIND_LABELS } from '../model/kinds';
import { MAX_QUERY_LENGTH, type SearchResult } from '../model/search';
import type { AppStore } from '../store/create-store';
import { Highlight } from './Highlight';
import { symptomResults } from './symptoms';

/** Where choosing a result goes. */
export function openResult(store: AppStore, r: SearchResult) {
  const s = store.getState();
  if (r.path) s.navigate({ name: 'path', pathId: r.path, step: 1 });
  else if (r.entity && r.section) s.navigate({ name: 'entity', id: r.entity, section: r.section, ...(r.item ? { item: r.item } : {}) });
  else if (r.entity) s.selectEntity(r.entity);
}

export function SearchBox() {
  const { searcher, graph } = useAtlasData();
  const store = useAppStore();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Re-search when the full-text index arrives (it loads when idle or on first focus).
  const fullText = useSyncExternalStore(searcher.subscribe, searcher.hasFullText);
  const empty = query.trim().length === 0;
  const symptoms = useMemo(() => symptomResults(graph.nodes), [graph.nodes]);
  // A keystroke's search takes a few milliseconds (see README, Performance), so results render in its own frame.
  // `fullText` is a dependency on purpose: the searcher answers differently once the index has arrived.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const hits = useMemo(() => (empty ? symptoms : searcher.searchItems(query, 12)), [searcher, query, empty, symptoms, fullText]);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const showList = open && (!empty || symptoms.length > 0);

  const choose = (hit: SearchResult | undefined) => {
    if (!hit) return;
    openResult(store, hit);
    setOpen(false);
    setQuery('');
    // Focus goes on to what was opened, never silently to <body>.
    store.getState().requestPanelFocus();
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!empty || open) choose(hits[active] ?? hits[0]);
    } else if (e.key === 'Escape') {
      e.stopPropagation();
      if (query) setQuery('');
      else input.current?.blur();
      setOpen(false);
    }
  };

  return (
    <div className="search">
      <input
        ref={input}
        id="atlas-search"
        type="search"
        role="combobox"
        aria-label="Search"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits[active] ? `${listId}-${active}` : undefined}
        placeholder="Search what you see, or G-LIN, m5, netflx …  ( / )"
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          setOpen(true);
          searcher.warm();
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul id={listId} role="listbox" aria-label={empty ? 'What are you seeing?' : 'Search results'} className="search-results">
          {empty && (
            <li role="presentation" className="search-heading">
              What are you seeing?
            </li>
          )}
          {!empty && hits.length === 0 && (
            <li role="option" aria-selected={false} aria-disabled="true" className="empty">
              No match for “{query.slice(0, MAX_QUERY_LENGTH)}”
            </li>
          )}
          {hits.map((h, i) => (
            <ResultOption
              key={h.key}
              id={`${listId}-${i}`}
              hit={h}
              active={i === active}
              onChoose={() => choose(h)}
              onHover={() => setActive(i)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function ResultOption({ id, hit: h, active, onChoose, onHover }: { id: string; hit: SearchResult; active: boolean; onChoose(): void; onHover(): void }) {
  const glyph = h.kind === 'path' ? '➜' : KIND_STYLE[h.kind].glyph;
  const badge = h.kind === 'path' ? 'Path' : KIND_LABELS[h.kind].short;
  return (
    <li
      id={id}
      role="option"
      data-id={h.entity ?? h.path}
      {...(h.path ? { 'data-path': h.path } : { 'data-entity': h.entity })}
      {...(h.section ? { 'data-section': h.section } : {})}
      {...(h.item ? { 'data-item': h.item } : {})}
      aria-selected={active}
      className={`search-hit${active ? ' active' : ''}`}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onChoose}
      onMouseEnter={onHover}
    >
      <span className="hit-line">
        <span className={`glyph kind-${h.kind}`} aria-hidden="true">
          {glyph}
        </span>
        <span className="hit-id">
          <Highlight text={h.label} ranges={h.labelRanges} />
        </span>
        {h.where ? (
          <span className="hit-where">· {h.where}</span>
        ) : (
          <span className="hit-name">
            <Highlight text={h.name} ranges={h.nameRanges} />
          </span>
        )}
        <span className="badge kind-badge">{badge}</span>
      </span>
      {h.snippet && h.snippet.text && (
        <span className="hit-snippet">
          <Highlight text={h.snippet.text} ranges={h.snippet.ranges} />
        </span>
      )}
    </li>
  );
}
