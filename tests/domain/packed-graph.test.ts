import { describe, expect, it } from 'vitest';
import { attachText, packGraph, packPositions, unpackGraph, unpackPositions } from '../../src/domain/packed-graph';
import { realAtlas } from '../fixtures/real-atlas';
import { layoutsFor } from '../../src/build/graph-data-plugin';

const graph = realAtlas().index.graph;

describe('the graph as shipped in two parts', () => {
  it('comes back whole: structure first, then descriptions and links', () => {
    const { core, text } = JSON.parse(JSON.stringify(packGraph(graph))) as ReturnType<typeof packGraph>;
    const unpacked = unpackGraph(core);
    expect(unpacked.edges.map((e) => e.id)).toEqual(graph.edges.map((e) => e.id));
    expect(unpacked.nodes.every((n) => n.description === '' && n.links === undefined && n.tags === undefined)).toBe(true);
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
    const packed = JSON.parse(JSON.stringify(packPositions(graph, positions))) as ReturnType<typeof packPositions>;
    expect(packed.force).toHaveLength(2 * graph.nodes.length);
    expect(unpackPositions(graph, packed)).toEqual(positions);
  });

  it('ships no edge ids that can be derived, and keeps those that cannot', () => {
    const { core } = packGraph(graph);
    expect(core.edges.some((e) => 'id' in e)).toBe(false);
    expect(core.nodes.some((n) => 'description' in n || 'links' in n || 'tags' in n)).toBe(false);
    const odd = { ...graph, edges: [{ ...graph.edges[0]!, id: 'custom-id' }] };
    expect(unpackGraph(packGraph(odd).core).edges[0]!.id).toBe('custom-id');
  });
});
