/**
 * GraphML, read and written (http://graphml.graphdrawing.org/).
 *
 * Read: `<key id for attr.name attr.type>` declarations (with `<default>`), and the `<data key>`
 * of each node and edge, typed by their key (int, long, float, double, boolean, string); an
 * attribute is known by its `attr.name`. Every `<graph>` is read, nested ones included (their
 * nodes join the one graph). yEd's node graphics give a label when no attribute does. Edges are
 * directed from source to target; undirected ones are read that way too, and said so.
 *
 * Written: a `<key>` for every field in use, `attr.type` int for the tier and string for the rest
 * (lists as JSON text), every value XML-escaped. Node ids are the app's kebab-case ids (valid
 * XML name tokens); an edge id that is not one (the app's `kind:source->target`) goes in a `<data>`
 * named `id`, with `e0`, `e1`… as the XML id. Gephi, yEd, networkx and Cytoscape desktop read it;
 * characters XML cannot carry at all (control characters) are written as U+FFFD.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Graph, GraphEdge, GraphNode } from '../graph.ts';
import type { PathPart } from '../problems.ts';
import type { Issue } from './checks.ts';
import type { ForeignEdge, ForeignGraph, ForeignNode } from './foreign.ts';
import { IMPORT_LIMITS, plural } from './formats.ts';
import { isRecord } from './text.ts';

const UNSAFE_NAMES = new Set(['__proto__', 'constructor', 'prototype']);
/** Element names that may repeat, always read as lists. */
const LISTS = new Set(['key', 'graph', 'node', 'edge', 'hyperedge', 'port', 'data', 'endpoint']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Numeric character references (`&#13;`) as well as the five XML entities, in one pass.
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  captureMetaData: true,
  maxNestedTags: IMPORT_LIMITS.depth,
  isArray: (name) => LISTS.has(name),
  // The parser refuses these names by throwing; renamed, they are just unknown elements.
  transformTagName: (name) => (UNSAFE_NAMES.has(name) ? `unsafe-${name}` : name),
  transformAttributeName: (name) => (UNSAFE_NAMES.has(name) ? `unsafe-${name}` : name),
});
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** Whether text is XML (after a byte-order mark and blank space). */
export const looksLikeXml = (text: string) => /^\s*</.test(text);

interface Key {
  for: string;
  name: string;
  type: string;
  default?: string;
  yfiles?: string;
}

type XmlElement = Record<string, unknown>;

