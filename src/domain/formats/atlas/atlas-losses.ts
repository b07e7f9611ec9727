/** What Atlas JSON cannot hold of a graph, said for the export's notice. */
import { GraphEdge, toGraph, type Graph } from '../../graph.ts';
import { implementsEntry, toDocs } from './atlas-data.ts';

/** Every field of an edge but its id, which Atlas JSON derives. */
const EDGE_FIELDS = GraphEdge.keyof().options.filter((f) => f !== 'id');
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
    const unproven = edge.kind === 'implements' && !implementsEntry(edge).success;
    const why = unproven
      ? 'a cloud claim there needs a match, an https source, a check date, and a caveat when partial'
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
