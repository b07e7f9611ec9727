/**
 * Opening a graph file a user brings: it either becomes a `Graph` (with warnings for whatever did
 * not fit the app's model) or a list of problems saying precisely why not, with file, path and
 * line. Never throws, whatever the bytes.
 *
 * 1. Size (at most 20 MB), then strict UTF-8.
 * 2. Format, by content (the extension only decides when content cannot): XML is GraphML; JSON or
 *    YAML is Cytoscape JSON (`elements`, or a list of elements), the normalised graph
 *    (`{ nodes, edges }`) or the app's node documents (`{ nodes }`).
 * 3. Nesting is bounded (100 levels) before any recursive parser sees the text, and nodes and
 *    edges are counted (50,000 and 200,000 at most) before any per-element work.
 * 4. The app's formats are held to their own rules (node documents to every rule of graph-data);
 *    foreign ones are mapped as foreign.ts describes and held to the reference rules.
 */
import { LineCounter, parseDocument } from 'yaml';
import { Graph } from '../graph.ts';
import { formatPath, type Problem } from '../problems.ts';
import { importAtlasData } from './atlas/atlas-data.ts';
import { importAtlasGraph, zodIssues } from './atlas/atlas-graph.ts';
import type { Issue } from './core/checks.ts';
import { isCytoscapeValue, readCytoscape } from './cyjs/cyjs.ts';
import { foreignToGraph, type ForeignGraph } from './core/foreign.ts';
import { IMPORT_LIMITS, formatCount, type Format } from './core/formats.ts';
import { looksLikeXml, readGraphML } from './graphml/graphml-read.ts';
import { portableGraph } from './core/portable-text.ts';
import { duplicateKeys, jsonLines, valueTooDeep } from './core/json-text.ts';
import { decodeUtf8, isRecord, offsetLines, yamlLines, type Locate } from './core/text.ts';
import { jsonProblem, UNSUPPORTED, unknownFormat, unsupported } from './core/unknown-format.ts';
import { yamlTooDeep } from './core/yaml-depth.ts';

export type { Format } from './core/formats.ts';
export { FORMATS, FORMAT_NAMES, IMPORT_LIMITS } from './core/formats.ts';
export { DEFAULT_EDGE_KIND, DEFAULT_NODE_KIND } from './core/foreign.ts';

export interface GraphFile {
  /** The file's name, e.g. `network.graphml`: shown in problems, and a hint to the format. */
  name: string;
  bytes: Uint8Array;
}

export type ImportResult =
  { ok: true; graph: Graph; format: Format; warnings: string[] } | { ok: false; problems: Problem[] };

export function importGraph(file: GraphFile): ImportResult {
  const name = typeof file?.name === 'string' && file.name !== '' ? file.name : '(unnamed file)';
  try {
    return finish(name, read(name, file?.bytes));
  } catch (error) {
    // A bug or an engine limit, never the user's fault: say so rather than throw.
    const reason =
      error instanceof RangeError
        ? 'it is nested too deeply or too large to read'
        : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, problems: [{ file: name, path: '', message: `could not read the file: ${reason}` }] };
  }
}

