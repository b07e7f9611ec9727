/**
 * From a foreign graph (Cytoscape JSON, GraphML) to the app's `Graph`.
 *
 * The readers turn a file into plain elements: an id, attributes by name, and where the element
 * sits in the file. This module decides what those become, the same way for every format:
 *
 * - Node ids: kept when already kebab-case (every id the app writes is); otherwise rewritten as a
 *   kebab-case id (`"Node A"` → `node-a`, `-2`, `-3`… when two collide). Edges follow the rewrite.
 * - Node fields: `label`, else `name` (Cytoscape desktop), else the original id; `kind` when it is
 *   one of the app's kinds (any case), else `tool`; `description`, else a line saying where the
 *   node came from; every other field of the app (`tier`, `category`, `priority`, `aliases`,
 *   `links`, `tags`…) when its value is valid. Lists may be lists or JSON text (GraphML has no
 *   lists).
 * - Edge kinds: `kind`, else Cytoscape desktop's `interaction`, when it is one of the app's
 *   relations; else `integrates-with`, the relation that claims least. `requires` edges without a
 *   strength are hard, as in graph-data.
 * - Edge ids: kept when unique among edges and distinct from every node id (Cytoscape needs both);
 *   otherwise, and when absent, the app's own `kind:source->target`.
 *
 * Nothing is dropped silently: attributes the app has no field for, invalid values, defaults
 * chosen and ids rewritten are each summed up in one warning. Broken structure (missing or
 * duplicate ids, edges to missing nodes, prerequisite loops) is a problem, and nothing opens.
 */
import type { Graph, GraphEdge } from '../../graph.ts';
import type { PathPart } from '../../problems.ts';
import { ID_MAX, Id } from '../../schema.ts';
import { checkReferences, type CheckedEdge, type CheckedNode, type Issue } from './checks.ts';
import { edgeKindOf, mapEdge, mapNode } from './foreign-elements.ts';
import { Notes } from './foreign-notes.ts';
import { FORMAT_NAMES, IMPORT_LIMITS, formatCount, type Format } from './formats.ts';
import { describeValue, quote } from './text.ts';

export { DEFAULT_EDGE_KIND, DEFAULT_NODE_KIND } from './foreign-values.ts';

export interface ForeignNode {
  path: PathPart[];
  /** Line of the element, when the reader knows it (GraphML); JSON and YAML lines come from paths. */
  line?: number;
  idPath: PathPart[];
  id: unknown;
  /** Every attribute but the id, by name. */
  attrs: ReadonlyMap<string, unknown>;
}

export interface ForeignEdge {
  path: PathPart[];
  line?: number;
  idPath: PathPart[];
  sourcePath: PathPart[];
  targetPath: PathPart[];
  /** `undefined` when the edge has none. */
  id: unknown;
  source: unknown;
  target: unknown;
  /** Every attribute but the id, source and target, by name. */
  attrs: ReadonlyMap<string, unknown>;
}

export interface ForeignGraph {
  format: Exclude<Format, 'atlas' | 'atlas-graph'>;
  nodes: ForeignNode[];
  edges: ForeignEdge[];
  /** What the reader itself had to leave out or reinterpret (layout, nesting, undirected edges…). */
  notes: string[];
}

export type ForeignResult = { ok: true; graph: Graph; warnings: string[] } | { ok: false; issues: Issue[] };

const REWRITTEN_ID_MAX = 64;

