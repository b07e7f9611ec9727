/** Why the outline is empty, and the one-click way out of each cause: filters, a focus, a level. */
import { isFiltered } from '../../store/filters';
import { useAppStore } from '../../store/store-context';

const CAUSES = new Intl.ListFormat('en', { type: 'conjunction' });

export function OutlineEmpty() {
  const filtered = useAppStore((s) => isFiltered(s.filters));
  const focused = useAppStore((s) => s.focus !== null);
  const levelled = useAppStore((s) => s.level !== null);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const clearFocus = useAppStore((s) => s.clearFocus);
  const setLevel = useAppStore((s) => s.setLevel);
  const causes = [filtered && 'filters', focused && 'focus', levelled && 'level'].filter((c) => c !== false);
  return (
    <div className="outline-empty">
      <p className="empty-state">
        No items pass the current {CAUSES.format(causes)}. Widen the view to see items here:
      </p>
      <div className="outline-empty-actions">
        {filtered && (
          <button type="button" onClick={resetFilters}>
            Reset filters
          </button>
        )}
        {focused && (
          <button type="button" onClick={clearFocus}>
            Clear the focus
          </button>
        )}
        {levelled && (
          <button type="button" onClick={() => setLevel(null)}>
            Show all tiers
          </button>
        )}
      </div>
    </div>
  );
}
