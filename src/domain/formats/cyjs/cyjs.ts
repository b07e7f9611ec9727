/**
 * Cytoscape JSON, read and written.
 *
 * Read: the three shapes Cytoscape writes and reads,
 *  - `{ elements: { nodes: [{ data }], edges: [{ data }] } }` (Cytoscape desktop's .cyjs, and
 *    `cy.json()` of Cytoscape.js before 3.x),
 *  - `{ elements: [{ group, data }, …] }` (`cy.json()`),
 *  - a bare list of elements `[{ group?, data }]` (`cy.add`), or `{ nodes, edges }` of elements;
 * every attribute lives in `data`. Element fields outside `data` are view state (position,
 * selection, classes): left out, and said so.
 *
 * Written: `{ elements: { nodes, edges } }`, each `data` carrying every field of the node or edge
 * (lists as lists), plus `name` (the label, which Cytoscape desktop shows) on nodes and
 * `interaction` (the kind, desktop's edge type) on edges. Both read back as the same graph.
 */
import type { Graph } from '../../graph.ts';
import type { PathPart } from '../../problems.ts';
import type { Issue } from '../core/checks.ts';
import type { ForeignEdge, ForeignGraph, ForeignNode } from '../core/foreign.ts';
import { plural } from '../core/formats.ts';
import { describeValue, isRecord } from '../core/text.ts';

/** Whether a parsed JSON or YAML value is meant as Cytoscape JSON. */
export function isCytoscapeValue(value: unknown): boolean {
  if (Array.isArray(value)) return true;
  if (!isRecord(value)) return false;
  if (Object.hasOwn(value, 'elements')) return true;
  return Array.isArray(value.nodes) && isRecord(value.nodes[0]) && isRecord(value.nodes[0].data);
}

/** Top-level fields Cytoscape writes besides the elements: metadata, and view settings. */
const METADATA = new Set(['format_version', 'generated_by', 'target_cytoscapejs_version', 'elements', 'data']);
/** What `cy.json()` writes about the viewport and interaction: nothing a graph holds. */
const VIEWPORT = new Set([
  'style',
  'zoomingEnabled',
  'userZoomingEnabled',
  'zoom',
  'minZoom',
  'maxZoom',
  'panningEnabled',
  'userPanningEnabled',
  'pan',
  'boxSelectionEnabled',
  'selectionType',
  'autolock',
  'autoungrabify',
  'autounselectify',
  'renderer',
  'wheelSensitivity',
  'motionBlur',
  'pixelRatio',
  'hideEdgesOnViewport',
  'textureOnViewport',
]);
/** Element fields that are selection and interaction state: nothing a graph holds. */
const STATE = new Set(['group', 'data', 'selected', 'selectable', 'locked', 'grabbable', 'pannable', 'removed']);

export function readCytoscape(value: unknown): { graph: ForeignGraph } | { issues: Issue[] } {
  const issues: Issue[] = [];
  const notes: string[] = [];
  const nodes: ForeignNode[] = [];
  const edges: ForeignEdge[] = [];
  const ignored = new Map<string, number>();

  const add = (element: unknown, path: PathPart[], group: 'nodes' | 'edges' | undefined) => {
    if (!isRecord(element) || !isRecord(element.data)) {
      issues.push({
        path: isRecord(element) ? [...path, 'data'] : path,
        message: isRecord(element)
          ? `a Cytoscape element needs a data object, not ${describeValue(element.data)}`
          : `a Cytoscape element is an object with a data object, not ${describeValue(element)}`,
      });
      return;
    }
    const { data } = element;
    let kind = group;
    if (kind === undefined) {
      const declared = element.group;
      if (declared === 'nodes' || declared === 'edges') kind = declared;
      else if (declared !== undefined) {
        issues.push({
          path: [...path, 'group'],
          message: `group must be "nodes" or "edges", not ${describeValue(declared)}`,
        });
        return;
      } else kind = Object.hasOwn(data, 'source') || Object.hasOwn(data, 'target') ? 'edges' : 'nodes';
    }
    for (const key of Object.keys(element))
      if (
        !STATE.has(key) &&
        !(key === 'classes' && (element.classes === '' || isEmptyList(element.classes))) &&
        // cy.json() gives every edge a position, which means nothing.
        !(key === 'position' && kind === 'edges')
      )
        ignored.set(key, (ignored.get(key) ?? 0) + 1);
    const attrs = new Map<string, unknown>();
    for (const [key, v] of Object.entries(data))
      if (key !== 'id' && (kind === 'nodes' || (key !== 'source' && key !== 'target'))) attrs.set(key, v);
    const idPath = [...path, 'data', 'id'];
    if (kind === 'nodes') nodes.push({ path, idPath, id: data.id, attrs });
    else
      edges.push({
        path,
        idPath,
        sourcePath: [...path, 'data', 'source'],
        targetPath: [...path, 'data', 'target'],
        id: data.id,
        source: data.source,
        target: data.target,
        attrs,
      });
  };

  const addList = (list: unknown, path: PathPart[], group: 'nodes' | 'edges' | undefined) => {
    if (list === undefined) return;
    if (!Array.isArray(list)) {
      issues.push({ path, message: `must be a list of elements, not ${describeValue(list)}` });
      return;
    }
    list.forEach((element, i) => add(element, [...path, i], group));
  };

  if (Array.isArray(value)) addList(value, [], undefined);
  else if (isRecord(value)) {
    const elements = Object.hasOwn(value, 'elements') ? value.elements : value;
    const prefix: PathPart[] = elements === value ? [] : ['elements'];
    if (Array.isArray(elements)) addList(elements, prefix, undefined);
    else if (isRecord(elements)) {
      addList(elements.nodes, [...prefix, 'nodes'], 'nodes');
      addList(elements.edges, [...prefix, 'edges'], 'edges');
      const others = Object.keys(elements).filter((k) => k !== 'nodes' && k !== 'edges' && !METADATA.has(k));
      if (others.length) notes.push(`ignored fields besides nodes and edges: ${others.join(', ')}`);
    } else
      issues.push({
        path: prefix,
        message: `elements must be a list or { nodes, edges }, not ${describeValue(elements)}`,
      });
    if (elements !== value) {
      const others = Object.keys(value).filter((k) => !METADATA.has(k) && !VIEWPORT.has(k));
      if (others.length) notes.push(`ignored fields besides the elements: ${others.join(', ')}`);
      if (isRecord(value.data) && Object.keys(value.data).length)
        notes.push(`dropped the network's own attributes: ${Object.keys(value.data).join(', ')}`);
    }
  }
  if (ignored.size)
    notes.push(
      `ignored the layout and view state of elements: ${[...ignored].map(([k, n]) => `${k} (${plural(n, 'element')})`).join(', ')}`,
    );
  return issues.length ? { issues } : { graph: { format: 'cytoscape', nodes, edges, notes } };
}

const isEmptyList = (value: unknown) => Array.isArray(value) && value.length === 0;

/** Cytoscape JSON for Cytoscape.js (`cy.json(…)`, `cy.add(….elements)`) and Cytoscape desktop. */
export function writeCytoscape(graph: Graph): string {
  const document = {
    format_version: '1.0',
    generated_by: 'stack-atlas',
    target_cytoscapejs_version: '~3.30',
    elements: {
      nodes: graph.nodes.map(({ id, ...fields }) => ({ data: { id, name: fields.label, ...fields } })),
      edges: graph.edges.map(({ id, source, target, ...fields }) => ({
        data: { id, source, target, interaction: fields.kind, ...fields },
      })),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
