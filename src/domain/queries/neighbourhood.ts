/** The items within a few steps of one item, along chosen edge kinds and directions. */
import { EDGE_KINDS, type EdgeKind } from '../vocabulary.ts';
import type { GraphIndex } from '../graph-index.ts';

/** `out` follows edges from source to target (for requires: towards prerequisites). */
export type Direction = 'out' | 'in' | 'both';

export interface NeighbourhoodOptions {
  depth: number;
  direction: Direction;
  kinds?: readonly EdgeKind[];
}

/** Id → number of steps from `id` (0 for itself), breadth first. Returns an empty map for an unknown id. */
export function neighbourhood(
  index: GraphIndex,
  id: string,
  { depth, direction, kinds = EDGE_KINDS }: NeighbourhoodOptions,
): Map<string, number> {
  const distance = new Map<string, number>();
  if (!index.byId.has(id)) return distance;
  distance.set(id, 0);
  let frontier = [id];
  for (let step = 1; step <= depth && frontier.length > 0; step++) {
    const next: string[] = [];
    const visit = (other: string) => {
      if (distance.has(other)) return;
      distance.set(other, step);
      next.push(other);
    };
    for (const current of frontier)
      for (const kind of kinds) {
        if (direction !== 'in') for (const e of index.out.get(current)?.get(kind) ?? []) visit(e.target);
        if (direction !== 'out') for (const e of index.in.get(current)?.get(kind) ?? []) visit(e.source);
      }
    frontier = next;
  }
  return distance;
}
