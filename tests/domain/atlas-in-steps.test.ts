/** createAtlasInSteps / buildIndexInSteps: the same atlas and index, built with pauses between steps. */
import { describe, expect, it } from 'vitest';
import { createAtlas, createAtlasInSteps } from '../../src/domain/atlas';
import { buildIndex, buildIndexInSteps } from '../../src/domain/graph-index';
import { generateLargeGraph } from '../fixtures/random-graph';

describe('createAtlasInSteps', () => {
  it('pauses within the index and once more before the search index, and answers as createAtlas does', async () => {
    const graph = generateLargeGraph(300);
    let pauses = 0;
    const atlas = await createAtlasInSteps(graph, async () => {
      pauses++;
    });
    expect(pauses).toBe(4);
    const whole = createAtlas(graph);
    expect([...atlas.index.byId.keys()]).toEqual([...whole.index.byId.keys()]);
    const query = graph.nodes[5]!.label;
    expect(atlas.search(query).map((r) => r.id)).toEqual(whole.search(query).map((r) => r.id));
  });
});

describe('buildIndexInSteps', () => {
  it('pauses between its passes and builds the index buildIndex builds', async () => {
    const graph = generateLargeGraph(300);
    let pauses = 0;
    const index = await buildIndexInSteps(graph, async () => {
      pauses++;
    });
    expect(pauses).toBe(3);
    const whole = buildIndex(graph);
    for (const key of ['byId', 'out', 'in', 'byTier', 'byCategory', 'byProvider', 'byName', 'order'] as const)
      expect(index[key], key).toEqual(whole[key]);
  });
});