export function readGraphML(
  text: string,
  lineAt: (offset: number) => number,
): { graph: ForeignGraph } | { issues: Issue[] } {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { issues: [{ path: [], line: valid.err.line, message: xmlError(valid.err) }] };
  let root: unknown;
  try {
    root = parser.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      issues: [
        {
          path: [],
          message: /nested/i.test(message)
            ? `the XML is nested more than ${IMPORT_LIMITS.depth} levels deep`
            : `could not read the XML: ${message}`,
        },
      ],
    };
  }
  const top = isRecord(root) ? Object.keys(root).filter((k) => !/^[?#!]/.test(k)) : [];
  const graphml = isRecord(root) ? root.graphml : undefined;
  if (graphml === undefined) {
    const name = top[0] ?? '';
    const hint =
      name === 'gexf'
        ? ' (GEXF: export GraphML from Gephi instead)'
        : name === 'svg' || name === 'html'
          ? ' (a picture or page, not a graph)'
          : '';
    return { issues: [{ path: [], line: 1, message: `XML, but not GraphML: the root element is <${name}>${hint}` }] };
  }

  const where = (element: unknown): number | undefined => {
    const meta = isRecord(element)
      ? ((element as Record<symbol, unknown>)[META] as { startIndex?: unknown } | undefined)
      : undefined;
    return typeof meta?.startIndex === 'number' ? lineAt(meta.startIndex) : undefined;
  };
  const issues: Issue[] = [];
  const counts = new Map<string, number>();
  const count = (what: string, n = 1) => counts.set(what, (counts.get(what) ?? 0) + n);

  // Keys: id → declaration.
  const keys = new Map<string, Key>();
  const graphmlElement: XmlElement = isRecord(graphml) ? graphml : {};
  for (const key of list(graphmlElement.key)) {
    if (!isRecord(key) || typeof key['@_id'] !== 'string') {
      count('keys without an id');
      continue;
    }
    const name = attr(key, 'attr.name') ?? key['@_id'];
    keys.set(key['@_id'], {
      for: attr(key, 'for') ?? 'all',
      name,
      type: (attr(key, 'attr.type') ?? 'string').toLowerCase(),
      ...(key.default !== undefined ? { default: textContent(key.default) } : {}),
      ...(attr(key, 'yfiles.type') ? { yfiles: attr(key, 'yfiles.type')! } : {}),
    });
  }
  const defaults = (element: 'node' | 'edge') => {
    const values = new Map<string, unknown>();
    for (const key of keys.values())
      if ((key.for === element || key.for === 'all') && key.default !== undefined && !key.yfiles)
        values.set(key.name, typed(key.default, key.type));
    return values;
  };
  const nodeDefaults = defaults('node');
  const edgeDefaults = defaults('edge');

  const undeclared = new Set<string>();
  /** The `<data>` of an element as attributes; yEd graphics give a label and are counted. */
  const dataOf = (element: XmlElement, what: 'node' | 'edge', base: ReadonlyMap<string, unknown>) => {
    const attrs = new Map(base);
    let graphicsLabel: string | undefined;
    for (const data of list(element.data)) {
      const keyId = isRecord(data) ? attr(data, 'key') : undefined;
      if (keyId === undefined) {
        count('data without a key');
        continue;
      }
      const key = keys.get(keyId);
      if (key?.yfiles) {
        if (key.yfiles === 'nodegraphics') graphicsLabel ??= findText(data, 'NodeLabel');
        count(`yEd ${key.yfiles} of ${what}s`);
        continue;
      }
      if (!key) undeclared.add(keyId);
      attrs.set(key?.name ?? keyId, typed(textContent(data), key?.type ?? 'string', data));
    }
    if (graphicsLabel !== undefined && !attrs.has('label') && !attrs.has('name')) attrs.set('label', graphicsLabel);
    if (typeof element.desc === 'string' && !attrs.has('description')) attrs.set('description', element.desc);
    return attrs;
  };

  const nodes: ForeignNode[] = [];
  const edges: ForeignEdge[] = [];
  // Graphs, nested ones included, without recursion.
  const graphs: [unknown, PathPart[], boolean][] = list(graphmlElement.graph).map((g, i) => [
    g,
    ['graphml', 'graph', i],
    false,
  ]);
  if (graphs.length === 0)
    issues.push({ path: ['graphml'], line: where(graphml), message: 'GraphML without a <graph> element' });
  while (graphs.length > 0) {
    const [graph, graphPath, nested] = graphs.shift()!;
    if (!isRecord(graph)) continue;
    if (nested) count('nested graphs');
    const undirected = attr(graph, 'edgedefault') === 'undirected';
    for (const data of list(graph.data))
      count(`graph attribute ${(isRecord(data) && keys.get(attr(data, 'key') ?? '')?.name) || '?'}`);
    list(graph.node).forEach((node, i) => {
      const path = [...graphPath, 'node', i];
      const element: XmlElement = isRecord(node) ? node : {};
      const line = where(node);
      nodes.push({
        path,
        ...(line === undefined ? {} : { line }),
        idPath: [...path, 'id'],
        id: attr(element, 'id'),
        attrs: dataOf(element, 'node', nodeDefaults),
      });
      list(element.graph).forEach((inner, j) => graphs.push([inner, [...path, 'graph', j], true]));
      if (list(element.port).length) count('ports', list(element.port).length);
    });
    list(graph.edge).forEach((edge, i) => {
      const path = [...graphPath, 'edge', i];
      const element: XmlElement = isRecord(edge) ? edge : {};
      const attrs = dataOf(element, 'edge', edgeDefaults);
      // The app writes an edge id that is no XML name token as data named "id".
      const dataId = attrs.get('id');
      attrs.delete('id');
      const directed = attr(element, 'directed');
      if (directed === 'false' || (directed === undefined && undirected)) count('undirected edges');
      if (attr(element, 'sourceport') !== undefined || attr(element, 'targetport') !== undefined) count('edge ports');
      const line = where(edge);
      edges.push({
        path,
        ...(line === undefined ? {} : { line }),
        idPath: [...path, 'id'],
        sourcePath: [...path, 'source'],
        targetPath: [...path, 'target'],
        id: typeof dataId === 'string' ? dataId : attr(element, 'id'),
        source: attr(element, 'source'),
        target: attr(element, 'target'),
        attrs,
      });
    });
    if (list(graph.hyperedge).length) count('hyperedges', list(graph.hyperedge).length);
  }
  if (issues.length) return { issues };

  const notes: string[] = [];
  const n = (what: string) => counts.get(what) ?? 0;
  if (n('undirected edges'))
    notes.push(
      `${plural(n('undirected edges'), 'undirected edge was', 'undirected edges were')} read as directed from source to target`,
    );
  if (n('nested graphs'))
    notes.push(`${plural(n('nested graphs'), 'nested graph was', 'nested graphs were')} flattened into one graph`);
  if (n('hyperedges'))
    notes.push(
      `${plural(n('hyperedges'), 'hyperedge was', 'hyperedges were')} left out: the app's edges join two nodes`,
    );
  if (n('ports') || n('edge ports')) notes.push('ports were left out: edges join the nodes themselves');
  const graphAttrs = [...counts.keys()].filter((k) => k.startsWith('graph attribute ')).map((k) => k.slice(16));
  if (graphAttrs.length) notes.push(`dropped the graph's own attributes: ${graphAttrs.join(', ')}`);
  const graphics = [...counts.keys()].filter((k) => k.startsWith('yEd '));
  if (graphics.length)
    notes.push(
      `left out yEd's drawing (shapes, colours, positions): ${graphics.map((k) => `${k.slice(4)} (${counts.get(k)})`).join(', ')}`,
    );
  if (undeclared.size)
    notes.push(`read <data> with undeclared keys by their key: ${[...undeclared].slice(0, 10).join(', ')}`);
  if (n('data without a key'))
    notes.push(`left out ${plural(n('data without a key'), '<data> element')} without a key`);
  if (n('keys without an id')) notes.push(`left out ${plural(n('keys without an id'), '<key>')} without an id`);
  return { graph: { format: 'graphml', nodes, edges, notes } };
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

const attr = (element: XmlElement, name: string): string | undefined => {
  const value = element[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
};

/** The text of a simple element: `<data key="k">text</data>`, or "" when empty. */
function textContent(element: unknown): string {
  if (typeof element === 'string') return element;
  if (isRecord(element) && typeof element['#text'] === 'string') return element['#text'];
  return '';
}

/** Whether an element holds other elements, not just text. */
const hasChildren = (element: unknown) =>
  isRecord(element) && Object.keys(element).some((k) => !k.startsWith('@_') && k !== '#text');

/** A `<data>` value typed by its key; text that does not fit the type stays text. */
function typed(text: string, type: string, element?: unknown): unknown {
  if (element !== undefined && hasChildren(element)) return { xml: 'element content' };
  const t = text.trim();
  switch (type) {
    case 'int':
    case 'long':
      return /^[+-]?\d{1,15}$/.test(t) ? Number(t) : text;
    case 'float':
    case 'double':
      return t !== '' && Number.isFinite(Number(t)) ? Number(t) : text;
    case 'boolean':
      return t.toLowerCase() === 'true' ? true : t.toLowerCase() === 'false' ? false : text;
    default:
      return text;
  }
}

/** The text of the first element named `name` anywhere below `root` (iterative, depth-limited by the parser). */
function findText(root: unknown, name: string): string | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const current = stack.pop();
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push(current[i]);
      continue;
    }
    if (!isRecord(current)) continue;
    if (Object.hasOwn(current, name)) {
      const found = list(current[name])[0];
      const text = textContent(found).trim();
      if (text) return text;
    }
    for (const [key, value] of Object.entries(current)) if (!key.startsWith('@_') && key !== '#text') stack.push(value);
  }
  return undefined;
}

