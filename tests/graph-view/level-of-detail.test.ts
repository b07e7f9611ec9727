/** Large graphs: slices of elements, counting nodes in view, the level-of-detail rule, the overview's place. */
import { describe, expect, it } from 'vitest';
import {
  chooseDetail,
  countInView,
  DRAWN_NODES_LIMIT,
  fitFrame,
  overviewTransform,
  packPoints,
} from '../../src/graph-view/level-of-detail';
import { compoundsLast, fillSlice, nextSliceSize, SLICE_LIMITS, slicePlan } from '../../src/graph-view/slices';
import { overviewFrame } from '../../src/layouts/overview-image';

describe('nextSliceSize', () => {
  const LIMITS = { budgetMs: 40, first: 400, min: 50, max: 8000 };
  it('starts with the first size, then aims each slice at the budget from the last cost per element', () => {
    expect(nextSliceSize(null, LIMITS)).toBe(400);
    // 400 elements in 40 ms: 0.1 ms each, 40 ms budget → 400.
    expect(nextSliceSize({ count: 400, ms: 40 }, LIMITS)).toBe(400);
    // 400 elements in 20 ms: 0.05 ms each → 800, but at most half again as many: 600.
    expect(nextSliceSize({ count: 400, ms: 20 }, LIMITS)).toBe(600);
    // 1,000 elements in 80 ms: 0.08 ms each → 500.
    expect(nextSliceSize({ count: 1000, ms: 80 }, LIMITS)).toBe(500);
    expect(nextSliceSize(null)).toBe(SLICE_LIMITS.first);
  });

  it('never grows by more than half again, nor leaves [min, max]', () => {
    expect(nextSliceSize({ count: 100, ms: 0 }, LIMITS)).toBe(150);
    expect(nextSliceSize({ count: 6000, ms: 1 }, LIMITS)).toBe(8000);
    expect(nextSliceSize({ count: 100, ms: 5000 }, LIMITS)).toBe(50);
  });

  it('plans slices that cover every element once and stay near the budget once learnt', () => {
    // Nodes cost 0.02 ms, edges (from 20,000 on) 0.06 ms.
    const cost = (i: number) => (i < 20_000 ? 0.02 : 0.06);
    const plan = slicePlan(65_000, cost);
    expect(plan[0]!.start).toBe(0);
    expect(plan.at(-1)!.end).toBe(65_000);
    for (let i = 1; i < plan.length; i++) expect(plan[i]!.start).toBe(plan[i - 1]!.end);
    // The slice after the change from cheap nodes to dearer edges is the worst: within 3× budget.
    expect(Math.max(...plan.map((s) => s.ms))).toBeLessThanOrEqual(SLICE_LIMITS.budgetMs * 3);
    // After the change, slices settle at the budget again.
    expect(plan.at(-2)!.ms).toBeLessThanOrEqual(SLICE_LIMITS.budgetMs * 1.01);
  });
});

describe('fillSlice', () => {
  /** A clock that each added element moves on by `cost(index)` ms. */
  function run(start: number, end: number, cost: (i: number) => number, deadline = 30) {
    let clock = 0;
    const chunks: [number, number][] = [];
    const stop = fillSlice(
      (from, to) => {
        chunks.push([from, to]);
        for (let i = from; i < to; i++) clock += cost(i);
      },
      start,
      end,
      deadline,
      () => clock,
    );
    return { stop, chunks, clock };
  }

  it('adds the whole slice in consecutive chunks when it stays within the deadline', () => {
    const { stop, chunks } = run(100, 900, () => 0.01);
    expect(stop).toBe(900);
    expect(chunks[0]).toEqual([100, 200]);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i]![0]).toBe(chunks[i - 1]![1]);
    expect(chunks.at(-1)![1]).toBe(900);
  });

  it('stops after the chunk that passes the deadline (a garbage collection marking inside it)', () => {
    // The third chunk (elements 200–299) carries 300 ms of marking.
    const { stop, chunks, clock } = run(0, 800, (i) => (i === 250 ? 300 : 0.01));
    expect(stop).toBe(300);
    expect(chunks).toHaveLength(3);
    expect(clock).toBeLessThan(310);
  });

  it('always adds at least one chunk, and small slices in chunks of at least ten', () => {
    expect(run(0, 40, () => 100).stop).toBe(10);
    expect(run(5, 12, () => 0).chunks).toEqual([[5, 12]]);
  });
});

