/**
 * The app's own formats: node documents (`{ nodes: [...] }`, YAML or JSON, graph-data's schema)
 * and the normalised graph (`{ nodes, edges }`, the `Graph` schema). Both are held to their schema
 * and to the rules every graph keeps (checks.ts): unique ids, relations between nodes that exist,
 * each stated once, prerequisites that never loop. The curriculum's own editorial rules (tiers,
 * reachability from Tier 1, cloud equivalences) are graph-data's, checked by `npm run validate`:
 * a graph someone brings need not be a curriculum, and every graph that opens must export to
 * these formats and open again.
 */
import type { z } from 'zod';
import { Graph, toGraph } from '../graph.ts';
import { parseFiles, type ParsedFiles } from '../parse-files.ts';
import { formatPath, type PathPart, type Problem } from '../problems.ts';
import type { EdgeKind, NodeDoc } from '../schema.ts';
import { referencesOf } from '../validate.ts';
import { checkReferences, type CheckedEdge, type Issue } from './checks.ts';
import { IMPORT_LIMITS, formatCount } from './formats.ts';

export type AtlasResult = { ok: true; graph: Graph } | { ok: false; problems: Problem[] };

/** The edge each relation field of a node document becomes (see `toGraph`). */
const FIELD_KINDS: Record<string, EdgeKind> = {
  requires: 'requires',
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

/** The normalised graph: the `Graph` schema, then unique ids, edge ends, prerequisite loops. */
export function importAtlasGraph(
  value: Record<string, unknown>,
): { ok: true; graph: Graph } | { ok: false; issues: Issue[] } {
  const limits: Issue[] = [];
  const count = (list: unknown) => (Array.isArray(list) ? list.length : 0);
  if (count(value.nodes) > IMPORT_LIMITS.nodes)
    limits.push({
      path: ['nodes'],
      message: `the graph has ${formatCount(count(value.nodes))} nodes; at most ${formatCount(IMPORT_LIMITS.nodes)} can be opened`,
    });
  if (count(value.edges) > IMPORT_LIMITS.edges)
    limits.push({
      path: ['edges'],
      message: `the graph has ${formatCount(count(value.edges))} edges; at most ${formatCount(IMPORT_LIMITS.edges)} can be opened`,
    });
  if (limits.length) return { ok: false, issues: limits };
  const parsed = Graph.safeParse(value);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const graph = parsed.data;
  const issues = checkReferences(
    graph.nodes.map((n, i) => ({ id: n.id, idPath: ['nodes', i, 'id'] })),
    graph.edges.map((e, i) => ({
      id: e.id,
      kind: e.kind,
      source: e.source,
      target: e.target,
      idPath: ['edges', i, 'id'],
      sourcePath: ['edges', i, 'source'],
      targetPath: ['edges', i, 'target'],
    })),
  );
  // The canvas gives nodes and edges one id space (Cytoscape element ids).
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  graph.edges.forEach((e, i) => {
    if (nodeIds.has(e.id))
      issues.push({
        path: ['edges', i, 'id'],
        message: `edge id "${e.id}" is also the id of a node; ids must be unique`,
      });
  });
  return issues.length ? { ok: false, issues } : { ok: true, graph };
}

/** zod's issues as paths and messages, each said once. */
export function zodIssues(error: z.ZodError): Issue[] {
  const seen = new Set<string>();
  return error.issues.flatMap((issue) => {
    const path = issue.path.filter((p): p is PathPart => typeof p !== 'symbol');
    const message = issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : issue.message;
    const key = `${formatPath(path)}\n${message}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ path, message }];
  });
}
