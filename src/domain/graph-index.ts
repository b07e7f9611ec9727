/**
 * Lookup tables built once per graph, so that every query is a walk over plain arrays and maps
 * instead of a scan of the edge list.
 */
import type { Graph, GraphEdge, GraphNode } from './graph.ts';
import { eachInSteps, runAtOnce, runWithPauses } from './steps.ts';
import { isCurriculumItem, type EdgeKind, type ProviderId, type Tier } from './vocabulary.ts';

export interface GraphIndex {
  graph: Graph;
  byId: ReadonlyMap<string, GraphNode>;
  /** Every node's and every edge's id: what passes when nothing is filtered (see store/visibility.ts). */
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
  /** Edges leaving / entering a node, by kind. */
  out: ReadonlyMap<string, ReadonlyMap<EdgeKind, readonly GraphEdge[]>>;
  in: ReadonlyMap<string, ReadonlyMap<EdgeKind, readonly GraphEdge[]>>;
  /** Curriculum items by tier (tier nodes and objectives, which carry a tier too, are left out). */
  byTier: ReadonlyMap<Tier, readonly string[]>;
  byCategory: ReadonlyMap<string, readonly string[]>;
  byProvider: ReadonlyMap<ProviderId, readonly string[]>;
  /** Lower-cased id, label, alias, former name or checklist name → node id. */
  byName: ReadonlyMap<string, string>;
  /** Reading order of all nodes — tier, then label, then id — as one number each, for cheap tie-breaks. */
  order: ReadonlyMap<string, number>;
}

const EMPTY: readonly GraphEdge[] = [];

export function buildIndex(graph: Graph): GraphIndex {
  return runAtOnce(indexSteps(graph));
}

/**
 * The same index, built in four steps with `pause()` between them: at 45,000 nodes and 111,000
 * edges the whole index took 0.2–0.3 s in one task on the page.
 */
export function buildIndexInSteps(graph: Graph, pause: () => Promise<unknown>): Promise<GraphIndex> {
  return runWithPauses(indexSteps(graph), pause);
}

/** buildIndex's work, yielding between its passes (nodes, names, edges, reading order). */
function* indexSteps(graph: Graph): Generator<void, GraphIndex> {
  const byId = new Map<string, GraphNode>();
  const nodeIds = new Set<string>();
  const edgeIds = new Set<string>();
  const byTier = new Map<Tier, string[]>();
  const byCategory = new Map<string, string[]>();
  const byProvider = new Map<ProviderId, string[]>();
  const byName = new Map<string, string>();
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const node of graph.nodes) {
    byId.set(node.id, node);
    nodeIds.add(node.id);
    if (isCurriculumItem(node)) push(byTier, node.tier!, node.id);
    if (node.category) push(byCategory, node.category, node.id);
    if (node.provider) push(byProvider, node.provider, node.id);
  }
  yield;
  // Ids and labels win over aliases when names collide in an imported graph.
  const names = (n: GraphNode) => [n.id, n.label, ...(n.aliases ?? []), ...(n.formerNames ?? []), n.checklist ?? ''];
  for (const node of graph.nodes)
    for (const name of names(node)) {
      const key = name.trim().toLowerCase();
      if (key && !byName.has(key)) byName.set(key, node.id);
    }
  yield;

  const out = new Map<string, Map<EdgeKind, GraphEdge[]>>();
  const inn = new Map<string, Map<EdgeKind, GraphEdge[]>>();
  const file = (map: Map<string, Map<EdgeKind, GraphEdge[]>>, id: string, edge: GraphEdge) => {
    let kinds = map.get(id);
    if (!kinds) map.set(id, (kinds = new Map()));
    push(kinds, edge.kind, edge);
  };
  // In chunks: 110,000 edges filed in one go were a task of 0.1–0.2 s.
  yield* eachInSteps(graph.edges, (edge) => {
    file(out, edge.source, edge);
    file(inn, edge.target, edge);
    edgeIds.add(edge.id);
  });
  yield;
  const key = (n: GraphNode) => [n.tier ?? 9, n.label.toLowerCase(), n.id] as const;
  const sorted = graph.nodes.map((n) => [key(n), n.id] as const);
  sorted.sort(([a], [b]) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] < b[2] ? -1 : 1));
  const order = new Map(sorted.map(([, id], i) => [id, i]));
  return { graph, byId, nodeIds, edgeIds, out, in: inn, byTier, byCategory, byProvider, byName, order };
}

/** Edges of one kind leaving `id`. */
export const outEdges = (index: GraphIndex, id: string, kind: EdgeKind): readonly GraphEdge[] =>
  index.out.get(id)?.get(kind) ?? EMPTY;

/** Edges of one kind entering `id`. */
export const inEdges = (index: GraphIndex, id: string, kind: EdgeKind): readonly GraphEdge[] =>
  index.in.get(id)?.get(kind) ?? EMPTY;
