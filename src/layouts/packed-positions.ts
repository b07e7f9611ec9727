/**
 * One layout's positions as numbers in a row, the way they travel: from the layout worker to the
 * page as the ids in one array and the coordinates in one Float64Array that is transferred, not
 * copied; and in the built-in graph's bundle as a JSON array in the graph's node order (the ids
 * are already there), null where a node has no place. A message holding an
 * object of 46,000 `{ x, y }` points took the page 0.1–0.27 s to read (structured clone, then a
 * major garbage collection) in one task; ids and a buffer are read in a few milliseconds, and the
 * points are rebuilt on the page in a plain loop.
 */
import type { Point } from '../store/view-options.ts';

export interface PackedPositions {
  ids: string[];
  /** x0, y0, x1, y1, … in the order of `ids`. */
  xy: Float64Array;
}

/** In the order of `ids` (by default the positions' own); NaN where an id has no position. */
export function packPositions(positions: Record<string, Point>, ids = Object.keys(positions)): PackedPositions {
  const xy = new Float64Array(ids.length * 2);
  ids.forEach((id, i) => {
    const p = Object.hasOwn(positions, id) ? positions[id]! : null;
    xy[2 * i] = p ? p.x : NaN;
    xy[2 * i + 1] = p ? p.y : NaN;
  });
  return { ids, xy };
}

export function unpackPositions({ ids, xy }: PackedPositions): Record<string, Point> {
  const positions: Record<string, Point> = {};
  ids.forEach((id, i) => {
    const x = xy[2 * i]!;
    const y = xy[2 * i + 1]!;
    if (!Number.isNaN(x) && !Number.isNaN(y)) positions[id] = { x, y };
  });
  return positions;
}

/** The JSON form (JSON has no NaN): null where an id has no position. */
export const positionsToJson = (positions: Record<string, Point>, ids: string[]) =>
  Array.from(packPositions(positions, ids).xy, (v) => (Number.isNaN(v) ? null : v));

export const positionsFromJson = (ids: string[], flat: readonly (number | null)[]) =>
  unpackPositions({ ids, xy: Float64Array.from(flat, (v) => v ?? NaN) });
