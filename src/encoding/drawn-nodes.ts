/**
 * Which nodes the canvas draws. Tiers and categories are not drawn as nodes: tier is the node's
 * colour and category is a filter and an outline group, so 19 unconnected hubs would only add noise.
 */
import type { Graph, GraphEdge, GraphNode } from '../domain/graph.ts';
import { PROVIDERS, type ProviderId } from '../domain/vocabulary.ts';

export const isDrawn = (node: Pick<GraphNode, 'kind'>) => node.kind !== 'tier' && node.kind !== 'category';

export function drawnGraph(graph: Graph): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = graph.nodes.filter(isDrawn);
  const ids = new Set(nodes.map((n) => n.id));
  return { nodes, edges: graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}

/** Compound parents that hold each provider's services in the provider layout. */
export const groupId = (provider: ProviderId) => `group-${provider}`;
export const GROUP_IDS = PROVIDERS.map(groupId);
