/**
 * What to say about a file that is not a graph the app reads: a JSON syntax error with its line
 * and column, a graph format the app does not read (named by its extension), or what was found.
 */
import type { Problem } from '../../problems.ts';
import { describeValue, isRecord, offsetLines } from './text.ts';

type Failure = { ok: false; problems: Problem[] };

/** JSON.parse's complaint, with the line and column of its position when it names one. */
export function jsonProblem(file: string, text: string, message: string): Failure {
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : undefined;
  const reason = message.replace(/ in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
  const truncated = /unexpected end/i.test(message) || (offset !== undefined && offset >= text.trimEnd().length);
  let line: number | undefined;
  let where = '';
  if (offset !== undefined) {
    line = offsetLines(text)(offset);
    const column = offset - text.lastIndexOf('\n', offset - 1);
    where = ` (line ${line}, column ${column})`;
  }
  return {
    ok: false,
    problems: [
      {
        file,
        path: '',
        ...(line === undefined ? {} : { line }),
        message: truncated
          ? 'not valid JSON: the text ends before the data does (is the file cut short?)'
          : `not valid JSON: ${reason}${where}`,
      },
    ],
  };
}

/** Graph formats the app does not read, by extension, so the answer can name them. */
export const UNSUPPORTED: Record<string, string> = {
  dot: 'Graphviz DOT',
  gv: 'Graphviz DOT',
  gml: 'GML (which is not GraphML)',
  gexf: 'GEXF',
  csv: 'CSV',
  tsv: 'TSV',
  net: 'Pajek',
};

export const unsupported = (extension: string) =>
  `${UNSUPPORTED[extension]} is not a graph format the app reads; expected ${EXPECTED}`;

const EXPECTED =
  'a Stack Atlas file ({ nodes: [...] } in YAML or JSON, or { nodes, edges }), Cytoscape JSON ({ elements: ... }) or GraphML';

export function unknownFormat(value: unknown): string {
  if (isRecord(value)) {
    const keys = Object.keys(value);
    if (Object.hasOwn(value, 'links') || Object.hasOwn(value, 'adjacency'))
      return `not a graph format the app reads: this looks like networkx/D3 node-link JSON; export GraphML instead (networkx: write_graphml), or bring ${EXPECTED}`;
    return `not a graph format the app reads: found an object with ${keys.length ? `the fields ${keys.slice(0, 8).join(', ')}${keys.length > 8 ? ', …' : ''}` : 'no fields'}; expected ${EXPECTED}`;
  }
  if (typeof value === 'string' && /^\s*(strict\s+)?(di)?graph\b/i.test(value))
    return `not a graph format the app reads: this looks like Graphviz DOT; expected ${EXPECTED}`;
  return `not a graph format the app reads: found ${typeof value === 'string' ? 'plain text' : describeValue(value)}; expected ${EXPECTED}`;
}