describe('compoundsLast', () => {
  it('moves compound parents, their children and the edges at those children to the end, in a valid order', () => {
    const els = [
      { group: 'nodes', data: { id: 'group-aws' } },
      { group: 'nodes', data: { id: 'a' } },
      { group: 'nodes', data: { id: 's3', parent: 'group-aws' } },
      { group: 'nodes', data: { id: 'b' } },
      { group: 'edges', data: { id: 'e1', source: 'a', target: 'b' } },
      { group: 'edges', data: { id: 'e2', source: 's3', target: 'a' } },
    ];
    const { ordered, compoundsFrom } = compoundsLast(els);
    expect(ordered.map((e) => e.data.id)).toEqual(['a', 'b', 'e1', 'group-aws', 's3', 'e2']);
    expect(compoundsFrom).toBe(3);
    // No compound: the same order.
    const flat = els.filter((e) => e.data.id !== 'group-aws' && e.data.id !== 's3' && e.data.id !== 'e2');
    expect(compoundsLast(flat)).toEqual({ ordered: flat, compoundsFrom: 3 });
  });
});

describe('countInView', () => {
  const points = packPoints({ a: { x: 0, y: 0 }, b: { x: 10, y: 10 }, c: { x: 100, y: 100 }, d: { x: -5, y: 3 } });
  it('counts points inside the extent, edges included', () => {
    expect(countInView(points, { x1: 0, y1: 0, x2: 10, y2: 10 })).toBe(2);
    expect(countInView(points, { x1: -10, y1: -10, x2: 200, y2: 200 })).toBe(4);
    expect(countInView(points, { x1: 20, y1: 20, x2: 30, y2: 30 })).toBe(0);
  });
  it('stops once it has found enough', () => {
    expect(countInView(points, { x1: -10, y1: -10, x2: 200, y2: 200 }, 2)).toBe(2);
  });
});

describe('chooseDetail', () => {
  const at = (o: Partial<Parameters<typeof chooseDetail>[0]>) =>
    chooseDetail({ loading: false, decorated: false, moving: false, inView: 10, ...o });
  it('shows the overview while loading, whatever else holds', () => {
    expect(at({ loading: true, decorated: true })).toBe('overview');
  });
  it('lets Cytoscape draw whenever something only it draws is on', () => {
    expect(at({ decorated: true, moving: true, inView: 1e6 })).toBe('cytoscape');
  });
  it('moves the overview during a gesture, even zoomed in', () => {
    expect(at({ moving: true, inView: 1 })).toBe('overview');
  });
  it('at rest, draws with Cytoscape up to the limit of nodes in view', () => {
    expect(at({ inView: DRAWN_NODES_LIMIT })).toBe('cytoscape');
    expect(at({ inView: DRAWN_NODES_LIMIT + 1 })).toBe('overview');
  });
});

describe('the overview image in the view', () => {
  const frame = overviewFrame(
    [
      { x: -100, y: 0 },
      { x: 900, y: 478 },
    ],
    1000,
  )!;

  it('frames every point with a node margin, the longest side at the pixel size', () => {
    expect(frame.minX).toBe(-122);
    expect(frame.minY).toBe(-22);
    expect(frame.width).toBe(1000);
    expect(frame.height).toBe(500);
  });

  it('lands each graph point where Cytoscape draws it', () => {
    const view = { zoom: 0.5, pan: { x: 40, y: -20 } };
    const m = /matrix\(([^,]+), 0, 0, ([^,]+), ([^,]+), ([^)]+)\)/.exec(overviewTransform(frame, view))!;
    const [k, , tx, ty] = m.slice(1).map(Number) as [number, number, number, number];
    // Graph point (900, 478): in the image at ((900 − minX) × scale, …); on screen at pan + point × zoom.
    const image = { x: (900 - frame.minX) * frame.scale, y: (478 - frame.minY) * frame.scale };
    expect(k * image.x + tx).toBeCloseTo(40 + 900 * 0.5);
    expect(k * image.y + ty).toBeCloseTo(-20 + 478 * 0.5);
  });

  it('fits the whole frame in the canvas, centred', () => {
    const { zoom, pan } = fitFrame(frame, 600, 400, 50);
    // 1,044 × 522 graph units into 500 × 300 px.
    expect(zoom).toBeCloseTo(500 / 1044);
    expect(pan.x + frame.minX * zoom).toBeCloseTo(50);
    expect(pan.y + (frame.minY + 522 / 2) * zoom).toBeCloseTo(200);
  });
});
