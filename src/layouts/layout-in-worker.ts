/**
 * Lays out a graph in a Web Worker, with progress and cancellation through an AbortSignal. The
 * overview images the worker draws for a large graph are kept beside the positions (overview-cache.ts).
 * Each layout's positions come in a message of their own: reading a message's data is one task on
 * the page, and all four layouts of 45,000 nodes at once took 0.35 s; each is packed into a
 * transferred buffer (packed-positions.ts).
 */
import type { Graph } from '../domain/graph.ts';
import type { LayoutPositions } from '../store/view-options.ts';
import type { LayoutReply, LayoutRequest } from './layout-worker.ts';
import { rememberOverviews } from './overview-cache.ts';
import { unpackPositions } from './packed-positions.ts';

export function layoutInWorker(
  graph: Graph,
  { onProgress, signal }: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal } = {},
): Promise<LayoutPositions> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(new DOMException('Layout cancelled', 'AbortError'));
    };
    if (signal?.aborted) return stop();
    signal?.addEventListener('abort', stop, { once: true });
    const positions: Partial<LayoutPositions> = {};
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return onProgress?.(reply.done, reply.total);
      if (reply.type === 'positions') return void (positions[reply.layout] = unpackPositions(reply.positions));
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      if (reply.type === 'done') {
        const all = positions as LayoutPositions;
        rememberOverviews(all, reply.overviews);
        resolve(all);
      } else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The layout worker failed'));
    };
    // As JSON text: copying a string to the worker is a memory copy, where the structured clone of
    // 45,000 node and 110,000 edge objects held the page for 0.17 s (JSON.stringify takes ~0.07 s).
    const request: LayoutRequest = { graph: JSON.stringify(graph) };
    worker.postMessage(request);
  });
}
