/**
 * GraphML written: a `<key>` for every field in use, `attr.type` int for the tier and string for
 * the rest (lists as JSON text), every value XML-escaped. Node ids are the app's kebab-case ids
 * (valid XML name tokens); an edge id that is not one (the app's `kind:source->target`) goes in a
 * `<data>` named `id`, with `e0`, `e1`… as the XML id. Gephi, yEd, networkx and Cytoscape desktop
 * read it; graphml-read.ts reads it back as the same graph.
 */
import type { Graph, GraphEdge, GraphNode } from '../../graph.ts';
import { NOT_XML } from '../core/portable-text.ts';

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
