/**
 * Text every format can carry. XML 1.0 cannot hold control characters (but tab, line feed and
 * carriage return), U+FFFE, U+FFFF or lone surrogates, not even as references; a graph holding
 * them could not be saved as GraphML and opened again. So every import replaces them with U+FFFD
 * and says so, whatever the format: what opens, every export gives back.
 */
import type { Graph, GraphEdge, GraphNode } from '../../graph.ts';
import { plural } from './formats.ts';

/** Characters XML 1.0 cannot carry, not even as references. */
export const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const NOT_XML_TEST = new RegExp(NOT_XML.source);

export const portable = (text: string) => text.replace(NOT_XML, '\uFFFD');

/** The graph with every text portable, and a warning when anything had to change. */
export function portableGraph(graph: Graph): { graph: Graph; warning?: string } {
  let changed = 0;
  const fix = <T extends object>(item: T): T => {
    let copy: T | undefined;
    for (const [key, value] of Object.entries(item)) {
      if (key === 'id') continue;
      const fixed =
        typeof value === 'string'
          ? portable(value)
          : Array.isArray(value)
            ? value.map((v: unknown) => (typeof v === 'string' ? portable(v) : v))
            : value;
      if (typeof value === 'string' ? fixed === value : !Array.isArray(value) || sameList(value, fixed as unknown[]))
        continue;
      copy ??= { ...item };
      (copy as Record<string, unknown>)[key] = fixed;
      changed++;
    }
    return copy ?? item;
  };
  const nodes: GraphNode[] = graph.nodes.map(fix);
  const edgeIds = new Set(graph.edges.map((e) => e.id));
  let renamed = 0;
  const edges: GraphEdge[] = graph.edges.map((edge) => {
    const fixed = fix(edge);
    if (!NOT_XML_TEST.test(edge.id)) return fixed;
    // An id is a name, not text to keep: the app's own, as for an edge without one.
    const base = `${edge.kind}:${edge.source}->${edge.target}`;
    let id = base;
    for (let n = 2; edgeIds.has(id); n++) id = `${base}#${n}`;
    edgeIds.add(id);
    renamed++;
    return { ...fixed, id };
  });
  if (changed === 0 && renamed === 0) return { graph };
  const parts = [
    ...(changed ? [`${plural(changed, 'text')} held control characters no file format can carry; each became �`] : []),
    ...(renamed ? [`${plural(renamed, 'edge id')} holding them ${renamed === 1 ? 'was' : 'were'} replaced`] : []),
  ];
  return { graph: { nodes, edges }, warning: `${parts.join('; ')}.` };
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.every((v, i) => v === b[i]);