/** The validator's message, said plainly; an unclosed element usually means a truncated file. */
function xmlError(err: { code: string; msg: string; line: number; col?: number }): string {
  const unclosed = /^Invalid '(\[.*\])' found\.$/s.exec(err.msg);
  if (unclosed) {
    try {
      const names = JSON.parse(unclosed[1]!) as unknown;
      if (Array.isArray(names) && names.length)
        return `not well-formed XML: ${names
          .slice(0, 3)
          .map((n) => `<${String(n)}>`)
          .join(', ')}${names.length > 3 ? ', …' : ''} never closed (is the file cut short?)`;
    } catch {
      // fall through to the message as it is
    }
  }
  return `not well-formed XML: ${err.msg}${err.col ? ` (column ${err.col})` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Writing

const NODE_FIELDS = [
  'label',
  'kind',
  'description',
  'aliases',
  'formerNames',
  'links',
  'tags',
  'tier',
  'category',
  'priority',
  'checklist',
  'provider',
  'area',
  'durationMonths',
] as const satisfies readonly (keyof GraphNode)[];
const EDGE_FIELDS = [
  'kind',
  'strength',
  'group',
  'match',
  'caveat',
  'sourceUrl',
  'checked',
] as const satisfies readonly (keyof GraphEdge)[];

/** An XML name token (the type of GraphML ids). */
const NMTOKEN = /^[\p{L}\p{N}._:-]+$/u;

export function writeGraphML(graph: Graph): string {
  const nodeFields = NODE_FIELDS.filter((f) => graph.nodes.some((n) => n[f] !== undefined));
  const edgeFields = EDGE_FIELDS.filter((f) => graph.edges.some((e) => e[f] !== undefined));
  const edgeIdData = graph.edges.some((e) => !NMTOKEN.test(e.id));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const f of nodeFields)
    out.push(
      `  <key id="node.${f}" for="node" attr.name="${f}" attr.type="${f === 'tier' || f === 'durationMonths' ? 'int' : 'string'}"/>`,
    );
  for (const f of edgeFields) out.push(`  <key id="edge.${f}" for="edge" attr.name="${f}" attr.type="string"/>`);
  if (edgeIdData) out.push('  <key id="edge.id" for="edge" attr.name="id" attr.type="string"/>');
  out.push('  <graph id="stack-atlas" edgedefault="directed">');
  for (const node of graph.nodes) {
    out.push(`    <node id="${escapeXml(node.id, true)}">`);
    for (const f of nodeFields) {
      const value = node[f];
      if (value !== undefined) out.push(`      <data key="node.${f}">${escapeXml(encode(value))}</data>`);
    }
    out.push('    </node>');
  }
  graph.edges.forEach((edge, i) => {
    const xmlId = NMTOKEN.test(edge.id) ? edge.id : `e${i}`;
    out.push(
      `    <edge id="${escapeXml(xmlId, true)}" source="${escapeXml(edge.source, true)}" target="${escapeXml(edge.target, true)}">`,
    );
    if (xmlId !== edge.id) out.push(`      <data key="edge.id">${escapeXml(edge.id)}</data>`);
    for (const f of edgeFields) {
      const value = edge[f];
      if (value !== undefined) out.push(`      <data key="edge.${f}">${escapeXml(encode(value))}</data>`);
    }
    out.push('    </edge>');
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

const encode = (value: string | number | readonly string[]) =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : JSON.stringify(value);

/** Characters XML 1.0 cannot carry, not even as references. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for XML content or (with `attribute`) a double-quoted attribute value. */
export function escapeXml(text: string, attribute = false): string {
  const escaped = text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
  return attribute ? escaped.replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;') : escaped;
}
