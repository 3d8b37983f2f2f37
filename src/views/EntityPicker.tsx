/**
 * An entity chooser: a combobox over the app's search (typing "Saga" finds MP2), with the
 * ARIA 1.2 combobox pattern (↑ ↓ Enter Esc). Optionally limited to one kind.
 */
import { useId, useMemo, useState } from 'react';
import { useAtlasData } from '../store/context';
import { KIND_LABELS } from '../model/kinds';
import type { Kind } from '../model/constants';
import { KindBadge } from '../ui/Badges';

const MAX_OPTIONS = 10;

export function EntityPicker({ label, value, onChange, kind }: { label: string; value: string; onChange: (id: string) => void; kind?: Kind }) {
  const { searcher, index } = useAtlasData();
  const chosen = value ? index.nodeById.get(value) : undefined;
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const id = useId();
  const open = query !== null && query.trim() !== '';
  const options = useMemo(() => {
    if (!open) return [];
    return searcher
      .search(query!, 40)
      .map((h) => h.doc)
      .filter((d) => !kind || d.kind === kind)
      .slice(0, MAX_OPTIONS);
  }, [open, query, searcher, kind]);

  const choose = (pick: string) => {
    setQuery(null);
    setActive(0);
    onChange(pick);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' && options.length) {
      e.preventDefault();
      setActive((a) => (a + 1) % options.length);
    } else if (e.key === 'ArrowUp' && options.length) {
      e.preventDefault();
      setActive((a) => (a - 1 + options.length) % options.length);
    } else if (e.key === 'Enter' && options[active]) {
      e.preventDefault();
      choose(options[active].id);
    } else if (e.key === 'Escape' && query !== null) {
      // Closes the list only (the topmost layer), not the view.
      e.preventDefault();
      e.stopPropagation();
      setQuery(null);
    }
  };
  const shown = query ?? (chosen ? `${chosen.id} ${chosen.name}` : '');
  return (
    <div className="entity-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <div className="picker-box">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={open && options[active] ? `${id}-opt-${active}` : undefined}
          placeholder={kind ? `Search ${KIND_LABELS[kind].many.toLowerCase()}…` : 'Search by name or ID…'}
          value={shown}
          maxLength={64}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onFocus={(e) => e.target.select()}
          onBlur={() => setQuery(null)}
          onKeyDown={onKeyDown}
        />
        {value && (
          <button type="button" className="picker-clear" aria-label={`Clear ${label}`} onClick={() => choose('')}>
            ✕
          </button>
        )}
        {open && (
          <ul className="picker-options" role="listbox" id={`${id}-list`} aria-label={`${label}: matches`}>
            {options.length === 0 && (
              <li className="empty" role="option" aria-selected={false} aria-disabled="true">
                No {kind ? KIND_LABELS[kind].one.toLowerCase() : 'entity'} matches “{query}”.
              </li>
            )}
            {options.map((d, i) => (
              <li
                key={d.id}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseDown={(e) => {
                  e.preventDefault(); // keep focus in the input until the choice is made
                  choose(d.id);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <code className="hit-id">{d.id}</code> <span className="hit-name">{d.name}</span> <KindBadge kind={d.kind} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
