/**
 * Hands a large graph's elements to Cytoscape in slices of about 25 ms (slices.ts; a slice stops
 * early once past 37 ms, see fillSlice), yielding to the event loop between them, so the page keeps
 * answering clicks and keys and shows progress while tens of thousands of elements go in. Nodes
 * come before edges in `elements` (toElements), so every slice only refers to nodes already added.
 * Stops, leaving what is in, when `signal` aborts.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { fillSlice, nextSliceSize, SLICE_LIMITS } from './slices';

/** Cytoscape's renderer styles and measures queued elements at once (undocumented; absent headless). */
const flushStyles = (cy: Core) =>
  (cy as unknown as { renderer: () => { flushRenderedStyleQueue?: () => void } | undefined })
    .renderer()
    ?.flushRenderedStyleQueue?.();

/** A task boundary that lets input and frames through (setTimeout(0) is clamped to 4 ms when nested). */
const yieldToPage = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** Lets a frame be painted (the progress bar) before the next stretch of slices. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export async function addInSlices(
  cy: Core,
  elements: readonly ElementDefinition[],
  {
    signal,
    onProgress,
    restartAt = [],
  }: { signal: AbortSignal; onProgress: (done: number, total: number) => void; restartAt?: readonly number[] },
): Promise<boolean> {
  let last: { count: number; ms: number } | null = null;
  let lastFrame = performance.now();
  for (let start = 0; start < elements.length;) {
    // Each slice in a task of its own, the first too: the caller has just put the elements in order
    // (compoundsLast, 40 ms at 45,000 nodes). MessageChannel tasks can starve painting: give the
    // page a frame about every 100 ms.
    if (performance.now() - lastFrame > 100) {
      await nextFrame();
      lastFrame = performance.now();
    } else await yieldToPage();
    if (signal.aborted || cy.destroyed()) return false;
    // No slice crosses a `restartAt` index, where the cost per element changes (nodes to edges,
    // plain to compound): the slice size is learnt again from there.
    if (restartAt.includes(start)) last = null;
    const limit = Math.min(elements.length, ...restartAt.filter((i) => i > start));
    const end = Math.min(limit, start + nextSliceSize(last));
    const t0 = performance.now();
    const stop = fillSlice(
      (from, to) => {
        cy.add(elements.slice(from, to) as ElementDefinition[]);
        // Cytoscape styles new elements lazily, in the next frame, for all added since the last one
        // (about 40 µs each: a frame after 100 ms of slices took 0.5 s). Flushing keeps it in the slice.
        flushStyles(cy);
      },
      start,
      end,
      SLICE_LIMITS.budgetMs * 1.5,
      () => performance.now(),
    );
    last = { count: stop - start, ms: performance.now() - t0 };
    start = stop;
    onProgress(start, elements.length);
  }
  return !signal.aborted && !cy.destroyed();
}
