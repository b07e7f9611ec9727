/**
 * A traced chain shown alone: the layered layout of just those items and their prerequisites,
 * turned to run down the canvas when the canvas is taller than wide (a phone), so the chain fills it.
 */
import type { Graph } from '../domain/graph.ts';
import type { Point } from '../store/view-options.ts';
import { layeredLayout } from './layered-layout.ts';

export function chainLayout(
  graph: Graph,
  ids: ReadonlySet<string>,
  { direction = 'right' }: { direction?: 'right' | 'down' } = {},
): Record<string, Point> {
  const positions = layeredLayout({
    nodes: graph.nodes.filter((n) => ids.has(n.id)),
    edges: graph.edges.filter((e) => e.kind === 'requires' && ids.has(e.source) && ids.has(e.target)),
  });
  if (direction === 'right') return positions;
  return Object.fromEntries(Object.entries(positions).map(([id, p]) => [id, { x: p.y, y: p.x }]));
}
