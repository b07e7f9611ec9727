/**
 * The normalised graph: nodes without their relation fields, and one typed edge per relation.
 * Files say `requires: [python]` on the node; the rest of the app sees an edge
 * `{ kind: 'requires', source: 'pandas', target: 'python' }` ("learn the target first").
 */
import { z } from 'zod';
import { edgeId } from './packed-graph.ts';
import { EdgeKind, Match, NodeDoc, Strength } from './schema.ts';

export const GraphNode = NodeDoc.omit({
  requires: true,
  alternativeTo: true,
  buildsOn: true,
  uses: true,
  integratesWith: true,
  implements: true,
  achievedBy: true,
});
export type GraphNode = z.infer<typeof GraphNode>;

export const GraphEdge = z.strictObject({
  id: z.string(),
  kind: EdgeKind,
  source: z.string(),
  target: z.string(),
  /** requires: hard or recommended. */
  strength: Strength.optional(),
  /** requires: edges sharing a group form an any-of choice (one member is enough). */
  group: z.string().optional(),
  /** implements: how fully the service provides the capability, and where that claim comes from. */
  match: Match.optional(),
  caveat: z.string().optional(),
  sourceUrl: z.string().optional(),
  checked: z.string().optional(),
});
export type GraphEdge = z.infer<typeof GraphEdge>;

export const Graph = z.strictObject({ nodes: z.array(GraphNode), edges: z.array(GraphEdge) });
export type Graph = z.infer<typeof Graph>;

function relationEdges(doc: NodeDoc): GraphEdge[] {
  const edges: GraphEdge[] = [];
  const add = (edge: Omit<GraphEdge, 'id'>) => edges.push({ id: edgeId(edge.kind, edge.source, edge.target), ...edge });
  // `requires` and `achievedBy` share a shape: plain ids, ids with a strength, and any-of groups.
  const needs = (kind: 'requires' | 'achieved-by', entries: NodeDoc['requires'], groupPrefix: string) =>
    entries?.forEach((entry, i) => {
      if (typeof entry === 'string') add({ kind, source: doc.id, target: entry, strength: 'hard' });
      else if ('id' in entry) add({ kind, source: doc.id, target: entry.id, strength: entry.strength });
      else {
        const group = `${doc.id}#${groupPrefix}-${i}`;
        for (const target of entry.anyOf) add({ kind, source: doc.id, target, strength: entry.strength, group });
      }
    });
  needs('requires', doc.requires, 'any-of');
  needs('achieved-by', doc.achievedBy, 'achieved-by-any-of');
  const plain: [EdgeKind, string[] | undefined][] = [
    ['alternative-to', doc.alternativeTo],
    ['builds-on', doc.buildsOn],
    ['uses', doc.uses],
    ['integrates-with', doc.integratesWith],
  ];
  for (const [kind, targets] of plain) for (const target of targets ?? []) add({ kind, source: doc.id, target });
  if (doc.provider) add({ kind: 'offered-by', source: doc.id, target: doc.provider });
  for (const imp of doc.implements ?? [])
    add({
      kind: 'implements',
      source: doc.id,
      target: imp.capability,
      match: imp.match,
      ...(imp.caveat === undefined ? {} : { caveat: imp.caveat }),
      sourceUrl: imp.source,
      checked: imp.checked,
    });
  return edges;
}

/** Splits node documents into nodes and edges. Pure; assumes the documents passed validation. */
export function toGraph(docs: readonly NodeDoc[]): Graph {
  const nodes = docs.map(stripRelations);
  const edges = docs.flatMap(relationEdges);
  return { nodes, edges };
}

const RELATION_KEYS = [
  'requires',
  'achievedBy',
  'alternativeTo',
  'buildsOn',
  'uses',
  'integratesWith',
  'implements',
] as const;

function stripRelations(doc: NodeDoc): GraphNode {
  const node: Partial<NodeDoc> = { ...doc };
  for (const key of RELATION_KEYS) delete node[key];
  return node as GraphNode;
}
