/**
 * Runs the layouts of an imported graph off the main thread: the page stays responsive, shows
 * progress, and can cancel by terminating the worker. For a large graph it also draws each
 * layout's overview image here (overview-image.ts), so the page only has to show a bitmap.
 */
import type { Graph } from '../domain/graph.ts';
import { drawsAsLargeGraph } from '../encoding/large-graph.ts';
import type { LayoutName } from '../store/view-options.ts';
import { computeLayouts } from './compute-layouts.ts';
import type { Overviews } from './overview-cache.ts';
import { drawOverview, overviewFrame } from './overview-image.ts';
import { packPositions, type PackedPositions } from './packed-positions.ts';

/** The graph as JSON text (see layout-in-worker.ts). */
export type LayoutRequest = { graph: string };
type Positions = ReturnType<typeof computeLayouts>;
export type LayoutReply =
  | { type: 'progress'; done: number; total: number }
  /** One layout's positions: a message each, so the page takes them in four tasks, not one. */
  | { type: 'positions'; layout: LayoutName; positions: PackedPositions }
  | { type: 'done'; overviews: Overviews }
  | { type: 'error'; message: string };

const post = (reply: LayoutReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(reply, transfer);

function drawOverviews(graph: Graph, positions: Positions): Overviews {
  const overviews: Overviews = {};
  // Small graphs are drawn whole by Cytoscape at once; browsers without OffscreenCanvas go without.
  if (!drawsAsLargeGraph(graph) || typeof OffscreenCanvas === 'undefined') return overviews;
  for (const layout of Object.keys(positions) as LayoutName[]) {
    const frame = overviewFrame(Object.values(positions[layout]));
    if (!frame) continue;
    const canvas = new OffscreenCanvas(frame.width, frame.height);
    const context = canvas.getContext('2d');
    if (!context) continue;
    drawOverview(context, frame, graph, positions[layout]);
    overviews[layout] = { bitmap: canvas.transferToImageBitmap(), frame };
  }
  return overviews;
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  try {
    const graph = JSON.parse(event.data.graph) as Graph;
    const positions = computeLayouts(graph, (done, total) => post({ type: 'progress', done, total }));
    const overviews = drawOverviews(graph, positions);
    for (const layout of Object.keys(positions) as LayoutName[]) {
      const packed = packPositions(positions[layout]);
      post({ type: 'positions', layout, positions: packed }, [packed.xy.buffer]);
    }
    post(
      { type: 'done', overviews },
      Object.values(overviews).map((o) => o.bitmap),
    );
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
