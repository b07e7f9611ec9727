/**
 * Writing a graph to a file, in each format the app reads back: every export is text (the caller
 * makes it a download), and `importGraph` turns it into the same nodes, edges and attributes.
 */
import type { Graph, GraphEdge } from '../graph.ts';
import type { NodeDoc, RequireEntry } from '../schema.ts';
import { writeCytoscape } from './cytoscape.ts';
import { writeGraphML } from './graphml.ts';

/**
 * The app's own format, `{ nodes: [...] }` as graph-data holds it (as JSON, which is YAML too):
 * each node with its relations folded back into `requires`, `alternativeTo`, `buildsOn`, `uses`,
 * `integratesWith`, `provider` and `implements`. Importing it applies every rule of graph-data.
 */
export function exportAppJson(graph: Graph): string {
  return `${JSON.stringify({ nodes: toDocs(graph) }, null, 2)}\n`;
}

/** The normalised graph as it is, `{ nodes, edges }`. */
export function exportGraphJson(graph: Graph): string {
  return `${JSON.stringify({ nodes: graph.nodes, edges: graph.edges }, null, 2)}\n`;
}

/** Cytoscape JSON: `{ elements: { nodes, edges } }`, every field in `data` (see cytoscape.ts). */
export const exportCytoscapeJson = (graph: Graph): string => writeCytoscape(graph);

/** GraphML with a `<key>` for every field in use (see graphml.ts). */
export const exportGraphML = (graph: Graph): string => writeGraphML(graph);

const PLAIN_RELATIONS = {
  'alternative-to': 'alternativeTo',
  'builds-on': 'buildsOn',
  uses: 'uses',
  'integrates-with': 'integratesWith',
} as const;

/**
 * The inverse of `toGraph`: node documents whose relation fields say what the edges say, so that
 * `toGraph(toDocs(g))` equals `g` up to the order of edges for every graph `toGraph` makes.
 *
 * What the document format cannot say is left out: attributes on edges that carry none there
 * (a caveat on a `uses` edge), an `offered-by` edge that is not the node's `provider`, and edge
 * ids other than `kind:source->target`. An any-of group keeps its place among the requires
 * entries (its id, `<node>#any-of-<i>`, names that place); a group of one member becomes a plain
 * prerequisite.
 */
export function toDocs(graph: Graph): NodeDoc[] {
  const outgoing = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) {
    const list = outgoing.get(edge.source) ?? [];
    list.push(edge);
    outgoing.set(edge.source, list);
  }
  return graph.nodes.map((node) => {
    const edges = outgoing.get(node.id) ?? [];
    const doc: NodeDoc = { ...node };
    const requires = requiresOf(
      node.id,
      edges.filter((e) => e.kind === 'requires'),
    );
    if (requires.length) doc.requires = requires;
    const achievedBy = requiresOf(
      node.id,
      edges.filter((e) => e.kind === 'achieved-by'),
      'achieved-by-any-of',
    );
    if (achievedBy.length) doc.achievedBy = achievedBy;
    for (const [kind, field] of Object.entries(PLAIN_RELATIONS) as [
      keyof typeof PLAIN_RELATIONS,
      (typeof PLAIN_RELATIONS)[keyof typeof PLAIN_RELATIONS],
    ][]) {
      const targets = edges.filter((e) => e.kind === kind).map((e) => e.target);
      if (targets.length) doc[field] = targets;
    }
    const implemented = edges.filter((e) => e.kind === 'implements');
    if (implemented.length)
      doc.implements = implemented.map((e) => ({
        capability: e.target,
        match: e.match ?? 'full',
        ...(e.caveat === undefined ? {} : { caveat: e.caveat }),
        source: e.sourceUrl ?? '',
        checked: e.checked ?? '',
      }));
    return doc;
  });
}

/** Requires entries in the order `toGraph` numbers them: groups at the index their id names. */
function requiresOf(id: string, edges: readonly GraphEdge[], groupPrefix = 'any-of'): RequireEntry[] {
  const plain: RequireEntry[] = [];
  const groups = new Map<string, GraphEdge[]>();
  for (const edge of edges) {
    if (edge.group === undefined) {
      plain.push(entry(edge));
      continue;
    }
    const members = groups.get(edge.group) ?? [];
    members.push(edge);
    groups.set(edge.group, members);
  }
  const placed: { index: number | undefined; entry: RequireEntry }[] = [];
  for (const [group, members] of groups) {
    if (members.length < 2) {
      plain.push(entry(members[0]!));
      continue;
    }
    const prefix = `${id}#${groupPrefix}-`;
    const suffix = group.startsWith(prefix) ? group.slice(prefix.length) : '';
    placed.push({
      index: /^\d{1,6}$/.test(suffix) ? Number(suffix) : undefined,
      entry: { anyOf: members.map((m) => m.target), strength: members[0]!.strength ?? 'hard' },
    });
  }
  const length = plain.length + placed.length;
  const slots: (RequireEntry | undefined)[] = new Array<RequireEntry | undefined>(length).fill(undefined);
  const unplaced: RequireEntry[] = [];
  for (const { index, entry: group } of placed)
    if (index !== undefined && index < length && slots[index] === undefined) slots[index] = group;
    else unplaced.push(group);
  const rest = [...plain, ...unplaced];
  return slots.map((slot) => slot ?? rest.shift()!);
}

/** `- python` for a hard prerequisite, `- { id, strength: recommended }` otherwise. */
const entry = (edge: GraphEdge): RequireEntry =>
  edge.strength === 'recommended' ? { id: edge.target, strength: 'recommended' } : edge.target;
