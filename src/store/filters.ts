/** Filters: which values of each dimension are switched off, and whether filtered items hide or fade. */
import type { GraphNode } from '../domain/graph';
import type { EdgeKind } from '../domain/vocabulary';
import type { FilterMode } from './view-options';

export const FILTER_DIMENSIONS = ['tier', 'kind', 'provider', 'category', 'priority'] as const;
export type FilterDimension = (typeof FILTER_DIMENSIONS)[number];

/** The value a node has on a dimension; `none` when it has none (e.g. a service outside the tiers). */
export function nodeValue(node: GraphNode, dimension: FilterDimension): string {
  const value = node[dimension];
  return value === undefined ? 'none' : String(value);
}

export interface Filters {
  /** Switched-off values per dimension; empty means everything shows. */
  off: Record<FilterDimension, string[]>;
  offEdgeKinds: EdgeKind[];
  mode: FilterMode;
}

export const DEFAULT_FILTERS: Filters = {
  off: { tier: [], kind: [], provider: [], category: [], priority: [] },
  offEdgeKinds: [],
  mode: 'fade',
};

const toggle = <T>(list: readonly T[], value: T) =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

export const toggleFilterValue = (filters: Filters, dimension: FilterDimension, value: string): Filters => ({
  ...filters,
  off: { ...filters.off, [dimension]: toggle(filters.off[dimension], value) },
});

export const toggleEdgeKind = (filters: Filters, kind: EdgeKind): Filters => ({
  ...filters,
  offEdgeKinds: toggle(filters.offEdgeKinds, kind),
});

export const isFiltered = (filters: Filters) =>
  filters.offEdgeKinds.length > 0 || Object.values(filters.off).some((values) => values.length > 0);

export const passesFilters = (node: GraphNode, filters: Filters) =>
  FILTER_DIMENSIONS.every((d) => !filters.off[d].includes(nodeValue(node, d)));
