/**
 * Writing a graph to a file, in each format the app reads back: every export is text (the caller
 * makes it a download), and `importGraph` turns it into the same nodes, edges and attributes.
 */
import { toGraph, type Graph, type GraphEdge } from '../graph.ts';
import { Implements, type NodeDoc, type RequireEntry } from '../schema.ts';
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
 * What the document format cannot say is left out (`atlasJsonLosses` says what): attributes on
 * edges that carry none there (a caveat on a `uses` edge), an `offered-by` edge that is not the
 * node's `provider`, a `provider` naming no node, an `implements` claim without the match, https
 * source and date the format requires, and edge ids other than `kind:source->target`. What is
 * written always opens again. An any-of group keeps its place among the requires
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
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  return graph.nodes.map((node) => {
    const edges = outgoing.get(node.id) ?? [];
    const doc: NodeDoc = { ...node };
    // The field is also an edge to the provider's node: without that node, it cannot be written.
    if (doc.provider !== undefined && !nodeIds.has(doc.provider)) delete doc.provider;
    const requires = requiresOf(
      node.id,
      edges.filter((e) => e.kind === 'requires'),
    );
    if (requires.length) doc.requires = requires;
    for (const [kind, field] of Object.entries(PLAIN_RELATIONS) as [
      keyof typeof PLAIN_RELATIONS,
      (typeof PLAIN_RELATIONS)[keyof typeof PLAIN_RELATIONS],
    ][]) {
      const targets = edges.filter((e) => e.kind === kind).map((e) => e.target);
      if (targets.length) doc[field] = targets;
    }
    const implemented = edges.flatMap((e) => (e.kind === 'implements' && implementsEntry(e).success ? [e] : []));
    if (implemented.length) doc.implements = implemented.map((e) => implementsEntry(e).data!);
    return doc;
  });
}

/** Requires entries in the order `toGraph` numbers them: groups at the index their id names. */
function requiresOf(id: string, edges: readonly GraphEdge[]): RequireEntry[] {
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
    const prefix = `${id}#any-of-`;
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

/** An `implements` edge as the document format writes it, if it can: the claim needs its proof. */
const implementsEntry = (edge: GraphEdge) =>
  Implements.safeParse({
    capability: edge.target,
    match: edge.match,
    ...(edge.caveat === undefined ? {} : { caveat: edge.caveat }),
    source: edge.sourceUrl,
    checked: edge.checked,
  });

const EDGE_FIELDS = [
  'kind',
  'source',
  'target',
  'strength',
  'group',
  'match',
  'caveat',
  'sourceUrl',
  'checked',
] as const;
const sameEdge = (a: GraphEdge, b: GraphEdge) => EDGE_FIELDS.every((f) => a[f] === b[f]);
const EXAMPLES = 5;

/**
 * What Atlas JSON (`exportAppJson`) cannot hold of a graph, in words for a notice: none for a graph
 * written in the document format (the curriculum), and for others each edge it leaves out or
 * changes, and each provider field without a node. Edge ids are not counted: the format derives them.
 */
export function atlasJsonLosses(graph: Graph): string[] {
  const back = toGraph(toDocs(graph));
  const relation = (e: GraphEdge) => `${e.kind}\n${e.source}\n${e.target}`;
  const written = new Map(back.edges.map((e) => [relation(e), e]));
  const original = new Set(graph.edges.map(relation));
  const edges: string[] = [];
  for (const edge of graph.edges) {
    const again = written.get(relation(edge));
    if (again && sameEdge(edge, again)) continue;
    const issue = edge.kind === 'implements' ? implementsEntry(edge).error?.issues[0] : undefined;
    const why = issue
      ? `${issue.path.join('.')} ${issue.message}`
      : again
        ? `its ${EDGE_FIELDS.filter((f) => edge[f] !== again[f]).join(', ')}`
        : 'no field holds it';
    edges.push(`${edge.kind} ${edge.source} → ${edge.target} (${why})`);
  }
  for (const edge of back.edges)
    if (!original.has(relation(edge))) edges.push(`${edge.kind} ${edge.source} → ${edge.target} (added)`);
  const providers = graph.nodes.filter(
    (n) => n.provider !== undefined && !written.has(`offered-by\n${n.id}\n${n.provider}`),
  );
  const losses: string[] = [];
  const listed = (items: string[]) => `${items.slice(0, EXAMPLES).join(', ')}${items.length > EXAMPLES ? ', …' : ''}`;
  const rest = '; Graph JSON keeps everything.';
  if (edges.length)
    losses.push(
      `Atlas JSON cannot hold ${edges.length === 1 ? '1 edge' : `${edges.length} edges`} of this graph as ${edges.length === 1 ? 'it is' : 'they are'}: ${listed(edges)}${rest}`,
    );
  if (providers.length)
    losses.push(
      `Atlas JSON cannot hold ${providers.length === 1 ? '1 provider field' : `${providers.length} provider fields`} without a node for its provider: ${listed(providers.map((n) => `${n.id} (${n.provider})`))}${rest}`,
    );
  return losses;
}
