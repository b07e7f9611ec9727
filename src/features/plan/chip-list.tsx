/** Removable chips: the plan's targets, and the items picked in "I already know…". */
import type { ItemRef } from './plan-model';

export function ChipList({
  items,
  labelledBy,
  removeLabel,
  onRemove,
}: {
  items: readonly ItemRef[];
  labelledBy: string;
  removeLabel: (item: ItemRef) => string;
  onRemove: (id: string) => void;
}) {
  return (
    <ul className="plan-chips" aria-labelledby={labelledBy}>
      {items.map((t) => (
        <li key={t.id} className="plan-chip">
          <span className="plan-chip-label">{t.label}</span>
          <button
            type="button"
            className="plan-chip-remove"
            aria-label={removeLabel(t)}
            title={removeLabel(t)}
            onClick={() => onRemove(t.id)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
