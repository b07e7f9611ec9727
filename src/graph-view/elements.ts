/** The graph as Cytoscape elements: a pure function of the graph and the positions to start from. */
import type { ElementDefinition } from 'cytoscape';
import type { Graph } from '../domain/graph.ts';
import { PROVIDERS } from '../domain/vocabulary.ts';
import { eachInSteps, runAtOnce, runWithPauses } from '../domain/steps.ts';
import type { Point } from '../store/view-options.ts';
import { drawnGraph, groupId } from '../encoding/drawn-nodes.ts';
import { drawsAsLargeGraph } from '../encoding/large-graph.ts';
import type { Annotation } from '../layouts/annotations.ts';

const PROVIDER_GROUP_LABELS = { aws: 'AWS', azure: 'Azure', gcp: 'Google Cloud' } as const;

export function toElements(
  graph: Graph,
  positions: Record<string, Point> = {},
  annotations: readonly Annotation[] = [],
): ElementDefinition[] {
  return runAtOnce(elementSteps(graph, positions, annotations));
}

/**
 * The same elements, built with `pause()` between steps of about STEP_ITEMS items: at 45,000
 * nodes and 111,000 edges toElements took 0.1–0.2 s in one task on the page.
 */
export function toElementsInSteps(
  graph: Graph,
  positions: Record<string, Point>,
  annotations: readonly Annotation[],
  pause: () => Promise<unknown>,
): Promise<ElementDefinition[]> {
  return runWithPauses(elementSteps(graph, positions, annotations), pause);
}

/** `items.map(build)`, yielding after every STEP_ITEMS items. */
function* mapInSteps<T, U>(items: readonly T[], build: (item: T) => U): Generator<void, U[]> {
  const out: U[] = [];
  yield* eachInSteps(items, (item) => out.push(build(item)));
  return out;
}

/** toElements' work, yielding between steps (see toElementsInSteps). */
function* elementSteps(
  graph: Graph,
  positions: Record<string, Point>,
  annotations: readonly Annotation[],
): Generator<void, ElementDefinition[]> {
  const { nodes, edges } = drawnGraph(graph);
  // A provider group only where the provider has services, and never under an id the graph uses
  // itself (an imported graph may well have a node called "group-aws"): Cytoscape refuses
  // duplicate ids, and the whole canvas would fail.
  const taken = new Set<string>([...nodes.map((n) => n.id), ...edges.map((e) => e.id)]);
  const offering = new Set(nodes.filter((n) => n.kind === 'service' && n.provider).map((n) => n.provider));
  const grouped = new Set(PROVIDERS.filter((p) => offering.has(p) && !taken.has(groupId(p))));
  const groups: ElementDefinition[] = [...grouped].map((provider) => ({
    group: 'nodes',
    data: { id: groupId(provider), label: PROVIDER_GROUP_LABELS[provider] },
    classes: `provider-group provider-${provider}`,
    selectable: false,
  }));
  yield;
  const nodeElements: ElementDefinition[] = yield* mapInSteps(nodes, (node) => ({
    group: 'nodes',
    data: {
      id: node.id,
      label: node.label,
      kind: node.kind,
      ...(node.provider && node.kind === 'service' && grouped.has(node.provider)
        ? { parent: groupId(node.provider) }
        : {}),
    },
    classes: [
      `kind-${node.kind}`,
      node.tier ? `tier-${node.tier}` : 'tier-none',
      node.provider ? `provider-${node.provider}` : '',
    ]
      .filter(Boolean)
      .join(' '),
    ...(positions[node.id] ? { position: { ...positions[node.id]! } } : {}),
  }));
  yield;
  // Large graphs draw every edge as a haystack line: no curves to choose, and no 110,000 keys to build.
  const pairs = drawsAsLargeGraph(graph) ? null : edgesPerPair(edges);
  const edgeElements: ElementDefinition[] = yield* mapInSteps(edges, (edge) => ({
    group: 'edges',
    data: { id: edge.id, source: edge.source, target: edge.target, kind: edge.kind },
    classes: [
      `edge-${edge.kind}`,
      edge.strength === 'recommended' ? 'recommended' : '',
      edge.group ? 'any-of' : '',
      pairs && pairs.get(pairKey(edge))! > 1 ? 'parallel' : '',
    ]
      .filter(Boolean)
      .join(' '),
  }));
  // Each layout's names (see layouts/annotations.ts): text-only nodes, shown in their layout only.
  const annotationElements: ElementDefinition[] = annotations
    .filter((a) => !taken.has(a.id))
    .map((a) => ({
      group: 'nodes',
      data: { id: a.id, label: a.text, layout: a.layout },
      classes: `annotation annotation-${a.style}`,
      position: { ...a.at },
      selectable: false,
      grabbable: false,
    }));
  return [...groups, ...nodeElements, ...edgeElements, ...annotationElements];
}

/** The two ends of an edge, whichever way it points. */
const pairKey = (edge: { source: string; target: string }) =>
  edge.source < edge.target ? `${edge.source}\n${edge.target}` : `${edge.target}\n${edge.source}`;

/** How many edges join each pair of nodes: the pairs with more are drawn as curves side by side. */
function edgesPerPair(edges: readonly { source: string; target: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const edge of edges) {
    const key = pairKey(edge);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
