/** createAtlasInSteps: the same atlas as createAtlas, built in two steps with a pause between. */
import { describe, expect, it } from 'vitest';
import { createAtlas, createAtlasInSteps } from '../../src/domain/atlas';
import { generateLargeGraph } from '../fixtures/random-graph';

describe('createAtlasInSteps', () => {
  it('pauses once, after the index and before the search index, and answers as createAtlas does', async () => {
    const graph = generateLargeGraph(300);
    const steps: string[] = [];
    const atlas = await createAtlasInSteps(graph, async () => {
      steps.push('pause');
    });
    expect(steps).toEqual(['pause']);
    const whole = createAtlas(graph);
    expect([...atlas.index.byId.keys()]).toEqual([...whole.index.byId.keys()]);
    const query = graph.nodes[5]!.label;
    expect(atlas.search(query).map((r) => r.id)).toEqual(whole.search(query).map((r) => r.id));
  });
});
