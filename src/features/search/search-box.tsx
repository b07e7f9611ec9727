/**
 * The header's search: the item combobox over labels, aliases and former names. Choosing an option
 * selects the item (the canvas centres on it) and empties the box, ready for the next search;
 * Shift+Enter (or Shift+click) traces the item's prerequisites instead. "/" anywhere focuses it.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { ItemCombobox, type ItemOption } from '../../components/item-combobox';
import { useAppStore } from '../../store/store-context';
import { selectAtlas } from '../../store/selectors';
import { searchItems } from './search-results';
import { useSlashShortcut } from './use-slash-shortcut';
import './search-box.css';

const resultsInWords = (n: number) => (n === 0 ? 'No matches found' : `${n} result${n === 1 ? '' : 's'} available`);

export function SearchBox() {
  const atlas = useAppStore(selectAtlas);
  const select = useAppStore((s) => s.select);
  const traceFrom = useAppStore((s) => s.traceFrom);
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();

  useSlashShortcut(input);

  const results = useMemo(() => searchItems(atlas, query), [atlas, query]);

  /** Selects the item, or with `trace` shows the whole chain it needs (which selects it too). */
  const choose = (result: ItemOption, trace: boolean) => {
    if (trace) traceFrom(result.id, 'prerequisites');
    else select(result.id);
    setQuery('');
  };

  return (
    <div className="search" role="search">
      <ItemCombobox
        label="Search"
        labelHidden
        listLabel="Search results"
        placeholder="Search skills, libraries, services…"
        text={query}
        onTextChange={setQuery}
        options={results}
        onChoose={choose}
        noMatches="No matches"
        clearOnEscape
        openOnClick
        statusText={resultsInWords}
        describedBy={hintId}
        keyShortcuts="/"
        inputRef={input}
        footer={
          // Outside the listbox, so it is never read as an option; the box names it as its description.
          <p id={hintId} className="search-hint" hidden={results.length === 0}>
            <kbd>Enter</kbd> select · <kbd>Shift</kbd>+<kbd>Enter</kbd> trace prerequisites
          </p>
        }
      >
        {!query && (
          <kbd className="search-shortcut" aria-hidden="true">
            /
          </kbd>
        )}
      </ItemCombobox>
    </div>
  );
}
