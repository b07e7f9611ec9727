/**
 * When the canvas switches to its cheap drawing. Above this many drawn nodes, redrawing every
 * edge and label on each frame of a pan or zoom makes moving around stutter; the large-graph mode
 * hides edges and reuses a texture while the view moves, and draws labels only when zoomed in.
 * Pure, so the threshold is tested without a canvas.
 */
import type { Graph } from '../domain/graph.ts';
import { isDrawn } from './drawn-nodes.ts';

export const LARGE_GRAPH_NODES = 1500;

export const isLargeGraph = (drawnNodes: number) => drawnNodes > LARGE_GRAPH_NODES;

/** Whether the canvas draws this graph in the large-graph mode (counting the nodes it draws). */
export const drawsAsLargeGraph = (graph: Graph) => isLargeGraph(graph.nodes.filter(isDrawn).length);

/**
 * Above this many nodes an imported graph is laid out on a grid (fcose, even in draft mode, takes
 * too long), so opening one is confirmed first.
 */
export const DRAFT_LIMIT = 5000;
