/**
 * How many elements to hand Cytoscape in the next slice, so each slice takes about `budgetMs`.
 * Adding an element costs its style and bookkeeping, which vary with the graph and the machine:
 * the size is learnt from the last slice's measured cost per element, kept within [min, max], and
 * never grows by more than half again at once (one fast slice, e.g. of cheap nodes before the costlier
 * edges, must not lead to one far too long). Pure, so the plan is tested without a browser.
 */
export interface SliceLimits {
  budgetMs: number;
  first: number;
  min: number;
  max: number;
}

export const SLICE_LIMITS: SliceLimits = { budgetMs: 25, first: 300, min: 50, max: 8000 };

export function nextSliceSize(last: { count: number; ms: number } | null, limits: SliceLimits = SLICE_LIMITS): number {
  if (!last || last.count <= 0) return limits.first;
  const perElement = Math.max(last.ms, 0.01) / last.count;
  const wanted = Math.floor(limits.budgetMs / perElement);
  return Math.max(limits.min, Math.min(limits.max, Math.ceil(last.count * 1.5), wanted));
}

/**
 * Fills one slice: `add(from, to)` for chunks of about an eighth of [start, end), stopping after
 * the chunk that passes `deadlineMs` (timed by `now`). Returns where it stopped. Why the chunks:
 * once the engine's major garbage collection starts marking during a slice, the page thread marks
 * on nearly every allocation until it is done (about 0.3 s at 45,000 nodes on two cores), and a
 * slice that kept adding carried all of it in one task; stopped, the marking is shared by the
 * next slices, each ending at its deadline.
 */
export function fillSlice(
  add: (from: number, to: number) => void,
  start: number,
  end: number,
  deadlineMs: number,
  now: () => number,
): number {
  const chunk = Math.max(10, Math.ceil((end - start) / 8));
  const t0 = now();
  let at = start;
  while (at < end && (at === start || now() - t0 < deadlineMs)) {
    const to = Math.min(end, at + chunk);
    add(at, to);
    at = to;
  }
  return at;
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

type Definition = { group?: string; data: { id?: string; parent?: string; source?: string; target?: string } };

/**
 * The elements in the order to add them: compound parents (the provider groups), their children and
 * the edges at those children last. As soon as a graph has a compound node, Cytoscape builds
 * collections of each styled element's parents and descendants on every style change (a garbage
 * collector's feast: seconds at 20,000 nodes); before the first one arrives it does not. Every
 * element still comes after the nodes it refers to. `compoundsFrom`: where the compound part starts
 * (its elements cost several times as much each, so the slices learn their size afresh there).
 */
export function compoundsLast<T extends Definition>(elements: readonly T[]): { ordered: T[]; compoundsFrom: number } {
  const parents = new Set<string>();
  for (const e of elements) if (e.data.parent) parents.add(e.data.parent);
  if (parents.size === 0) return { ordered: [...elements], compoundsFrom: elements.length };
  const late = new Set<string>(parents);
  for (const e of elements) if (e.data.parent) late.add(e.data.id!);
  const isLate = (e: T) =>
    late.has(e.data.id!) || (e.group === 'edges' && (late.has(e.data.source!) || late.has(e.data.target!)));
  const early = elements.filter((e) => !isLate(e));
  const rest = elements.filter(isLate);
  // Parents before children, nodes before edges.
  const rank = (e: T) => (e.group === 'edges' ? 2 : parents.has(e.data.id!) ? 0 : 1);
  return { ordered: [...early, ...rest.sort((a, b) => rank(a) - rank(b))], compoundsFrom: early.length };
}
