/**
 * "Add a target": a small WAI-ARIA combobox over the atlas search. Focus stays in the text box;
 * arrows move the highlight, Enter adds the highlighted suggestion (or the first), Escape closes
 * the list and then clears the box. The box empties after an add, ready for the next target.
 */
import { useId, useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import { TIER_NAMES } from '../../graph-view/encoding';
import { useAppStore } from '../../store/store-context';
import { selectAtlas, selectPlanSettings } from '../../store/selectors';

/** Structure nodes and providers are not things to learn. */
const NOT_TARGETS = new Set(['tier', 'category', 'provider']);

export function TargetPicker({ inputRef }: { inputRef?: Ref<HTMLInputElement> }) {
  const atlas = useAppStore(selectAtlas);
  const targets = useAppStore(selectPlanSettings).targets;
  const addPlanTarget = useAppStore((s) => s.addPlanTarget);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');
  const baseId = useId();
  const listboxId = `${baseId}-listbox`;
  const optionId = (i: number) => `${baseId}-option-${i}`;

  const suggestions = useMemo(
    () =>
      atlas.search(text, 8).flatMap((hit) => {
        const node = atlas.index.byId.get(hit.id);
        if (!node || NOT_TARGETS.has(node.kind) || targets.includes(node.id)) return [];
        const tier = node.tier === undefined ? '' : TIER_NAMES[node.tier];
        return [{ id: node.id, label: node.label, detail: [node.kind, tier].filter(Boolean).join(' · ') }];
      }),
    [atlas, text, targets],
  );
  const shown = open && text.trim() !== '';
  const highlighted = shown && active < suggestions.length ? active : -1;

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const add = (suggestion: { id: string; label: string }) => {
    addPlanTarget(suggestion.id);
    setAnnouncement(`Added ${suggestion.label} to the plan`);
    setText('');
    close();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = suggestions.length - 1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (last < 0) return;
      const down = event.key === 'ArrowDown';
      if (highlighted < 0) setActive(down ? 0 : last);
      else setActive(down ? (highlighted >= last ? 0 : highlighted + 1) : highlighted <= 0 ? last : highlighted - 1);
    } else if (event.key === 'Enter') {
      const choice = suggestions[highlighted >= 0 ? highlighted : 0];
      if (!choice || !text.trim()) return;
      event.preventDefault();
      add(choice);
    } else if (event.key === 'Escape') {
      if (shown) close();
      else if (text) setText('');
      else return;
      event.preventDefault();
    }
  };

  const status = !shown ? '' : suggestions.length === 0 ? 'No matches' : `${suggestions.length} suggestions`;

  return (
    <div className="plan-picker">
      <label className="plan-picker-label" htmlFor={`${baseId}-input`}>
        Add a target
      </label>
      <input
        id={`${baseId}-input`}
        ref={inputRef}
        type="text"
        className="plan-picker-input"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown && suggestions.length > 0}
        aria-controls={listboxId}
        aria-activedescendant={highlighted >= 0 ? optionId(highlighted) : undefined}
        placeholder="e.g. Kubernetes, MLflow…"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      <div className="plan-picker-popup" hidden={!shown}>
        <ul
          id={listboxId}
          role="listbox"
          aria-label="Suggested targets"
          className="plan-picker-list"
          hidden={suggestions.length === 0}
        >
          {shown &&
            suggestions.map((s, i) => (
              <li
                key={s.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === highlighted}
                className="plan-picker-option"
                // Keep focus in the box, so the list does not close before the click lands.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => add(s)}
              >
                <span className="plan-picker-option-label">{s.label}</span>
                <span className="plan-picker-option-detail">{s.detail}</span>
              </li>
            ))}
        </ul>
        {shown && suggestions.length === 0 && <p className="plan-picker-empty">No matches</p>}
      </div>
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {status || announcement}
      </div>
    </div>
  );
}