export function foreignToGraph(input: ForeignGraph): ForeignResult {
  const { nodes: rawNodes, edges: rawEdges } = input;
  const limits: Issue[] = [];
  if (rawNodes.length > IMPORT_LIMITS.nodes)
    limits.push({
      path: [],
      message: `the graph has ${formatCount(rawNodes.length)} nodes; at most ${formatCount(IMPORT_LIMITS.nodes)} can be opened`,
    });
  if (rawEdges.length > IMPORT_LIMITS.edges)
    limits.push({
      path: [],
      message: `the graph has ${formatCount(rawEdges.length)} edges; at most ${formatCount(IMPORT_LIMITS.edges)} can be opened`,
    });
  if (limits.length) return { ok: false, issues: limits };

  // 1. Structure, in the file's own ids.
  const issues: Issue[] = [];
  const checkedNodes: CheckedNode[] = [];
  const nodeIds: (string | undefined)[] = rawNodes.map((node) => {
    const id = idOf(node.id, 'node', node.idPath, issues);
    if (id !== undefined) checkedNodes.push({ id, idPath: node.idPath });
    return id;
  });
  const checkedEdges: (CheckedEdge | undefined)[] = rawEdges.map((edge) => {
    const id = edge.id === undefined ? undefined : idOf(edge.id, 'edge', edge.idPath, issues);
    const source = idOf(edge.source, 'source', edge.sourcePath, issues);
    const target = idOf(edge.target, 'target', edge.targetPath, issues);
    if (source === undefined || target === undefined) return undefined;
    return { ...(id === undefined ? {} : { id }), kind: edgeKindOf(edge.attrs).kind, source, target, ...pathsOf(edge) };
  });
  // One push per issue: spreading 100,000 of them into one call overflows a worker's stack.
  for (const issue of checkReferences(
    checkedNodes,
    checkedEdges.filter((e) => e !== undefined),
    { repeats: 'allow' },
  ))
    issues.push(issue);
  if (issues.length) return { ok: false, issues };

  // 2. Mapping: every node and edge is now known to be well formed.
  const notes = new Notes();
  const ids = rewriteIds(nodeIds as string[], notes);
  const origin = `Imported from ${FORMAT_NAMES[input.format]}.`;
  const nodes = rawNodes.map((raw, i) => mapNode(raw, nodeIds[i]!, ids.get(nodeIds[i]!)!, origin, notes));
  const nodeIdSet = new Set(nodes.map((n) => n.id));
  const edgeIds = new Set<string>();
  // A relation stated twice (multigraphs are common in GraphML and Cytoscape) becomes one edge:
  // the app's formats name an edge by its kind and ends, so a second one could not be saved.
  const relations = new Set<string>();
  const edges: GraphEdge[] = [];
  rawEdges.forEach((raw, i) => {
    const { kind, source, target } = checkedEdges[i]!;
    const relation = `${kind}\n${source}\n${target}`;
    if (relations.has(relation)) {
      notes.example('merged', `${kind} ${quote(source, 30)} → ${quote(target, 30)}`);
      return;
    }
    relations.add(relation);
    edges.push(mapEdge(raw, checkedEdges[i]!, ids, nodeIdSet, edgeIds, notes));
  });
  return { ok: true, graph: { nodes, edges }, warnings: [...notes.warnings(), ...input.notes] };
}

const pathsOf = (edge: ForeignEdge) => ({
  idPath: edge.idPath,
  sourcePath: edge.sourcePath,
  targetPath: edge.targetPath,
});

/** An id as text: strings, and finite numbers as written; anything else is a problem. */
function idOf(value: unknown, role: 'node' | 'edge' | 'source' | 'target', path: PathPart[], issues: Issue[]) {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  const what = role === 'node' ? 'node id' : role === 'edge' ? 'edge id' : `edge ${role}`;
  const message =
    value === undefined
      ? role === 'node' || role === 'edge'
        ? `${role === 'node' ? 'a node' : 'an edge'} needs an id`
        : `an edge needs a ${role}`
      : typeof value === 'string'
        ? `${what} must not be empty`
        : `${what} must be text or a number, not ${describeValue(value)}`;
  issues.push({ path, message });
  return undefined;
}

/** Original id → app id: valid kebab-case ids stay; the rest are rewritten, never colliding. */
function rewriteIds(originals: readonly string[], notes: Notes): Map<string, string> {
  const result = new Map<string, string>();
  const taken = new Set<string>();
  const keeps = (id: string) => id.length <= ID_MAX && Id.safeParse(id).success;
  for (const id of originals)
    if (keeps(id)) {
      result.set(id, id);
      taken.add(id);
    }
  for (const id of originals) {
    if (result.has(id)) continue;
    const base = kebab(id);
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
    taken.add(candidate);
    result.set(id, candidate);
    notes.example('renamed', `${quote(id)} → ${candidate}`);
  }
  return result;
}

/** `"Node A (v2)"` → `node-a-v2`; accents dropped, nothing left → `node`. */
export function kebab(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, REWRITTEN_ID_MAX)
    .replace(/-+$/, '');
  return words || 'node';
}
