import { describe, expect, it } from 'vitest';
import { drawnGraph } from '../../src/graph-view/drawn-nodes';
import { computeLayouts } from '../../src/graph-view/layouts/compute-layouts';
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
  }, 30_000);
});
