/** One dimension of the filter panel: a fieldset whose legend opens and closes its list of options. */
import { useId, useState, type ReactNode } from 'react';

interface FilterGroupProps {
  title: string;
  /** How many of its values are switched off, shown even when the group is closed. */
  offCount: number;
  defaultOpen: boolean;
  children: ReactNode;
}

export function FilterGroup({ title, offCount, defaultOpen, children }: FilterGroupProps) {
  const [open, setOpen] = useState(defaultOpen);
  const listId = useId();
  return (
    <fieldset className="filters-group">
      <legend className="filters-legend">
        <button
          type="button"
          className="filters-toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((o) => !o)}
        >
          <span className="filters-chevron" aria-hidden="true" />
          {title}
        </button>
        {offCount > 0 && <span className="filters-off">{offCount} off</span>}
      </legend>
      <ul id={listId} className="filters-options" hidden={!open}>
        {children}
      </ul>
    </fieldset>
  );
}
