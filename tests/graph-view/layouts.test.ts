import { describe, expect, it } from 'vitest';
import { drawnGraph } from '../../src/encoding/drawn-nodes';
import { computeLayouts } from '../../src/layouts/compute-layouts';
import { LAYOUTS } from '../../src/store/view-options';
import { realAtlas } from '../fixtures/real-atlas';

describe('precomputed layouts', () => {
  it('give every drawn node of the real graph a finite position in every layout, spread out', () => {
    const graph = realAtlas().index.graph;
    const positions = computeLayouts(graph);
    const ids = drawnGraph(graph).nodes.map((n) => n.id);
    for (const layout of LAYOUTS) {
      const placed = positions[layout];
      for (const id of ids) {
        expect(Number.isFinite(placed[id]?.x), `${layout}: ${id}`).toBe(true);
        expect(Number.isFinite(placed[id]?.y), `${layout}: ${id}`).toBe(true);
      }
      // No two nodes on the same spot: a layout that collapses nodes is broken even if "finite".
      const spots = new Set(ids.map((id) => `${Math.round(placed[id]!.x)},${Math.round(placed[id]!.y)}`));
      expect(spots.size, layout).toBeGreaterThan(ids.length * 0.98);
    }
  }, 90_000);
});

describe('layouts of imported graphs, by size', () => {
  it('lay out every node of a 1,500-node graph (fcose draft) and a 6,000-node graph (grid) at finite positions', async () => {
    const { generateLargeGraph } = await import('../fixtures/random-graph');
    for (const size of [1500, 6000]) {
      const graph = generateLargeGraph(size, 7);
      const steps: number[] = [];
      const positions = computeLayouts(graph, (done) => steps.push(done));
      expect(steps).toEqual([1, 2, 3, 4]);
      for (const layout of LAYOUTS)
        for (const node of drawnGraph(graph).nodes) {
          const p = positions[layout][node.id];
          expect(Number.isFinite(p?.x) && Number.isFinite(p?.y), `${size} ${layout} ${node.id}`).toBe(true);
        }
    }
  }, 180_000);
});
