/**
 * Which nodes the canvas draws. Tiers and categories are not drawn as nodes: tier is the node's
 * colour and category is a filter and an outline group, so 19 unconnected hubs would only add noise.
 * Learning objectives are not drawn either: sixty goals wired to the items that achieve them would
 * bury the prerequisite structure. They live in the Plan (as targets), the Progress tab and the
 * Details panel ("serves"); tracing an objective's plan lights its items on the canvas.
 */
import type { Graph, GraphEdge, GraphNode } from '../domain/graph.ts';
import { EDGE_KINDS, isObjectiveKind, PROVIDERS, type EdgeKind, type ProviderId } from '../domain/vocabulary.ts';

export const isDrawn = (node: Pick<GraphNode, 'kind'>) =>
  node.kind !== 'tier' && node.kind !== 'category' && !isObjectiveKind(node.kind);

/** Edge kinds that can appear on the canvas: `achieved-by` always touches an objective. */
export const DRAWN_EDGE_KINDS: readonly EdgeKind[] = EDGE_KINDS.filter((k) => k !== 'achieved-by');

export function drawnGraph(graph: Graph): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = graph.nodes.filter(isDrawn);
  const ids = new Set(nodes.map((n) => n.id));
  return { nodes, edges: graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}

/** Compound parents that hold each provider's services in the provider layout. */
export const groupId = (provider: ProviderId) => `group-${provider}`;
export const GROUP_IDS = PROVIDERS.map(groupId);
