/**
 * A text box with suggestions for choosing one item of the graph: a WAI-ARIA 1.2 combobox, used by
 * the header search, the plan's target picker and the path finder. Focus stays in the box; the
 * highlighted option is announced through aria-activedescendant. Arrows move the highlight (Alt+Down
 * only opens the list), Enter chooses the highlighted option or the first, Escape closes the list.
 * The caller owns the text and the options; this component owns only whether the list is open and
 * which option is highlighted.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import type { Atlas } from '../domain/atlas';
import type { GraphNode } from '../domain/graph';
import { isDrawn } from '../encoding/drawn-nodes';
import './item-combobox.css';

export interface ItemOption {
  id: string;
  label: string;
  /** A quiet second line: "library · Tier 2". */
  detail: string;
}

/** Tiers, categories and objectives are not drawn on the canvas, so choosing one would show nothing there. */
export const isItem = (node: GraphNode) => isDrawn(node);

/** The best `limit` search hits that `keep` accepts. Asks for a few more, since some are dropped. */
export function findItems(atlas: Atlas, text: string, limit: number, keep: (node: GraphNode) => boolean): GraphNode[] {
  const found: GraphNode[] = [];
  for (const hit of atlas.search(text, limit + 8)) {
    const node = atlas.index.byId.get(hit.id);
    if (!node || !keep(node)) continue;
    found.push(node);
    if (found.length === limit) break;
  }
  return found;
}

export interface ItemComboboxProps {
  label: string;
  /** Names the box without showing the label (the header, where the placeholder says it). */
  labelHidden?: boolean;
  listLabel: string;
  placeholder: string;
  text: string;
  onTextChange: (text: string) => void;
  options: readonly ItemOption[];
  /** With `shiftKey` from Shift+Enter or Shift+click, for a second action. */
  onChoose: (option: ItemOption, shiftKey: boolean) => void;
  /** Shown in the open list when nothing matches; without it the list just stays closed. */
  noMatches?: string;
  /** A second Escape, with the list closed, empties the box. */
  clearOnEscape?: boolean;
  openOnClick?: boolean;
  /** What a screen reader hears about the open list ("3 results available"); without it, nothing. */
  statusText?: (count: number) => string;
  /** Heard when the list is closed, e.g. what the last choice did. */
  announcement?: string;
  /** Under the list, outside it, inside the popup: a hint on the keys. */
  footer?: ReactNode;
  describedBy?: string;
  keyShortcuts?: string;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
  /** Next to the box, after it: e.g. a shortcut hint. */
  children?: ReactNode;
}

export function ItemCombobox({
  label,
  labelHidden = false,
  listLabel,
  placeholder,
  text,
  onTextChange,
  options,
  onChoose,
  noMatches,
  clearOnEscape = false,
  openOnClick = false,
  statusText,
  announcement,
  footer,
  describedBy,
  keyShortcuts,
  inputRef,
  className,
  children,
}: ItemComboboxProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listbox = useRef<HTMLUListElement>(null);
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const listboxId = `${baseId}-listbox`;
  const optionId = (index: number) => `${baseId}-option-${index}`;

  const typed = text.trim() !== '';
  const shown = open && typed && (noMatches !== undefined || options.length > 0);
  const highlighted = shown && active >= 0 && active < options.length ? active : -1;

  // Keep the highlighted option visible when the arrows move past the edge of the list.
  useEffect(() => {
    const option = highlighted >= 0 ? listbox.current?.children[highlighted] : undefined;
    if (option && typeof option.scrollIntoView === 'function') option.scrollIntoView({ block: 'nearest' });
  }, [highlighted]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const choose = (option: ItemOption, shiftKey: boolean) => {
    onChoose(option, shiftKey);
    close();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = options.length - 1;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        // Alt+Down opens the list without moving the highlight (APG).
        if (event.altKey || !typed || last < 0) {
          if (typed || !event.altKey) setOpen(true);
          return;
        }
        const down = event.key === 'ArrowDown';
        if (highlighted < 0) setActive(down ? 0 : last);
        else if (down) setActive(highlighted >= last ? 0 : highlighted + 1);
        else setActive(highlighted <= 0 ? last : highlighted - 1);
        setOpen(true);
        return;
      }
      case 'Enter': {
        // With the list closed Enter is left alone, so that it can submit a form.
        const option = shown ? options[Math.max(highlighted, 0)] : undefined;
        if (!option) return;
        event.preventDefault();
        choose(option, event.shiftKey);
        return;
      }
      case 'Escape': {
        // First Escape closes the list; the second clears the box where that is wanted.
        if (shown) close();
        else if (clearOnEscape && text) onTextChange('');
        else return;
        event.preventDefault();
        return;
      }
    }
  };

  const status = shown && statusText ? statusText(options.length) : announcement;

  return (
    <div className={className ? `combobox ${className}` : 'combobox'}>
      {!labelHidden && (
        <label className="combobox-label" htmlFor={inputId}>
          {label}
        </label>
      )}
      <input
        id={inputId}
        ref={inputRef}
        type="text"
        className="combobox-input"
        role="combobox"
        aria-label={labelHidden ? label : undefined}
        aria-autocomplete="list"
        aria-expanded={shown && options.length > 0}
        aria-controls={listboxId}
        aria-activedescendant={highlighted >= 0 ? optionId(highlighted) : undefined}
        aria-describedby={describedBy}
        aria-keyshortcuts={keyShortcuts}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => {
          onTextChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
        onClick={openOnClick ? () => setOpen(true) : undefined}
      />
      {children}
      <div className="combobox-popup" hidden={!shown}>
        <ul
          ref={listbox}
          id={listboxId}
          role="listbox"
          aria-label={listLabel}
          className="combobox-list"
          hidden={options.length === 0}
        >
          {shown &&
            options.map((option, i) => (
              <li
                key={option.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === highlighted}
                className="combobox-option"
                // Keep focus in the box, so the list does not close before the click lands.
                onMouseDown={(e) => e.preventDefault()}
                onClick={(e) => choose(option, e.shiftKey)}
              >
                <span className="combobox-option-label">{option.label}</span>
                <span className="combobox-option-detail">{option.detail}</span>
              </li>
            ))}
        </ul>
        {shown && options.length === 0 && <p className="combobox-empty">{noMatches}</p>}
        {footer}
      </div>
      {(statusText || announcement !== undefined) && (
        <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {status}
        </div>
      )}
    </div>
  );
}
