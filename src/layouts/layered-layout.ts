/**
 * The layered layout, computed directly: Tier 1, Tier 2 and Tier 3 as bands from left to right;
 * inside a band, columns by prerequisite depth within the tier; inside a column, rows ordered by
 * where their prerequisites sit (one barycentre sweep), so most arrows run left to right without
 * crossing much. Items outside the curriculum wait in a grid below.
 */
import type { Graph } from '../domain/graph.ts';
import type { Point } from '../store/view-options.ts';
import { isDrawn } from '../encoding/drawn-nodes.ts';

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

  // Depth inside the tier: the longest chain of same-tier prerequisites below an item, computed
  // in topological order (no recursion: imported graphs can have chains thousands long).
  const depth = new Map<string, number>();
  const dependants = new Map<string, string[]>();
  const waiting = new Map<string, number>();
  for (const n of items) {
    const same = prerequisites.get(n.id)!.filter((p) => tierOf.get(p) === n.tier);
    waiting.set(n.id, same.length);
    for (const p of same) dependants.set(p, [...(dependants.get(p) ?? []), n.id]);
  }
  const ready = items.filter((n) => waiting.get(n.id) === 0).map((n) => n.id);
  for (const id of ready) depth.set(id, 0);
  for (let head = 0; head < ready.length; head++) {
    const id = ready[head]!;
    for (const next of dependants.get(id) ?? []) {
      depth.set(next, Math.max(depth.get(next) ?? 0, depth.get(id)! + 1));
      const left = waiting.get(next)! - 1;
      waiting.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  for (const n of items) if (!depth.has(n.id)) depth.set(n.id, 0); // inside a cycle: first column

  const positions: Record<string, Point> = {};
  let x = 0;
  for (const tier of [1, 2, 3]) {
    const inTier = items.filter((n) => n.tier === tier);
    const columns = inTier.reduce((max, n) => Math.max(max, depth.get(n.id)!), 0) + 1;
    for (let c = 0; c < columns; c++) {
      const column = inTier.filter((n) => depth.get(n.id) === c);
      const barycentre = (id: string) => {
        const ys = prerequisites
          .get(id)!
          .map((p) => (Object.hasOwn(positions, p) ? positions[p]!.y : undefined))
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
  const bottom = Object.values(positions).reduce((max, p) => Math.max(max, p.y), 0) + 2 * ROW;
  const perRow = Math.max(8, Math.floor((x - BAND_GAP) / COLUMN) + 1);
  outside.forEach((n, i) => {
    positions[n.id] = { x: (i % perRow) * COLUMN, y: bottom + Math.floor(i / perRow) * ROW };
  });
  return positions;
}
