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
  const hintId = useId();
  return (
    <li>
      <label className="filters-option">
        <input
          type="checkbox"
          checked={shown}
          onChange={onToggle}
          aria-describedby={hint ? hintId : undefined}
        />
        <span className="filters-name">
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
        <span className="filters-count">
          <span className="visually-hidden">, </span>
          {count}
          <span className="visually-hidden">{` ${unit}${count === 1 ? '' : 's'}`}</span>
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
