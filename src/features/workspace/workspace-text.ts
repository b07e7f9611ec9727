/** The words of the workspace feature, as pure functions of the data (tested on their own). */
import type { Problem } from '../../domain/problems';
import type { Workspace } from '../../store/app-state';

const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const plural = (n: number, word: string) => `${count(n)} ${word}${n === 1 ? '' : 's'}`;

/** `graph.graphml:12 nodes[3].id`: where a problem is, as an editor would find it. */
export function problemPlace(problem: Problem): string {
  const file = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return problem.path ? `${file} ${problem.path}` : file;
}

/** How every "opened" notice starts, so that switching again can clear it. */
export const OPENED = 'Opened ';

export const openedMessage = (name: string, nodes: number, edges: number, warnings: readonly string[]) =>
  [`${OPENED}${name}: ${plural(nodes, 'node')}, ${plural(edges, 'edge')}.`, ...warnings].join(' ');

export const largeGraphMessage = (nodes: number) =>
  `This graph has ${count(nodes)} nodes; it opens in large-graph mode: it is laid out on a simple grid ` +
  'rather than by forces, edges are hidden while you pan or zoom, and labels show only when zoomed in. ' +
  'Laying it out and drawing it may take a while.';

/** File names for exports: the workspace's own name without its extension, safe on every system. */
export function exportBaseName(workspace: Workspace): string {
  if (workspace.kind === 'curriculum') return 'stack-atlas';
  const base = workspace.name
    .replace(/\.[^.]*$/, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return base || 'graph';
}

export const EXPORTS = [
  { id: 'png-whole', label: 'PNG of the whole graph', suffix: '.png' },
  { id: 'png-visible', label: 'PNG of the visible part', suffix: '-visible.png' },
  { id: 'svg', label: 'SVG image', suffix: '.svg' },
  { id: 'atlas', label: 'Atlas JSON', suffix: '.atlas.json' },
  { id: 'graph', label: 'Graph JSON', suffix: '.graph.json' },
  { id: 'graphml', label: 'GraphML', suffix: '.graphml' },
  { id: 'cytoscape', label: 'Cytoscape JSON', suffix: '.cytoscape.json' },
] as const;
export type ExportId = (typeof EXPORTS)[number]['id'];

export const exportFileName = (workspace: Workspace, id: ExportId) =>
  `${exportBaseName(workspace)}${EXPORTS.find((e) => e.id === id)!.suffix}`;
