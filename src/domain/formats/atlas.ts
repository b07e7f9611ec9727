/**
 * The app's own formats: graph-data node documents (`{ nodes: [...] }`, YAML or JSON), held to
 * every schema and semantic rule of graph-data; and the normalised graph (`{ nodes, edges }`),
 * held to the `Graph` schema and the reference rules.
 */
import type { z } from 'zod';
import { Graph, toGraph } from '../graph.ts';
import { parseFiles, type ParsedFiles } from '../parse-files.ts';
import { formatPath, type PathPart, type Problem } from '../problems.ts';
import type { NodeDoc } from '../schema.ts';
import { validateSemantics } from '../validate.ts';
import { checkReferences, type Issue } from './checks.ts';
import { IMPORT_LIMITS, formatCount } from './formats.ts';

export type AtlasResult = { ok: true; graph: Graph } | { ok: false; problems: Problem[] };

/**
 * Suggestions for unknown ids compare each with every id; past this many comparisons (a file
 * full of broken references) the references are listed without suggestions, and the other rules
 * wait until they are fixed.
 */
const HINT_BUDGET = 20_000_000;

/** Node documents, exactly as `loadGraph` reads graph-data, with the import limits. */
export function importAtlasData(file: string, text: string, rawNodes: number): AtlasResult {
  if (rawNodes > IMPORT_LIMITS.nodes)
    return fail(
      file,
      `the file has ${formatCount(rawNodes)} nodes; at most ${formatCount(IMPORT_LIMITS.nodes)} can be opened`,
    );
  const parsed = parseFiles([{ name: file, text }]);
  const unknown = unknownReferences(parsed);
  let semantic: Problem[];
  try {
    semantic =
      unknown.length * (parsed.docs.length + parsed.rejectedIds.size) > HINT_BUDGET
        ? [
            ...unknown.map(({ doc, path, target }) => at(parsed, doc, path, `unknown id "${target}"`)),
            {
              file,
              path: '',
              message: `${formatCount(unknown.length)} references name ids that are not in the file; the other rules are checked once these are fixed`,
            },
          ]
        : validateSemantics(parsed);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // A guard: no rule should recurse any more, but a stack overflow must still end in words.
    return fail(
      file,
      'could not check the prerequisites: a chain of requires is too long for the validator to follow (a limit of the app, not an error in the file)',
    );
  }
  const problems = [...parsed.problems, ...semantic];
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
  const graph = toGraph(parsed.docs);
  if (graph.edges.length > IMPORT_LIMITS.edges)
    return fail(
      file,
      `the file has ${formatCount(graph.edges.length)} edges; at most ${formatCount(IMPORT_LIMITS.edges)} can be opened`,
    );
  return { ok: true, graph };
}

const fail = (file: string, message: string): AtlasResult => ({ ok: false, problems: [{ file, path: '', message }] });

/** The same order as `loadGraph`: by file, line, then path. */
const sortProblems = (problems: Problem[]) =>
  problems.sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.path.localeCompare(b.path),
  );

function at(parsed: ParsedFiles, doc: NodeDoc, path: PathPart[], message: string): Problem {
  const origin = parsed.origins.get(doc)!;
  const full: PathPart[] = ['nodes', origin.index, ...path];
  const line = parsed.lineOf(origin.file, full);
  return { file: origin.file, path: formatPath(full), ...(line === undefined ? {} : { line }), message };
}

/** References to ids that no node has (nor a node the schema refused). */
function unknownReferences(parsed: ParsedFiles): { doc: NodeDoc; path: PathPart[]; target: string }[] {
  const known = new Set([...parsed.docs.map((d) => d.id), ...parsed.rejectedIds]);
  const out: { doc: NodeDoc; path: PathPart[]; target: string }[] = [];
  const check = (doc: NodeDoc, path: PathPart[], target: string) => {
    if (!known.has(target)) out.push({ doc, path, target });
  };
  for (const doc of parsed.docs) {
    for (const key of ['requires', 'achievedBy'] as const)
      doc[key]?.forEach((entry, i) => {
        if (typeof entry === 'string') check(doc, [key, i], entry);
        else if ('id' in entry) check(doc, [key, i, 'id'], entry.id);
        else entry.anyOf.forEach((target, j) => check(doc, [key, i, 'anyOf', j], target));
      });
    if (doc.category) check(doc, ['category'], doc.category);
    if (doc.provider) check(doc, ['provider'], doc.provider);
    doc.implements?.forEach((imp, i) => check(doc, ['implements', i, 'capability'], imp.capability));
    for (const key of ['alternativeTo', 'buildsOn', 'uses', 'integratesWith'] as const)
      doc[key]?.forEach((target, i) => check(doc, [key, i], target));
  }
  return out;
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
