/**
 * The search combobox (accessible name "Search"). Typing never waits for
 * searching: the query state updates at once and results follow as a deferred
 * value. `/` or Ctrl/Cmd-K focus it (see app/shortcuts).
 */
import { useId, useMemo, useRef, useState } from 'react';
import { useAppStore, useAtlasData } from '../store/context';
import { KIND_STYLE } from '../graph/encoding';
import { KIND_LABELS } from '../model/kinds';
import { MAX_QUERY_LENGTH, type SearchHit } from '../model/search';
import { Highlight } from './Highlight';

export function SearchBox() {
  const { searcher } = useAtlasData();
  const store = useAppStore();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Searching takes a few milliseconds even at 5,000 entities (substring pass, trigram-narrowed fuzzy
  // pass), so results render in the keystroke's own frame; deferring them would cost a frame.
  const hits = useMemo(() => searcher.search(query, 12), [searcher, query]);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const showList = open && query.trim().length > 0;

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    store.getState().selectEntity(hit.doc.id);
    setOpen(false);
    setQuery('');
    input.current?.blur();
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
      choose(hits[active] ?? hits[0]);
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
        placeholder="Search  G-LIN, m5, netflx …  ( / )"
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul id={listId} role="listbox" aria-label="Search results" className="search-results">
          {hits.length === 0 && (
            <li role="option" aria-selected={false} aria-disabled="true" className="empty">
              No match for “{query.slice(0, MAX_QUERY_LENGTH)}”
            </li>
          )}
          {hits.map((h, i) => (
            <li
              key={h.doc.id}
              id={`${listId}-${i}`}
              role="option"
              data-id={h.doc.id}
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(h)}
              onMouseEnter={() => setActive(i)}
            >
              <span className={`glyph kind-${h.doc.kind}`} aria-hidden="true">
                {KIND_STYLE[h.doc.kind].glyph}
              </span>
              <span className="hit-id">{h.matchedBy === 'id' ? <Highlight text={h.doc.id} ranges={h.ranges} /> : h.doc.id}</span>
              <span className="hit-name">{h.matchedBy === 'name' ? <Highlight text={h.doc.name} ranges={h.ranges} /> : h.doc.name}</span>
              {h.matchedBy !== 'id' && h.matchedBy !== 'name' && (
                <span className="hit-via">
                  {h.matchedBy}: <Highlight text={h.matchedText} ranges={h.ranges} />
                </span>
              )}
              <span className="badge kind-badge">{KIND_LABELS[h.doc.kind].short}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
