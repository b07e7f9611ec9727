/**
 * The built-in graph as it is shipped to the browser, in two parts. The first, in the start-up
 * bundle, holds what the canvas, filters, outline and search need; the second, a chunk fetched at
 * the same time and read right after, holds the long text only the panels show (descriptions,
 * links, and where each cloud equivalence comes from: over half the graph's gzipped size). Edge ids
 * are derived from the edges, not shipped.
 */
import type { Graph, GraphEdge, GraphNode } from './graph.ts';

export const edgeId = (kind: string, source: string, target: string) => `${kind}:${source}->${target}`;

/** The fields of a node only the panels and exports read. */
type NodeText = Pick<GraphNode, 'description' | 'links' | 'tags'>;
/** The fields of an edge only the panels show: a claim's source, when it was checked, its caveat. */
type EdgeText = Pick<GraphEdge, 'sourceUrl' | 'checked' | 'caveat'>;
/** An edge whose id is the derived one leaves it out. */
export type PackedEdge = Omit<GraphEdge, 'id' | keyof EdgeText> & { id?: string };
export type PackedNode = Omit<GraphNode, keyof NodeText>;
export interface PackedGraph {
  nodes: PackedNode[];
  edges: PackedEdge[];
}
/** The fields the first part leaves out: per node id, and per edge by its place in the list. */
export interface GraphText {
  nodes: Record<string, NodeText>;
  edges: Record<number, EdgeText>;
}

export function packGraph(graph: Graph): { core: PackedGraph; text: GraphText } {
  const text: GraphText = { nodes: {}, edges: {} };
  const nodes = graph.nodes.map(({ description, links, tags, ...rest }) => {
    text.nodes[rest.id] = { description, ...(links && { links }), ...(tags && { tags }) };
    return rest;
  });
  const edges = graph.edges.map(({ id, sourceUrl, checked, caveat, ...rest }, i) => {
    const extra = Object.entries({ sourceUrl, checked, caveat }).filter(([, v]) => v !== undefined);
    if (extra.length) text.edges[i] = Object.fromEntries(extra) as EdgeText;
    return id === edgeId(rest.kind, rest.source, rest.target) ? rest : { id, ...rest };
  });
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
 * Fills in the second part. It writes into the graph's own node and edge objects on purpose: the atlas and
 * the store already hold them, and the panels that read these fields wait for this to finish.
 */
export function attachText(graph: Graph, text: GraphText): void {
  for (const node of graph.nodes) {
    const entry = text.nodes[node.id];
    if (!entry) continue;
    Object.assign(node, entry);
  }
  for (const [i, entry] of Object.entries(text.edges)) Object.assign(graph.edges[Number(i)]!, entry);
}
