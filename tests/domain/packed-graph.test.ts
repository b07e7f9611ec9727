import { describe, expect, it } from 'vitest';
import { attachText, packGraph, unpackGraph } from '../../src/domain/packed-graph';
import { realAtlas } from '../fixtures/real-atlas';
import { flatPositions, layoutsFor } from '../../src/build/graph-data-plugin';
import { positionsFromJson } from '../../src/layouts/packed-positions';

const graph = realAtlas().index.graph;

describe('the graph as shipped in two parts', () => {
  it('comes back whole: structure first, then descriptions and links', () => {
    const { core, text } = JSON.parse(JSON.stringify(packGraph(graph))) as ReturnType<typeof packGraph>;
    const unpacked = unpackGraph(core);
    expect(unpacked.edges.map((e) => e.id)).toEqual(graph.edges.map((e) => e.id));
    expect(unpacked.nodes.every((n) => n.description === '' && n.links === undefined && n.tags === undefined)).toBe(
      true,
    );
    expect(unpacked.edges.some((e) => e.sourceUrl || e.checked || e.caveat)).toBe(false);
    const before = { node: unpacked.nodes[0], edge: unpacked.edges.find((e) => e.kind === 'implements') };
    attachText(unpacked, text);
    expect(unpacked).toEqual(graph);
    // Filled in place: whoever already holds a node or an edge (the atlas, the store) sees the text too.
    expect(unpacked.nodes[0]).toBe(before.node);
    expect(before.edge?.sourceUrl).toMatch(/^https:/);
  });

  it('ships every layout’s positions as number arrays that read back exactly', () => {
    const positions = layoutsFor(graph);
    const flat = JSON.parse(JSON.stringify(flatPositions(graph))) as ReturnType<typeof flatPositions>;
    const ids = graph.nodes.map((n) => n.id);
    expect(flat.force).toHaveLength(2 * ids.length);
    for (const [name, layout] of Object.entries(positions)) expect(positionsFromJson(ids, flat[name]!)).toEqual(layout);
  });

  it('ships no edge ids that can be derived, and keeps those that cannot', () => {
    const { core } = packGraph(graph);
    expect(core.edges.some((e) => 'id' in e)).toBe(false);
    expect(core.nodes.some((n) => 'description' in n || 'links' in n || 'tags' in n)).toBe(false);
    const odd = { ...graph, edges: [{ ...graph.edges[0]!, id: 'custom-id' }] };
    expect(unpackGraph(packGraph(odd).core).edges[0]!.id).toBe('custom-id');
  });
});
