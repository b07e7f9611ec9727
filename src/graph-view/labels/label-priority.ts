/**
 * How much a node's label matters when not every label fits, before anything is selected: the
 * providers (they anchor the clouds), then the curriculum's essential items, then important ones,
 * then by how connected the item is. Pure, computed once per graph.
 */
import type { Graph } from '../../domain/graph';
import { isDrawn } from '../../encoding/drawn-nodes';

const PRIORITY_WEIGHT = { essential: 3000, important: 2000, optional: 1000 } as const;

export function labelPriorities(graph: Graph): Map<string, number> {
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const priorities = new Map<string, number>();
  for (const node of graph.nodes) {
    if (!isDrawn(node)) continue;
    const hub = node.kind === 'provider' ? 100_000 : 0;
    const curriculum = node.tier !== undefined ? 500 : 0;
    const weight = node.priority ? PRIORITY_WEIGHT[node.priority] : 0;
    priorities.set(node.id, hub + weight + curriculum + Math.min(degree.get(node.id) ?? 0, 400));
  }
  return priorities;
}
