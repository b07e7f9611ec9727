/**
 * The reference rules every imported graph must pass, whatever its format: node and edge ids are
 * unique, both ends of every edge are nodes, a relation is not stated twice (one kind, one source,
 * one target: the app's formats name an edge by exactly that), and prerequisites (`requires`)
 * never loop. Reported in the file's own ids, at the path of the offending element.
 */
import { closest } from '../../closest.ts';
import { findCycles } from '../../cycles.ts';
import { formatPath, type PathPart } from '../../problems.ts';

export interface CheckedNode {
  id: string;
  idPath: PathPart[];
}

export interface CheckedEdge {
  /** Absent when the format lets edges go without an id (GraphML). */
  id?: string;
  kind: string;
  source: string;
  target: string;
  idPath: PathPart[];
  sourcePath: PathPart[];
  targetPath: PathPart[];
}

export interface Issue {
  path: PathPart[];
  message: string;
  /** When the reader knows it directly (XML errors); otherwise found from the path. */
  line?: number;
}

/** "Did you mean" hints cost a pass over every id; only the first few dangling ends get one. */
const HINTED_ENDS = 10;

export interface CheckOptions {
  /** Ids that are nodes without being listed (nodes already refused for other reasons). */
  known?: ReadonlySet<string>;
  /** How a missing end is said; the default names the edge's end. */
  missing?: (end: 'source' | 'target', id: string) => string;
  /** Whether a relation stated twice is a problem; foreign formats merge repeats instead. */
  repeats?: 'refuse' | 'allow';
}

const missingEnd = (end: 'source' | 'target', id: string) => `edge ${end} "${id}" is not a node in this file`;

export function checkReferences(
  nodes: readonly CheckedNode[],
  edges: readonly CheckedEdge[],
  { known, missing = missingEnd, repeats = 'refuse' }: CheckOptions = {},
): Issue[] {
  const issues: Issue[] = [];
  const firstNode = new Map<string, CheckedNode>();
  for (const node of nodes) {
    const first = firstNode.get(node.id);
    if (first)
      issues.push({
        path: node.idPath,
        message: `duplicate node id "${node.id}" (first used at ${formatPath(first.idPath)})`,
      });
    else firstNode.set(node.id, node);
  }

  const firstEdge = new Map<string, CheckedEdge>();
  let hinted = 0;
  const requires = new Map<string, string[]>();
  const firstRequires = new Map<string, CheckedEdge>();
  const firstRelation = new Map<string, CheckedEdge>();
  for (const edge of edges) {
    if (edge.id !== undefined) {
      const first = firstEdge.get(edge.id);
      if (first)
        issues.push({
          path: edge.idPath,
          message: `duplicate edge id "${edge.id}" (first used at ${formatPath(first.idPath)})`,
        });
      else firstEdge.set(edge.id, edge);
    }
    let ends = true;
    for (const [end, id, path] of [
      ['source', edge.source, edge.sourcePath],
      ['target', edge.target, edge.targetPath],
    ] as const) {
      if (firstNode.has(id)) continue;
      ends = false;
      if (known?.has(id)) continue;
      const hint = hinted++ < HINTED_ENDS ? closest(id, firstNode.keys()) : [];
      issues.push({ path, message: `${missing(end, id)}${hint.length ? `; closest: ${hint.join(', ')}` : ''}` });
    }
    if (!ends) continue;
    if (repeats === 'refuse') {
      const relation = `${edge.kind}\n${edge.source}\n${edge.target}`;
      const first = firstRelation.get(relation);
      if (first) {
        issues.push({
          path: edge.targetPath,
          message: `repeats the ${edge.kind} relation from "${edge.source}" to "${edge.target}" (first at ${formatPath(first.targetPath)}); state it once`,
        });
        continue;
      }
      firstRelation.set(relation, edge);
    }
    if (edge.kind !== 'requires') continue;
    if (edge.source === edge.target) {
      issues.push({ path: edge.targetPath, message: `"${edge.source}" requires itself` });
      continue;
    }
    const targets = requires.get(edge.source) ?? [];
    targets.push(edge.target);
    requires.set(edge.source, targets);
    const key = `${edge.source}\n${edge.target}`;
    if (!firstRequires.has(key)) firstRequires.set(key, edge);
  }

  for (const cycle of findCycles(requires)) {
    const edge = firstRequires.get(`${cycle[0]}\n${cycle[1]}`)!;
    issues.push({ path: edge.targetPath, message: `requires cycle: ${cycle.join(' → ')}` });
  }
  return issues;
}
