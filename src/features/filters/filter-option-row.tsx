/** One checkbox of the filter panel: checked means shown; the label carries the value and its count. */
import { useId } from 'react';
import type { Swatch } from './filter-options';

interface FilterOptionRowProps {
  label: string;
  count: number;
  /** What is counted: "item" or "edge". */
  unit: string;
  shown: boolean;
  onToggle: () => void;
  swatch?: Swatch;
  hint?: string;
}

export function FilterOptionRow({ label, count, unit, shown, onToggle, swatch, hint }: FilterOptionRowProps) {
  const id = useId();
  const [nameId, countId, hintId] = [`${id}-name`, `${id}-count`, `${id}-hint`];
  return (
    <li>
      <label className="filters-option">
        <input
          type="checkbox"
          checked={shown}
          onChange={onToggle}
          // Named by parts, so the number reads as "(31 items)" rather than running into the label.
          aria-labelledby={`${nameId} ${countId}`}
          aria-describedby={hint ? hintId : undefined}
        />
        <span id={nameId} className="filters-name">
          {swatch && (
            <span
              className={swatch.border ? 'filters-swatch filters-swatch-border' : 'filters-swatch'}
              aria-hidden="true"
              style={
                swatch.border
                  ? { borderColor: swatch.colour, borderStyle: swatch.border }
                  : { background: swatch.colour, borderColor: swatch.colour }
              }
            />
          )}
          {label}
        </span>
        <span className="filters-count" aria-hidden="true">
          {count}
        </span>
        <span id={countId} className="visually-hidden">
          {`(${count} ${count === 1 ? unit : `${unit}s`})`}
        </span>
        {/* Read as the checkbox's description, not as part of its name. */}
        {hint && (
          <span id={hintId} className="filters-hint" aria-hidden="true">
            {hint}
          </span>
        )}
      </label>
    </li>
  );
}
