/**
 * The header's search: a WAI-ARIA 1.2 combobox over labels, aliases and former names. Focus stays
 * in the text box; the highlighted option is announced through aria-activedescendant. Choosing an
 * option selects the item (the canvas centres on it) and empties the box, ready for the next search;
 * Shift+Enter (or Shift+click) traces the item's prerequisites instead.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useAppStore } from '../../store/store-context';
import { selectAtlas } from '../../store/selectors';
import { searchItems, type SearchResult } from './search-results';
import { useSlashShortcut } from './use-slash-shortcut';
import './search-box.css';

export function SearchBox() {
  const atlas = useAppStore(selectAtlas);
  const select = useAppStore((s) => s.select);
  const traceFrom = useAppStore((s) => s.traceFrom);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const listbox = useRef<HTMLUListElement>(null);
  const baseId = useId();
  const listboxId = `${baseId}-listbox`;
  const hintId = `${baseId}-hint`;
  const optionId = (index: number) => `${baseId}-option-${index}`;

  useSlashShortcut(input);

  const results = useMemo(() => searchItems(atlas, query), [atlas, query]);
  const shown = open && query.trim() !== '';
  const highlighted = shown && active >= 0 && active < results.length ? active : -1;

  // Keep the highlighted option visible when the arrows move past the edge of the list.
  useEffect(() => {
    const option = highlighted >= 0 ? listbox.current?.children[highlighted] : undefined;
    if (option && typeof option.scrollIntoView === 'function') option.scrollIntoView({ block: 'nearest' });
  }, [highlighted]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  /** Selects the item, or with `trace` shows the whole chain it needs (which selects it too). */
  const choose = (result: SearchResult, trace = false) => {
    if (trace) traceFrom(result.id, 'prerequisites');
    else select(result.id);
    setQuery('');
    close();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = results.length - 1;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (event.altKey) {
          // Alt+Down opens the list without moving the highlight (APG).
          if (query.trim()) setOpen(true);
          event.preventDefault();
          return;
        }
        event.preventDefault();
        if (!query.trim() || results.length === 0) {
          setOpen(true);
          return;
        }
        const down = event.key === 'ArrowDown';
        if (!shown) setActive(down ? 0 : last);
        else if (down) setActive(highlighted >= last ? 0 : highlighted + 1);
        else setActive(highlighted <= 0 ? last : highlighted - 1);
        setOpen(true);
        return;
      }
      case 'Enter': {
        const result = shown ? results[highlighted >= 0 ? highlighted : 0] : undefined;
        if (!result) return;
        event.preventDefault();
        choose(result, event.shiftKey);
        return;
      }
      case 'Escape': {
        // First Escape closes the list, the second clears the box.
        if (shown) close();
        else if (query) setQuery('');
        else return;
        event.preventDefault();
        return;
      }
    }
  };

  const status = !shown
    ? ''
    : results.length === 0
      ? 'No matches found'
      : `${results.length} result${results.length === 1 ? '' : 's'} available`;

  return (
    <div className="search" role="search">
      <input
        ref={input}
        type="text"
        className="search-input"
        role="combobox"
        aria-label="Search"
        aria-autocomplete="list"
        aria-expanded={shown && results.length > 0}
        aria-controls={listboxId}
        aria-activedescendant={highlighted >= 0 ? optionId(highlighted) : undefined}
        aria-describedby={hintId}
        aria-keyshortcuts="/"
        placeholder="Search skills, libraries, services…"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
        onClick={() => setOpen(true)}
      />
      {!query && (
        <kbd className="search-shortcut" aria-hidden="true">
          /
        </kbd>
      )}
      <div className="search-popup" hidden={!shown}>
        <ul
          ref={listbox}
          id={listboxId}
          role="listbox"
          aria-label="Search results"
          className="search-list"
          hidden={results.length === 0}
        >
          {shown &&
            results.map((result, i) => (
              <li
                key={result.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === highlighted}
                className="search-option"
                // Keep focus in the box, so the list does not close before the click lands.
                onMouseDown={(e) => e.preventDefault()}
                onClick={(e) => choose(result, e.shiftKey)}
              >
                <span className="search-option-label">{result.label}</span>
                <span className="search-option-detail">
                  {result.detail}
                  {result.formerly && ` · formerly ${result.formerly}`}
                </span>
              </li>
            ))}
        </ul>
        {shown && results.length === 0 && <p className="search-empty">No matches</p>}
        {/* Outside the listbox, so it is never read as an option; the box names it as its description. */}
        <p id={hintId} className="search-hint" hidden={results.length === 0}>
          <kbd>Enter</kbd> select · <kbd>Shift</kbd>+<kbd>Enter</kbd> trace prerequisites
        </p>
      </div>
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {status}
      </div>
    </div>
  );
}
