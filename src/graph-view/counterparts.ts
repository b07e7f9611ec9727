/**
 * What lights up when a cloud service (or a capability) is selected: the capabilities it
 * implements and the services on the other providers that implement them too, with the
 * implements edges between them.
 */
import { inEdges, outEdges, type GraphIndex } from '../domain/graph-index.ts';

export function counterpartHighlight(index: GraphIndex, id: string): { nodes: Set<string>; edges: Set<string> } {
  const node = index.byId.get(id);
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const capabilities =
    node?.kind === 'service'
      ? outEdges(index, id, 'implements').map((e) => e.target)
      : node?.kind === 'capability'
        ? [id]
        : [];
  for (const capability of capabilities) {
    nodes.add(capability);
    for (const edge of inEdges(index, capability, 'implements')) {
      const service = index.byId.get(edge.source);
      // The selected service's own provider stays out: counterparts live on the other clouds.
      if (edge.source !== id && node?.kind === 'service' && service?.provider === node.provider) continue;
      nodes.add(edge.source);
      edges.add(edge.id);
    }
  }
  nodes.delete(id);
  return { nodes, edges };
}
