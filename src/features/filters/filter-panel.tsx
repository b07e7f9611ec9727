/**
 * The filter panel: one checkbox per value of each dimension (checked = shown), edge kinds, whether
 * filtered items hide or fade, and a reset. Counts are of the whole graph, computed once.
 */
import { useDeferredValue, useId, useMemo } from 'react';
import { isDrawn } from '../../encoding/drawn-nodes';
import { FILTER_DIMENSIONS, isFiltered, passesFilters, type FilterDimension } from '../../store/filters';
import { selectAtlas, selectFilters } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { FILTER_MODES, type FilterMode } from '../../store/view-options';
import { FilterGroup } from './filter-group';
import { FilterOptionRow } from './filter-option-row';
import { edgeFilterOptions, nodeFilterGroups } from './filter-options';
import './filter-panel.css';

const MODE_LABELS: Record<FilterMode, string> = { hide: 'Hidden', fade: 'Faded' };

/** Short groups start open; the long category list starts closed unless it already filters something. */
const OPEN_BY_DEFAULT: Record<FilterDimension, boolean> = {
  tier: true,
  kind: true,
  provider: true,
  category: false,
  priority: true,
};

export function FilterPanel() {
  // A new graph's counts (passes over every node and edge: 0.07 s at 45,000 nodes) render just after
  // the switch to it, in a task of their own, not in the one that opens it.
  const atlas = useDeferredValue(useAppStore(selectAtlas));
  const filters = useAppStore(selectFilters);
  const toggleFilter = useAppStore((s) => s.toggleFilter);
  const toggleEdgeFilter = useAppStore((s) => s.toggleEdgeFilter);
  const setFilterMode = useAppStore((s) => s.setFilterMode);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const modeName = useId();

  const { graph } = atlas.index;
  const groups = useMemo(() => nodeFilterGroups(graph, FILTER_DIMENSIONS), [graph]);
  const edgeOptions = useMemo(() => edgeFilterOptions(graph), [graph]);
  const drawn = useMemo(() => graph.nodes.filter(isDrawn), [graph]);
  const shown = useMemo(() => drawn.filter((n) => passesFilters(n, filters)).length, [drawn, filters]);

  return (
    <section className="filters" aria-label="Filters">
      <div className="filters-top">
        <p className="filters-status" role="status">
          {shown} of {drawn.length} items match
        </p>
        <button type="button" onClick={resetFilters} disabled={!isFiltered(filters)}>
          Reset filters
        </button>
      </div>
      {/* Progress counts checklist rows; these count items, so the two can differ (src/domain/queries/counts.ts). */}
      <p className="filters-note">Each number counts items on the canvas, not checklist rows.</p>

      <fieldset className="filters-mode">
        <legend className="filters-mode-legend">Filtered items</legend>
        <div className="filters-segmented">
          {FILTER_MODES.map((mode) => (
            <label key={mode}>
              <input
                type="radio"
                name={modeName}
                value={mode}
                checked={filters.mode === mode}
                onChange={() => setFilterMode(mode)}
              />
              {MODE_LABELS[mode]}
            </label>
          ))}
        </div>
      </fieldset>

      {groups.map(({ dimension, title, options }) => {
        const off = filters.off[dimension];
        return (
          <FilterGroup
            key={dimension}
            title={title}
            offCount={off.length}
            defaultOpen={OPEN_BY_DEFAULT[dimension] || off.length > 0}
          >
            {options.map((option) => (
              <FilterOptionRow
                key={option.value}
                label={option.label}
                count={option.count}
                unit="item"
                swatch={option.swatch}
                shown={!off.includes(option.value)}
                onToggle={() => toggleFilter(dimension, option.value)}
              />
            ))}
          </FilterGroup>
        );
      })}

      <FilterGroup title="Edge kinds" offCount={filters.offEdgeKinds.length} defaultOpen>
        {edgeOptions.map((option) => (
          <FilterOptionRow
            key={option.kind}
            label={option.label}
            count={option.count}
            unit="edge"
            hint={option.hint}
            shown={!filters.offEdgeKinds.includes(option.kind)}
            onToggle={() => toggleEdgeFilter(option.kind)}
          />
        ))}
      </FilterGroup>
    </section>
  );
}
