import { describe, expect, it } from 'vitest';
import { attachText, packGraph, unpackGraph } from '../../src/domain/packed-graph';
import { realAtlas } from '../fixtures/real-atlas';

const graph = realAtlas().index.graph;

describe('the graph as shipped in two parts', () => {
  it('comes back whole: structure first, then descriptions and links', () => {
    const { core, text } = JSON.parse(JSON.stringify(packGraph(graph))) as ReturnType<typeof packGraph>;
    const unpacked = unpackGraph(core);
    expect(unpacked.edges).toEqual(graph.edges);
    expect(unpacked.nodes.every((n) => n.description === '' && n.links === undefined)).toBe(true);
    const before = unpacked.nodes[0];
    attachText(unpacked, text);
    expect(unpacked).toEqual(graph);
    // Filled in place: whoever already holds a node (the atlas, the store) sees the text too.
    expect(unpacked.nodes[0]).toBe(before);
  });

  it('ships no edge ids that can be derived, and keeps those that cannot', () => {
    const { core } = packGraph(graph);
    expect(core.edges.some((e) => 'id' in e)).toBe(false);
    expect(core.nodes.some((n) => 'description' in n || 'links' in n)).toBe(false);
    const odd = { ...graph, edges: [{ ...graph.edges[0]!, id: 'custom-id' }] };
    expect(unpackGraph(packGraph(odd).core).edges[0]!.id).toBe('custom-id');
  });
});
