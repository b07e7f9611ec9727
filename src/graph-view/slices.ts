/**
 * How many elements to hand Cytoscape in the next slice, so each slice takes about `budgetMs`.
 * Adding an element costs its style and bookkeeping, which vary with the graph and the machine:
 * the size is learnt from the last slice's measured cost per element, kept within [min, max], and
 * never grows by more than double at once (one fast slice, e.g. of cheap nodes before the costlier
 * edges, must not lead to one far too long). Pure, so the plan is tested without a browser.
 */
export interface SliceLimits {
  budgetMs: number;
  first: number;
  min: number;
  max: number;
}

export const SLICE_LIMITS: SliceLimits = { budgetMs: 40, first: 400, min: 50, max: 8000 };

export function nextSliceSize(last: { count: number; ms: number } | null, limits: SliceLimits = SLICE_LIMITS): number {
  if (!last || last.count <= 0) return limits.first;
  const perElement = Math.max(last.ms, 0.01) / last.count;
  const wanted = Math.floor(limits.budgetMs / perElement);
  return Math.max(limits.min, Math.min(limits.max, last.count * 2, wanted));
}

/** Every slice [start, end) of `total` elements for a run of measured costs (for tests and the docs). */
export function slicePlan(total: number, msPerElement: (index: number) => number, limits: SliceLimits = SLICE_LIMITS) {
  const slices: { start: number; end: number; ms: number }[] = [];
  let last: { count: number; ms: number } | null = null;
  for (let start = 0; start < total;) {
    const end = Math.min(total, start + nextSliceSize(last, limits));
    let ms = 0;
    for (let i = start; i < end; i++) ms += msPerElement(i);
    slices.push({ start, end, ms });
    last = { count: end - start, ms };
    start = end;
  }
  return slices;
}
