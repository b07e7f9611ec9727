/** The shortest chain of relations linking two items. */
import { EDGE_KINDS, type EdgeKind } from '../vocabulary.ts';
import type { GraphEdge } from '../graph.ts';
import type { GraphIndex } from '../graph-index.ts';

export interface PathOptions {
  kinds?: readonly EdgeKind[];
  /** Only follow edges from source to target (default: either way, as relations read both ways). */
  directed?: boolean;
}

export interface GraphPath {
  nodes: string[];
  edges: GraphEdge[];
}

/** Breadth-first shortest path; `null` when none exists over the chosen edge kinds. */
export function shortestPath(
  index: GraphIndex,
  from: string,
  to: string,
  { kinds = EDGE_KINDS, directed = false }: PathOptions = {},
): GraphPath | null {
  if (!index.byId.has(from) || !index.byId.has(to)) return null;
  const cameBy = new Map<string, GraphEdge | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length > 0 && !cameBy.has(to)) {
    const next: string[] = [];
    const step = (edge: GraphEdge, other: string) => {
      if (cameBy.has(other)) return;
      cameBy.set(other, edge);
      next.push(other);
    };
    for (const current of frontier)
      for (const kind of kinds) {
        for (const e of index.out.get(current)?.get(kind) ?? []) step(e, e.target);
        if (!directed) for (const e of index.in.get(current)?.get(kind) ?? []) step(e, e.source);
      }
    frontier = next;
  }
  if (!cameBy.has(to)) return null;
  const nodes = [to];
  const edges: GraphEdge[] = [];
  for (let at = to; at !== from;) {
    const edge = cameBy.get(at)!;
    edges.unshift(edge);
    at = edge.source === at ? edge.target : edge.source;
    nodes.unshift(at);
  }
  return { nodes, edges };
}
