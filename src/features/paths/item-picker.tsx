/**
 * A labelled text box with suggestions (a WAI-ARIA 1.2 combobox), for choosing one item of the
 * graph. The parent owns the chosen id; the text is the picker's own, rewritten only when the id
 * changes from outside (a "use selected item" button, a path loaded from the link).
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Atlas } from '../../domain/atlas';
import { PROVIDER_MARKS } from '../../graph-view/encoding';
import { selectAtlas } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';

const MAX_SUGGESTIONS = 8;

interface Suggestion {
  id: string;
  label: string;
  detail: string;
}

/** Tiers and categories are groups, not items on the canvas, so they are never offered. */
function suggestionsFor(atlas: Atlas, text: string): Suggestion[] {
  const found: Suggestion[] = [];
  for (const hit of atlas.search(text, MAX_SUGGESTIONS + 8)) {
    const node = atlas.index.byId.get(hit.id);
    if (!node || node.kind === 'tier' || node.kind === 'category') continue;
    const where = node.tier !== undefined ? `Tier ${node.tier}` : node.provider && PROVIDER_MARKS[node.provider].name;
    const detail = where ? `${node.kind} · ${where}` : node.kind;
    found.push({ id: node.id, label: node.label, detail });
    if (found.length === MAX_SUGGESTIONS) break;
  }
  return found;
}

export function ItemPicker({
  label,
  value,
  onChange,
  describedBy,
}: {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  describedBy?: string;
}) {
  const atlas = useAppStore(selectAtlas);
  const labelOf = (id: string | null) => (id ? (atlas.index.byId.get(id)?.label ?? id) : '');
  const [text, setText] = useState(() => labelOf(value));
  const [seen, setSeen] = useState(value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const baseId = useId();
  const listboxId = `${baseId}-listbox`;

  // Adjusting state while rendering: a new id from outside shows its label in the very next commit.
  if (value !== seen) {
    setSeen(value);
    setText(labelOf(value));
  }

  const suggestions = useMemo(() => suggestionsFor(atlas, text), [atlas, text]);
  const shown = open && text.trim() !== '' && suggestions.length > 0;
  const highlighted = shown && active < suggestions.length ? active : -1;

  const set = (id: string | null) => {
    setSeen(id);
    onChange(id);
  };
  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const choose = (s: Suggestion) => {
    setText(s.label);
    set(s.id);
    close();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = suggestions.length - 1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!text.trim() || suggestions.length === 0) return;
      const down = event.key === 'ArrowDown';
      if (!shown) setActive(down ? 0 : last);
      else if (down) setActive(highlighted >= last ? 0 : highlighted + 1);
      else setActive(highlighted <= 0 ? last : highlighted - 1);
      setOpen(true);
    } else if (event.key === 'Enter' && shown) {
      // With the list open, Enter picks; with it closed, it submits the form (finds the path).
      event.preventDefault();
      choose(suggestions[Math.max(highlighted, 0)]!);
    } else if (event.key === 'Escape' && shown) {
      event.preventDefault();
      close();
    }
  };

  return (
    <div className="paths-picker">
      <label className="paths-picker-label" htmlFor={`${baseId}-input`}>
        {label}
      </label>
      <input
        id={`${baseId}-input`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listboxId}
        aria-activedescendant={highlighted >= 0 ? `${baseId}-option-${highlighted}` : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        placeholder="Type a name…"
        value={text}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          setOpen(true);
          setActive(-1);
          // A name typed in full counts as chosen, so "python" + Enter works without the list.
          const exact = atlas.index.byName.get(next.trim().toLowerCase());
          const node = exact ? atlas.index.byId.get(exact) : undefined;
          set(node && node.kind !== 'tier' && node.kind !== 'category' ? node.id : null);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      <ul
        id={listboxId}
        role="listbox"
        aria-label={`${label} suggestions`}
        className="paths-suggestions"
        hidden={!shown}
      >
        {shown &&
          suggestions.map((s, i) => (
            <li
              key={s.id}
              id={`${baseId}-option-${i}`}
              role="option"
              aria-selected={i === highlighted}
              className="paths-suggestion"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(s)}
            >
              <span className="paths-suggestion-label">{s.label}</span>
              <span className="paths-suggestion-detail">{s.detail}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}
