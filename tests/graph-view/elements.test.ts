import { describe, expect, it } from 'vitest';
import { drawnGraph, GROUP_IDS } from '../../src/encoding/drawn-nodes';
import { toElements, toElementsInSteps } from '../../src/graph-view/elements';
import { EDGE_LOOKS, KIND_SHAPES } from '../../src/encoding/encoding';
import { providerLayout } from '../../src/layouts/provider-layout';
import { STYLESHEETS } from '../../src/graph-view/stylesheet';
import { EDGE_KINDS } from '../../src/domain/vocabulary';
import { miniAtlas } from '../fixtures/mini-atlas';
import { realAtlas } from '../fixtures/real-atlas';
import { generateLargeGraph } from '../fixtures/random-graph';

const mini = miniAtlas().index.graph;

describe('toElements', () => {
  it('draws items, not tiers or categories, and nests services in their provider group', () => {
    const elements = toElements(mini, { python: { x: 5, y: 7 } });
    const ids = elements.map((e) => e.data.id);
    expect(ids).toEqual(expect.arrayContaining([...GROUP_IDS, 'python', 'aws-lambda', 'functions']));
    expect(ids).not.toContain('basics');
    const lambda = elements.find((e) => e.data.id === 'aws-lambda')!;
    expect(lambda.data.parent).toBe('group-aws');
    expect(lambda.classes).toBe('kind-service tier-2 provider-aws');
    expect(elements.find((e) => e.data.id === 'python')!.position).toEqual({ x: 5, y: 7 });
  });

  it('marks recommended and any-of prerequisites on the edge', () => {
    const edges = toElements(mini).filter((e) => e.group === 'edges');
    expect(edges.find((e) => e.data.id === 'requires:pandas->statistics')!.classes).toBe('edge-requires recommended');
    expect(edges.find((e) => e.data.id === 'requires:rag->pytorch')!.classes).toBe('edge-requires any-of');
    expect(edges).toHaveLength(drawnGraph(mini).edges.length);
  });

  it('marks the edges that share their two ends, so they are drawn as curves side by side', () => {
    const graph = realAtlas().index.graph;
    const edges = toElements(graph).filter((e) => e.group === 'edges');
    const between = (a: string, b: string) =>
      edges.filter((e) => [e.data.source, e.data.target].sort().join() === [a, b].sort().join());
    // S3 requires AWS, and AWS offers S3: two edges, opposite ways, on one pair of nodes.
    expect(
      between('aws', 'aws-s3')
        .map((e) => e.data.kind)
        .sort(),
    ).toEqual(['offered-by', 'requires']);
    for (const edge of between('aws', 'aws-s3')) expect(edge.classes).toContain('parallel');
    const lone = edges.filter((e) => between(e.data.source!, e.data.target!).length === 1);
    expect(lone.length).toBeGreaterThan(edges.length / 2);
    for (const edge of lone) expect(edge.classes).not.toContain('parallel');
  });

  it('is pure: the same input gives equal output, and the input is not changed', () => {
    const before = JSON.stringify(mini);
    expect(toElements(mini)).toEqual(toElements(mini));
    expect(JSON.stringify(mini)).toBe(before);
  });
});

describe('stylesheets', () => {
  it('give every drawn kind a shape and every edge kind a style, in both themes', () => {
    for (const sheet of Object.values(STYLESHEETS)) {
      const selectors = (sheet as { selector: string }[]).map((s) => s.selector);
      for (const kind of Object.keys(KIND_SHAPES)) expect(selectors).toContain(`.kind-${kind}`);
      for (const kind of EDGE_KINDS) expect(selectors).toContain(`.edge-${kind}`);
    }
    expect(Object.keys(EDGE_LOOKS).sort()).toEqual([...EDGE_KINDS].sort());
  });
});

describe('provider layout', () => {
  it('places every drawn node, and a service on the same row as its counterparts', () => {
    const graph = realAtlas().index.graph;
    const positions = providerLayout(graph);
    for (const node of drawnGraph(graph).nodes) expect(positions[node.id], node.id).toBeDefined();
    expect(positions['aws-lambda']!.y).toBe(positions['azure-functions']!.y);
    expect(positions['aws-lambda']!.y).toBe(positions['gcp-cloud-run-functions']!.y);
    expect(positions['aws-lambda']!.x).toBeLessThan(positions['azure-functions']!.x);
    expect(positions['azure-functions']!.x).toBeLessThan(positions['gcp-cloud-run-functions']!.x);
  });
});

describe('counterpart highlight', () => {
  it('lights a service’s capabilities and the other clouds’ services that implement them', async () => {
    const { counterpartHighlight } = await import('../../src/graph-view/counterparts');
    const { index } = miniAtlas();
    const { nodes, edges } = counterpartHighlight(index, 'aws-lambda');
    expect([...nodes].sort()).toEqual(['azure-functions', 'functions', 'gcp-run-functions']);
    expect([...edges].sort()).toEqual([
      'implements:aws-lambda->functions',
      'implements:azure-functions->functions',
      'implements:gcp-run-functions->functions',
    ]);
    expect(counterpartHighlight(index, 'python').nodes.size).toBe(0);
  });
});

describe('toElementsInSteps', () => {
  it('pauses between steps and builds exactly the elements toElements builds', async () => {
    // Over 30,000 edges: the edges take two steps.
    const graph = generateLargeGraph(14_000);
    const positions = Object.fromEntries(graph.nodes.map((n, i) => [n.id, { x: i, y: -i }]));
    const annotations = [
      { id: 'annotation-layered-x', layout: 'layered' as const, text: 'X', at: { x: 1, y: 2 }, style: 'note' as const },
    ];
    let pauses = 0;
    const stepped = await toElementsInSteps(graph, positions, annotations, async () => {
      pauses++;
    });
    expect(graph.edges.length).toBeGreaterThan(30_000);
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect(stepped).toEqual(toElements(graph, positions, annotations));
  });
});
