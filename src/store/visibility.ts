/**
 * What the canvas and the outline show, derived from the filters and the focus through domain
 * queries — computed, never stored, and memoised on its inputs.
 */
import type { Atlas } from '../domain/atlas';
import { neighbourhood, type Direction } from '../domain/queries/neighbourhood';
import { EDGE_KINDS } from '../domain/schema';
import type { Focus } from './app-state';
import { passesFilters, type Filters } from './filters';
import type { FocusDirection } from './view-options';

export interface Visibility {
  /** Nodes that pass the filters. */
  passing: ReadonlySet<string>;
  /** Nodes inside the focus (all passing nodes when there is no focus). */
  inFocus: ReadonlySet<string>;
  /** Edges of a switched-on kind between two passing nodes. */
  passingEdges: ReadonlySet<string>;
}

const DIRECTION: Record<FocusDirection, Direction> = { prerequisites: 'out', dependants: 'in', both: 'both' };

export function computeVisibility(atlas: Atlas, filters: Filters, focus: Focus | null): Visibility {
  const { graph } = atlas.index;
  const passing = new Set(graph.nodes.filter((n) => passesFilters(n, filters)).map((n) => n.id));
  const edgeKinds = EDGE_KINDS.filter((k) => !filters.offEdgeKinds.includes(k));
  const passingEdges = new Set(
    graph.edges
      .filter((e) => edgeKinds.includes(e.kind) && passing.has(e.source) && passing.has(e.target))
      .map((e) => e.id),
  );
  if (!focus) return { passing, inFocus: passing, passingEdges };
  // "Prerequisites" and "dependants" mean the requires chain; "both" is every visible relation.
  const kinds = focus.direction === 'both' ? edgeKinds : edgeKinds.filter((k) => k === 'requires');
  const around = neighbourhood(atlas.index, focus.id, {
    depth: focus.depth,
    direction: DIRECTION[focus.direction],
    kinds,
  });
  const inFocus = new Set([...around.keys()].filter((id) => passing.has(id) || id === focus.id));
  return { passing, inFocus, passingEdges };
}

/** Remembers the last answer: the inputs are immutable, so identity is enough. */
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R;
  return (...args: A) => {
    if (lastArgs && args.length === lastArgs.length && args.every((a, i) => a === lastArgs![i])) return lastResult;
    lastArgs = args;
    lastResult = fn(...args);
    return lastResult;
  };
}

export const visibilityOf = memoLast(computeVisibility);
