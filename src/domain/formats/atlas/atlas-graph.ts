/**
 * The normalised graph, `{ nodes, edges }` (the `Graph` of graph.ts), read and written as it is:
 * held to the `Graph` schema and the rules of every graph (core/checks.ts).
 */
import type { z } from 'zod';
import { Graph } from '../../graph.ts';
import { formatPath, type PathPart } from '../../problems.ts';
import { checkReferences, type Issue } from '../core/checks.ts';
import { IMPORT_LIMITS, formatCount } from '../core/formats.ts';

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

/** The normalised graph as it is, `{ nodes, edges }`. */
export function exportGraphJson(graph: Graph): string {
  return `${JSON.stringify({ nodes: graph.nodes, edges: graph.edges }, null, 2)}\n`;
}
