/**
 * Turns graph-data files (YAML or JSON text) into node documents, checking each against the
 * schema. Every problem is reported with its file, path and line; nothing throws.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { type z } from 'zod';
import { NodeDoc } from './schema.ts';
import { formatPath, type Origin, type PathPart, type Problem } from './problems.ts';

export interface SourceFile {
  /** Shown in problems, e.g. `graph-data/tier-1/skills.yaml`. */
  name: string;
  text: string;
}

export interface ParsedFiles {
  docs: NodeDoc[];
  origins: Map<NodeDoc, Origin>;
  /** Line lookup for semantic problems found later: file name → path → line. */
  lineOf: (file: string, path: readonly PathPart[]) => number | undefined;
  problems: Problem[];
  /** Ids of nodes that failed the schema: references to them are not reported a second time. */
  rejectedIds: Set<string>;
}

/** Guards against hostile input; the curriculum itself is a few hundred kB. */
const MAX_FILE_CHARS = 20_000_000;

export function parseFiles(files: readonly SourceFile[]): ParsedFiles {
  const docs: NodeDoc[] = [];
  const origins = new Map<NodeDoc, Origin>();
  const problems: Problem[] = [];
  const rejectedIds = new Set<string>();
  const located = new Map<string, { doc: Document; lines: LineCounter }>();

  const lineOf = (file: string, path: readonly PathPart[]) => {
    const entry = located.get(file);
    if (!entry) return undefined;
    for (let depth = path.length; depth >= 0; depth--) {
      const node = entry.doc.getIn(path.slice(0, depth), true) as { range?: [number] } | undefined;
      if (node && typeof node === 'object' && node.range) return entry.lines.linePos(node.range[0]).line;
    }
    return undefined;
  };

  for (const file of files) {
    if (file.text.length > MAX_FILE_CHARS) {
      problems.push({ file: file.name, path: '', message: `file is larger than ${MAX_FILE_CHARS} characters` });
      continue;
    }
    const lines = new LineCounter();
    const doc = parseDocument(file.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const error of doc.errors)
        problems.push({
          file: file.name,
          path: '',
          line: lines.linePos(error.pos[0]).line,
          message: `not valid YAML/JSON: ${error.message.split('\n')[0]}`,
        });
      continue;
    }
    located.set(file.name, { doc, lines });
    const content: unknown = doc.toJS({ maxAliasCount: 100 });
    const nodes = isRecord(content) ? content.nodes : undefined;
    const extraKeys = isRecord(content) ? Object.keys(content).filter((k) => k !== 'nodes') : [];
    if (!Array.isArray(nodes) || extraKeys.length > 0) {
      const message = Array.isArray(nodes)
        ? `unknown top-level field(s): ${extraKeys.join(', ')}`
        : 'a graph-data file holds one top-level list, `nodes:`';
      problems.push({ file: file.name, path: '', line: 1, message });
      continue;
    }
    // Node by node, so one broken node does not hide the others or every reference to them.
    nodes.forEach((raw: unknown, index) => {
      const parsed = NodeDoc.safeParse(raw);
      if (parsed.success) {
        docs.push(parsed.data);
        origins.set(parsed.data, { file: file.name, index });
        return;
      }
      if (isRecord(raw) && typeof raw.id === 'string') rejectedIds.add(raw.id);
      problems.push(...schemaProblems(file.name, ['nodes', index], parsed.error, (path) => lineOf(file.name, path)));
    });
  }
  return { docs, origins, lineOf, problems, rejectedIds };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function schemaProblems(
  file: string,
  prefix: PathPart[],
  error: z.ZodError,
  lineOf: (path: readonly PathPart[]) => number | undefined,
): Problem[] {
  const seen = new Set<string>();
  return error.issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path.filter((p): p is PathPart => typeof p !== 'symbol')];
    const message = describeIssue(issue);
    // One bad URL breaks several URL checks at once: say it once.
    const key = `${formatPath(path)}\n${message}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const line = lineOf(path);
    return [{ file, path: formatPath(path), ...(line === undefined ? {} : { line }), message }];
  });
}

/** zod's union errors say "Invalid input"; name the accepted shapes instead. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_union' && issue.path.includes('requires'))
    return 'a requires entry must be an id, { id, strength } or { anyOf: [ids], strength }';
  if (issue.code === 'unrecognized_keys') return `unknown field(s): ${issue.keys.join(', ')}`;
  return issue.message;
}
