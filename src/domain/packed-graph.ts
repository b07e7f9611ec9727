/**
 * The built-in graph as it is shipped to the browser, in two parts. The first, in the start-up
 * bundle, holds what the canvas, filters, outline and search need; the second, a chunk fetched at
 * the same time and read right after, holds the long text only the panels show (descriptions and
 * links: about half the graph's gzipped size). Edge ids are derived from the edges, not shipped.
 */
import type { Graph, GraphEdge, GraphNode } from './graph.ts';

export const edgeId = (kind: string, source: string, target: string) => `${kind}:${source}->${target}`;

/** An edge whose id is the derived one leaves it out. */
export type PackedEdge = Omit<GraphEdge, 'id'> & { id?: string };
export type PackedNode = Omit<GraphNode, 'description' | 'links'>;
export interface PackedGraph {
  nodes: PackedNode[];
  edges: PackedEdge[];
}
/** Per node id: the fields PackedNode leaves out. */
export type GraphText = Record<string, Pick<GraphNode, 'description' | 'links'>>;

export function packGraph(graph: Graph): { core: PackedGraph; text: GraphText } {
  const text: GraphText = {};
  const nodes = graph.nodes.map(({ description, links, ...rest }) => {
    text[rest.id] = links === undefined ? { description } : { description, links };
    return rest;
  });
  const edges = graph.edges.map(({ id, ...rest }) =>
    id === edgeId(rest.kind, rest.source, rest.target) ? rest : { id, ...rest },
  );
  return { core: { nodes, edges }, text };
}

/** The graph from its first part. Descriptions are empty until `attachText` fills them in. */
export function unpackGraph(core: PackedGraph): Graph {
  return {
    nodes: core.nodes.map((node) => ({ ...node, description: '' })),
    edges: core.edges.map((edge) => ({ id: edgeId(edge.kind, edge.source, edge.target), ...edge })),
  };
}

/**
 * Fills in the second part. It writes into the graph's own node objects on purpose: the atlas and
 * the store already hold them, and the panels that read these fields wait for this to finish.
 */
export function attachText(graph: Graph, text: GraphText): void {
  for (const node of graph.nodes) {
    const entry = text[node.id];
    if (!entry) continue;
    node.description = entry.description;
    if (entry.links !== undefined) node.links = entry.links;
  }
}
