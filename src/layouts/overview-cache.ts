/**
 * The overview images of an opened graph, one per layout, kept beside the positions they were drawn
 * from (a WeakMap on the positions object the store holds): no copy in the store, and they go when
 * the graph does. Filled by layoutInWorker, read by the canvas (graph-view/overview-layer.tsx).
 */
import type { LayoutName, LayoutPositions } from '../store/view-options.ts';
import type { OverviewFrame } from './overview-image.ts';

export interface Overview {
  bitmap: ImageBitmap;
  frame: OverviewFrame;
}
export type Overviews = Partial<Record<LayoutName, Overview>>;

const cache = new WeakMap<LayoutPositions, Overviews>();

export const rememberOverviews = (positions: LayoutPositions, overviews: Overviews) => cache.set(positions, overviews);
export const overviewFor = (positions: LayoutPositions, layout: LayoutName): Overview | null =>
  cache.get(positions)?.[layout] ?? null;
