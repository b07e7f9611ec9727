/** Transitive prerequisites ("what must I learn first") and their mirror image, unlocks. */
import { inEdges, outEdges, type GraphIndex } from '../graph-index.ts';
import type { GraphEdge } from '../graph.ts';

export interface ClosureOptions {
  /** Follow recommended prerequisites as well as hard ones (default true). */
  includeRecommended?: boolean;
}

function walk(
  starts: readonly string[],
  next: (id: string) => readonly GraphEdge[],
  end: (edge: GraphEdge) => string,
  { includeRecommended = true }: ClosureOptions,
): Set<string> {
  const seen = new Set<string>();
  const stack = [...starts];
  while (stack.length > 0) {
    const id = stack.pop()!;
    for (const edge of next(id)) {
      if (!includeRecommended && edge.strength === 'recommended') continue;
      const other = end(edge);
      if (seen.has(other)) continue;
      seen.add(other);
      stack.push(other);
    }
  }
  for (const start of starts) seen.delete(start);
  return seen;
}

/** Everything the given items require, directly or not (any-of members included), excluding the items. */
export function prerequisiteClosure(index: GraphIndex, ids: readonly string[], options: ClosureOptions = {}) {
  return walk(
    ids,
    (id) => outEdges(index, id, 'requires'),
    (e) => e.target,
    options,
  );
}

/** Everything that requires the given items, directly or not: what knowing them opens up. */
export function unlocks(index: GraphIndex, ids: readonly string[], options: ClosureOptions = {}) {
  return walk(
    ids,
    (id) => inEdges(index, id, 'requires'),
    (e) => e.source,
    options,
  );
}
