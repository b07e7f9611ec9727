/** A traced chain shown alone: the layered layout of just those items and their prerequisites. */
import type { Graph } from '../domain/graph.ts';
import type { Point } from '../store/view-options.ts';
import { layeredLayout } from './layered-layout.ts';

export function chainLayout(graph: Graph, ids: ReadonlySet<string>): Record<string, Point> {
  return layeredLayout({
    nodes: graph.nodes.filter((n) => ids.has(n.id)),
    edges: graph.edges.filter((e) => e.kind === 'requires' && ids.has(e.source) && ids.has(e.target)),
  });
}
