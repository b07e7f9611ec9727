/**
 * Runs the layouts of an imported graph off the main thread: the page stays responsive, shows
 * progress, and can cancel by terminating the worker.
 */
import type { Graph } from '../domain/graph.ts';
import { computeLayouts } from './compute-layouts.ts';

export type LayoutRequest = { graph: Graph };
export type LayoutReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; positions: ReturnType<typeof computeLayouts> }
  | { type: 'error'; message: string };

const post = (reply: LayoutReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  try {
    const positions = computeLayouts(event.data.graph, (done, total) => post({ type: 'progress', done, total }));
    post({ type: 'done', positions });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
