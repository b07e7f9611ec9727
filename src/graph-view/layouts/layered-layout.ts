/**
 * The layered layout, computed directly: Tier 1, Tier 2 and Tier 3 as bands from left to right;
 * inside a band, columns by prerequisite depth within the tier; inside a column, rows ordered by
 * where their prerequisites sit (one barycentre sweep), so most arrows run left to right without
 * crossing much. Items outside the curriculum wait in a grid below.
 */
import type { Graph } from '../../domain/graph.ts';
import type { Point } from '../../store/view-options.ts';
import { isDrawn } from '../drawn-nodes.ts';

const COLUMN = 150;
const ROW = 66;
const BAND_GAP = 140;

export function layeredLayout(graph: Graph): Record<string, Point> {
  const items = graph.nodes.filter((n) => isDrawn(n) && n.tier !== undefined);
  const tierOf = new Map(items.map((n) => [n.id, n.tier!]));
  const prerequisites = new Map<string, string[]>(items.map((n) => [n.id, []]));
  for (const e of graph.edges)
    if (e.kind === 'requires' && tierOf.has(e.source) && tierOf.has(e.target))
      prerequisites.get(e.source)!.push(e.target);

  // Depth inside the tier: the longest chain of same-tier prerequisites below an item.
  const depth = new Map<string, number>();
  const depthOf = (id: string, trail = new Set<string>()): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (trail.has(id)) return 0; // validated data is acyclic; imported data may not be
    trail.add(id);
    const same = prerequisites.get(id)!.filter((p) => tierOf.get(p) === tierOf.get(id));
    const d = same.length ? 1 + Math.max(...same.map((p) => depthOf(p, trail))) : 0;
    depth.set(id, d);
    return d;
  };
  items.forEach((n) => depthOf(n.id));

  const positions: Record<string, Point> = {};
  let x = 0;
  for (const tier of [1, 2, 3]) {
    const inTier = items.filter((n) => n.tier === tier);
    const columns = Math.max(0, ...inTier.map((n) => depth.get(n.id)!)) + 1;
    for (let c = 0; c < columns; c++) {
      const column = inTier.filter((n) => depth.get(n.id) === c);
      const barycentre = (id: string) => {
        const ys = prerequisites
          .get(id)!
          .map((p) => positions[p]?.y)
          .filter((y): y is number => y !== undefined);
        return ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : 0;
      };
      column.sort((a, b) => barycentre(a.id) - barycentre(b.id) || a.label.localeCompare(b.label));
      column.forEach((n, i) => (positions[n.id] = { x: x + c * COLUMN, y: (i - (column.length - 1) / 2) * ROW }));
    }
    x += columns * COLUMN + BAND_GAP;
  }

  const outside = graph.nodes
    .filter((n) => isDrawn(n) && n.tier === undefined)
    .sort(
      (a, b) =>
        a.kind.localeCompare(b.kind) ||
        (a.provider ?? '').localeCompare(b.provider ?? '') ||
        a.label.localeCompare(b.label),
    );
  // Under the bands, as wide as they are.
  const bottom = Math.max(...Object.values(positions).map((p) => p.y)) + 2 * ROW;
  const perRow = Math.max(8, Math.floor((x - BAND_GAP) / COLUMN) + 1);
  outside.forEach((n, i) => {
    positions[n.id] = { x: (i % perRow) * COLUMN, y: bottom + Math.floor(i / perRow) * ROW };
  });
  return positions;
}
