/**
 * The app's own formats: node documents (`{ nodes: [...] }`, YAML or JSON, graph-data's schema)
 * and the normalised graph (`{ nodes, edges }`, the `Graph` schema). Both are held to their schema
 * and to the rules every graph keeps (checks.ts): unique ids, relations between nodes that exist,
 * each stated once, prerequisites that never loop. The curriculum's own editorial rules (tiers,
 * reachability from Tier 1, cloud equivalences) are graph-data's, checked by `npm run validate`:
 * a graph someone brings need not be a curriculum, and every graph that opens must export to
 * these formats and open again.
 */
import { toGraph, type Graph, type GraphEdge } from '../../graph.ts';
import { parseFiles, type ParsedFiles } from '../../parse-files.ts';
import { formatPath, type PathPart, type Problem } from '../../problems.ts';
import { Implements, type EdgeKind, type NodeDoc, type RequireEntry } from '../../schema.ts';
import { referencesOf } from '../../validate.ts';
import { checkReferences, type CheckedEdge, type Issue } from '../core/checks.ts';
import { IMPORT_LIMITS, formatCount } from '../core/formats.ts';

export type AtlasResult = { ok: true; graph: Graph } | { ok: false; problems: Problem[] };

// ── Reading ───────────────────────────────────────────────────────────────────────────────────

/** The edge each relation field of a node document becomes (see `toGraph`). */
const FIELD_KINDS: Record<string, EdgeKind> = {
  requires: 'requires',
  achievedBy: 'achieved-by',
  provider: 'offered-by',
  implements: 'implements',
  alternativeTo: 'alternative-to',
  buildsOn: 'builds-on',
  uses: 'uses',
  integratesWith: 'integrates-with',
};

/** Node documents, read as `loadGraph` reads graph-data, with the import limits and rules above. */
export function importAtlasData(file: string, text: string, rawNodes: number): AtlasResult {
  if (rawNodes > IMPORT_LIMITS.nodes)
    return fail(
      file,
      `the file has ${formatCount(rawNodes)} nodes; at most ${formatCount(IMPORT_LIMITS.nodes)} can be opened`,
    );
  const parsed = parseFiles([{ name: file, text }]);
  const at = (doc: NodeDoc, path: PathPart[]): PathPart[] => ['nodes', parsed.origins.get(doc)!.index, ...path];
  const edges: CheckedEdge[] = [];
  for (const doc of parsed.docs)
    for (const ref of referencesOf(doc)) {
      const kind = FIELD_KINDS[String(ref.path[0])];
      if (kind === undefined) continue; // the category is a field, not an edge
      const path = at(doc, ref.path);
      edges.push({ kind, source: doc.id, target: ref.target, idPath: path, sourcePath: path, targetPath: path });
    }
  const issues = checkReferences(
    parsed.docs.map((doc) => ({ id: doc.id, idPath: at(doc, ['id']) })),
    edges,
    { known: parsed.rejectedIds, missing: (_, id) => `unknown id "${id}"` },
  );
  if (parsed.problems.length > 0 || issues.length > 0)
    return { ok: false, problems: [...sortProblems(parsed.problems), ...located(file, parsed, issues)] };
  const graph = toGraph(parsed.docs);
  if (graph.edges.length > IMPORT_LIMITS.edges)
    return fail(
      file,
      `the file has ${formatCount(graph.edges.length)} edges; at most ${formatCount(IMPORT_LIMITS.edges)} can be opened`,
    );
  return { ok: true, graph };
}

const fail = (file: string, message: string): AtlasResult => ({ ok: false, problems: [{ file, path: '', message }] });

/** Schema problems in the order `loadGraph` gives them: by line, then path. */
const sortProblems = (problems: Problem[]) =>
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || a.path.localeCompare(b.path));

/** Issues as problems with lines; only as many as are shown are looked up (each costs a walk). */
function located(file: string, parsed: ParsedFiles, issues: readonly Issue[]): Problem[] {
  return issues.map((issue, i) => {
    const line = i <= IMPORT_LIMITS.problems ? parsed.lineOf(file, issue.path) : undefined;
    return { file, path: formatPath(issue.path), ...(line === undefined ? {} : { line }), message: issue.message };
  });
}

// ── Writing ───────────────────────────────────────────────────────────────────────────────────

/**
 * The app's own format, `{ nodes: [...] }` as graph-data holds it (as JSON, which is YAML too):
 * each node with its relations folded back into `requires`, `alternativeTo`, `buildsOn`, `uses`,
 * `integratesWith`, `provider` and `implements`. Importing it applies every rule of graph-data.
 */
export function exportAppJson(graph: Graph): string {
  return `${JSON.stringify({ nodes: toDocs(graph) }, null, 2)}\n`;
}

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
    const implemented = edges.flatMap((e) => (e.kind === 'implements' && implementsEntry(e).success ? [e] : []));
    if (implemented.length) doc.implements = implemented.map((e) => implementsEntry(e).data!);
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

/** An `implements` edge as the document format writes it, if it can: the claim needs its proof. */
export const implementsEntry = (edge: GraphEdge) =>
  Implements.safeParse({
    capability: edge.target,
    match: edge.match,
    ...(edge.caveat === undefined ? {} : { caveat: edge.caveat }),
    source: edge.sourceUrl,
    checked: edge.checked,
  });
