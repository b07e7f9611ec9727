/**
 * Level of detail for large graphs: whether Cytoscape draws the view or the overview image stands
 * in for it. Cytoscape's cost per frame grows with the elements in view (a frame with 20,000 nodes
 * in view takes over a second here); the overview image costs the same at any size. Pure, so the
 * rule is tested without a canvas.
 */
import type { Point } from '../store/view-options.ts';

/** The graph area in view, in graph coordinates (Cytoscape's extent). */
export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Above this many nodes in view Cytoscape is not asked to draw: the overview stands in. Measured
 * on this kind of machine (software rasterising): ~4,000 nodes with their edges draw in ~100 ms
 * once their textures are cached.
 */
export const DRAWN_NODES_LIMIT = 4000;

/** Node positions as two flat arrays: counting those in view is one tight loop, no allocation. */
export function packPoints(points: Record<string, Point>): { xs: Float64Array; ys: Float64Array } {
  const values = Object.values(points);
  const xs = new Float64Array(values.length);
  const ys = new Float64Array(values.length);
  values.forEach((p, i) => {
    xs[i] = p.x;
    ys[i] = p.y;
  });
  return { xs, ys };
}

/** How many points lie in the extent, stopping once `stopAt` are found (the answer is then ≥ it). */
export function countInView({ xs, ys }: { xs: Float64Array; ys: Float64Array }, extent: Extent, stopAt = Infinity) {
  let n = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const y = ys[i]!;
    if (x >= extent.x1 && x <= extent.x2 && y >= extent.y1 && y <= extent.y2 && ++n >= stopAt) return n;
  }
  return n;
}

export type Detail = 'cytoscape' | 'overview';

/**
 * - still loading: the overview (Cytoscape does not have every element yet);
 * - something is decorated (a selection, highlight, filter…): Cytoscape, which alone draws those;
 * - moving (a pan, a zoom, an animation): the overview, moved with the view, so no frame of a
 *   gesture redraws the graph;
 * - at rest: Cytoscape when few enough nodes are in view, otherwise the overview.
 */
export function chooseDetail({
  loading,
  decorated,
  moving,
  inView,
  limit = DRAWN_NODES_LIMIT,
}: {
  loading: boolean;
  decorated: boolean;
  moving: boolean;
  inView: number;
  limit?: number;
}): Detail {
  if (loading) return 'overview';
  if (decorated) return 'cytoscape';
  if (moving) return 'overview';
  return inView > limit ? 'overview' : 'cytoscape';
}

/** The CSS transform that lays the overview image (drawn at `scale` from `minX, minY`) over the view. */
export function overviewTransform(
  frame: { minX: number; minY: number; scale: number },
  view: { zoom: number; pan: Point },
): string {
  const k = view.zoom / frame.scale;
  const x = view.pan.x + frame.minX * view.zoom;
  const y = view.pan.y + frame.minY * view.zoom;
  return `matrix(${k}, 0, 0, ${k}, ${x}, ${y})`;
}

/** The zoom and pan that fit the whole frame in a width × height canvas, with a margin. */
export function fitFrame(
  frame: { minX: number; minY: number; scale: number; width: number; height: number },
  width: number,
  height: number,
  padding = 30,
): { zoom: number; pan: Point } {
  const graphWidth = frame.width / frame.scale;
  const graphHeight = frame.height / frame.scale;
  const zoom = Math.max(1e-3, Math.min((width - 2 * padding) / graphWidth, (height - 2 * padding) / graphHeight));
  return {
    zoom,
    pan: {
      x: (width - graphWidth * zoom) / 2 - frame.minX * zoom,
      y: (height - graphHeight * zoom) / 2 - frame.minY * zoom,
    },
  };
}