function read(name: string, bytes: unknown): ImportResult {
  const fail = (message: string, line?: number): ImportResult => ({
    ok: false,
    problems: [{ file: name, path: '', ...(line === undefined ? {} : { line }), message }],
  });
  // Any byte view or buffer, from any realm (a worker's, an iframe's).
  if (ArrayBuffer.isView(bytes)) bytes = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  else if (Object.prototype.toString.call(bytes) === '[object ArrayBuffer]')
    bytes = new Uint8Array(bytes as ArrayBuffer);
  else return fail('no file content was given');
  if (!(bytes instanceof Uint8Array)) return fail('no file content was given');
  if (bytes.length > IMPORT_LIMITS.bytes)
    return fail(
      `the file is ${formatCount(bytes.length)} bytes; at most ${formatCount(IMPORT_LIMITS.bytes)} bytes (${IMPORT_LIMITS.bytes / 1_000_000} MB) can be opened`,
    );
  const text = decodeUtf8(bytes);
  if (text === null) return fail('not UTF-8 text: save the file as UTF-8 and open it again');
  if (text.trim() === '') return fail('the file is empty');
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

  if (looksLikeXml(text)) {
    const lineAt = offsetLines(text);
    const read = readGraphML(text, lineAt);
    if ('issues' in read)
      return { ok: false, problems: toProblems(name, read.issues, (paths) => paths.map(() => undefined)) };
    return foreign(name, read.graph, elementLines(read.graph));
  }
  if (extension === 'graphml' || extension === 'xml')
    return fail(`the file is named .${extension} but holds no XML`, 1);

  // JSON first: V8's JSON parser does not recurse, so depth is checked on the value.
  let value: unknown;
  let locate: Locate = jsonLines(text);
  let jsonError: string | undefined;
  try {
    value = JSON.parse(text);
  } catch (error) {
    jsonError = error instanceof RangeError ? 'nested' : error instanceof Error ? error.message : String(error);
  }
  const tooDeep = () => fail(`the data is nested more than ${IMPORT_LIMITS.depth} levels deep`);
  if (jsonError === undefined) {
    if (valueTooDeep(value, IMPORT_LIMITS.depth)) return tooDeep();
    const repeated = duplicateKeys(text, IMPORT_LIMITS.problems + 1);
    if (repeated.length)
      return {
        ok: false,
        problems: toProblems(
          name,
          repeated.map(({ path, key }) => ({
            path,
            message: `the key "${key}" appears twice in one object (JSON would keep only the last value)`,
          })),
          locate,
        ),
      };
  } else {
    // YAML (a superset of JSON): bounded before the composer, which recurses, sees it.
    if (jsonError === 'nested' || yamlTooDeep(text, IMPORT_LIMITS.depth)) return tooDeep();
    const lines = new LineCounter();
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter: lines, logLevel: 'error' });
    locate = yamlLines(doc, lines);
    if (doc.errors.length > 0) {
      if (Object.hasOwn(UNSUPPORTED, extension)) return fail(unsupported(extension), 1);
      if (extension === 'json' || extension === 'cyjs' || /^\s*[[{]/.test(text))
        return jsonProblem(name, text, jsonError);
      const lineAt = offsetLines(text);
      return {
        ok: false,
        problems: doc.errors.slice(0, IMPORT_LIMITS.problems).map((error) => ({
          file: name,
          path: '',
          line: lineAt(error.pos[0]),
          message: `not valid YAML/JSON: ${error.message.split('\n')[0]}`,
        })),
      };
    }
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      return fail(
        error instanceof ReferenceError
          ? 'the YAML repeats its aliases too often to be read safely'
          : `could not read the YAML: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (valueTooDeep(value, IMPORT_LIMITS.depth)) return tooDeep();
  }

  if (isCytoscapeValue(value)) {
    const read = readCytoscape(value);
    if ('issues' in read) return { ok: false, problems: toProblems(name, read.issues, locate) };
    return foreign(name, read.graph, locate);
  }
  if (isRecord(value) && Object.hasOwn(value, 'links') && !Object.hasOwn(value, 'edges'))
    return fail(unknownFormat(value), 1);
  if (isRecord(value) && Object.hasOwn(value, 'nodes') && Object.hasOwn(value, 'edges')) {
    const result = importAtlasGraph(value);
    if (!result.ok) return { ok: false, problems: toProblems(name, result.issues, locate) };
    return { ok: true, graph: result.graph, format: 'atlas-graph', warnings: [] };
  }
  if (isRecord(value) && Object.hasOwn(value, 'nodes')) {
    const result = importAtlasData(name, text, Array.isArray(value.nodes) ? value.nodes.length : 0);
    if (!result.ok) return { ok: false, problems: capped(name, result.problems) };
    return { ok: true, graph: result.graph, format: 'atlas', warnings: [] };
  }
  return fail(Object.hasOwn(UNSUPPORTED, extension) ? unsupported(extension) : unknownFormat(value), 1);
}

/** Nodes and a verdict the app can rely on: at least one node, and a graph that passes its schema. */
function finish(name: string, result: ImportResult): ImportResult {
  if (!result.ok) return result;
  if (result.graph.nodes.length === 0)
    return { ok: false, problems: [{ file: name, path: '', message: 'the graph is empty: the file holds no nodes' }] };
  const { graph, warning } = portableGraph(result.graph);
  if (warning) result = { ...result, graph, warnings: [...result.warnings, warning] };
  const check = Graph.safeParse(result.graph);
  if (!check.success)
    return {
      ok: false,
      problems: zodIssues(check.error)
        .slice(0, 5)
        .map((i) => ({
          file: name,
          path: formatPath(i.path),
          message: `could not be turned into a graph: ${i.message}`,
        })),
    };
  return result;
}

function foreign(name: string, graph: ForeignGraph, locate: Locate): ImportResult {
  const result = foreignToGraph(graph);
  if (!result.ok) return { ok: false, problems: toProblems(name, result.issues, locate) };
  return { ok: true, graph: result.graph, format: graph.format, warnings: result.warnings };
}

/** Lines of GraphML elements, found by the longest element path that starts an issue's path. */
function elementLines(graph: ForeignGraph): Locate {
  const lines = new Map<string, number>();
  for (const element of [...graph.nodes, ...graph.edges])
    if (element.line !== undefined) lines.set(formatPath(element.path), element.line);
  return (paths) =>
    paths.map((path) => {
      for (let depth = path.length; depth > 0; depth--) {
        const line = lines.get(formatPath(path.slice(0, depth)));
        if (line !== undefined) return line;
      }
      return undefined;
    });
}

/** Issues as problems, at most `IMPORT_LIMITS.problems` of them (lines looked up only for those). */
function toProblems(file: string, issues: readonly Issue[], locate: Locate): Problem[] {
  const shown = issues.slice(0, IMPORT_LIMITS.problems + 1);
  const lines = locate(shown.map((issue) => issue.path));
  return capped(
    file,
    shown.map((issue, i) => {
      const line = issue.line ?? lines[i];
      return { file, path: formatPath(issue.path), ...(line === undefined ? {} : { line }), message: issue.message };
    }),
    issues.length,
  );
}

function capped(file: string, problems: Problem[], total = problems.length): Problem[] {
  if (total <= IMPORT_LIMITS.problems) return problems;
  return [
    ...problems.slice(0, IMPORT_LIMITS.problems),
    { file, path: '', message: `… and ${formatCount(total - IMPORT_LIMITS.problems)} more problems` },
  ];
}
