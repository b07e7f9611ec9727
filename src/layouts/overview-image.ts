/**
 * The overview of a large graph: every node as a dot in its tier's colour and every edge as a faint
 * line, drawn from the layout's positions into one image. Drawn in the layout worker (an
 * OffscreenCanvas) and shown while Cytoscape is still taking the elements in, and instead of
 * Cytoscape whenever the view holds more nodes than it can draw within a frame (overview-layer.tsx).
 * The drawing takes any 2D context, so it runs in a worker, in the page and in tests alike.
 */
import type { Graph } from '../domain/graph.ts';
import { drawnGraph } from '../encoding/drawn-nodes.ts';
import { TIER_COLOURS } from '../encoding/encoding.ts';
import type { Point } from '../store/view-options.ts';

/** Where the image sits in graph coordinates: image pixel = (graph point − origin) × scale. */
export interface OverviewFrame {
  minX: number;
  minY: number;
  scale: number;
  width: number;
  height: number;
}

/** Longest side of the image, in pixels: sharp at the opening view, small enough to draw in ~0.1 s. */
export const OVERVIEW_PIXELS = 2048;
/** Cytoscape's node size in graph units (stylesheet.ts), so dots match the drawn nodes. */
const NODE_SIZE = 22;

/** The frame that holds every point with a node's margin, or null when there are none. */
export function overviewFrame(points: Iterable<Point>, pixels = OVERVIEW_PIXELS): OverviewFrame | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { x, y } of points) {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  if (minX === Infinity) return null;
  minX -= NODE_SIZE;
  minY -= NODE_SIZE;
  const spanX = maxX + NODE_SIZE - minX;
  const spanY = maxY + NODE_SIZE - minY;
  const scale = pixels / Math.max(spanX, spanY);
  return {
    minX,
    minY,
    scale,
    width: Math.max(1, Math.ceil(spanX * scale)),
    height: Math.max(1, Math.ceil(spanY * scale)),
  };
}

type Context2D = Pick<
  CanvasRenderingContext2D,
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'stroke'
  | 'fillRect'
  | 'rect'
  | 'fill'
  | 'lineWidth'
  | 'strokeStyle'
  | 'fillStyle'
  | 'globalAlpha'
>;

/**
 * Draws the graph into `context` (already frame.width × frame.height). Edges first, one path for
 * all (a path per edge costs ten times as much in a software rasteriser); then the nodes, one path
 * per tier colour, as squares (arcs are far slower and, a few pixels wide, look the same).
 */
export function drawOverview(context: Context2D, frame: OverviewFrame, graph: Graph, positions: Record<string, Point>) {
  const { minX, minY, scale } = frame;
  const { nodes, edges } = drawnGraph(graph);
  context.globalAlpha = 0.25;
  context.strokeStyle = '#8C8C8C';
  context.lineWidth = Math.max(0.5, scale * 1.5);
  context.beginPath();
  for (const edge of edges) {
    const a = positions[edge.source];
    const b = positions[edge.target];
    if (!a || !b) continue;
    context.moveTo((a.x - minX) * scale, (a.y - minY) * scale);
    context.lineTo((b.x - minX) * scale, (b.y - minY) * scale);
  }
  context.stroke();
  context.globalAlpha = 1;
  const size = Math.max(1.5, NODE_SIZE * scale);
  const byColour = new Map<string, Point[]>();
  for (const node of nodes) {
    const at = positions[node.id];
    if (!at) continue;
    const colour = TIER_COLOURS[node.tier ?? 'none'];
    let list = byColour.get(colour);
    if (!list) byColour.set(colour, (list = []));
    list.push(at);
  }
  for (const [colour, points] of byColour) {
    context.fillStyle = colour;
    context.beginPath();
    for (const { x, y } of points)
      context.rect((x - minX) * scale - size / 2, (y - minY) * scale - size / 2, size, size);
    context.fill();
  }
}
