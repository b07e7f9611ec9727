/** The graph as Cytoscape elements: a pure function of the graph and the positions to start from. */
import type { ElementDefinition } from 'cytoscape';
import type { Graph } from '../domain/graph';
import { PROVIDERS } from '../domain/schema';
import type { Point } from '../store/view-options';
import { drawnGraph, groupId } from './drawn-nodes';

const PROVIDER_GROUP_LABELS = { aws: 'AWS', azure: 'Azure', gcp: 'Google Cloud' } as const;

export function toElements(graph: Graph, positions: Record<string, Point> = {}): ElementDefinition[] {
  const { nodes, edges } = drawnGraph(graph);
  const groups: ElementDefinition[] = PROVIDERS.map((provider) => ({
    group: 'nodes',
    data: { id: groupId(provider), label: PROVIDER_GROUP_LABELS[provider] },
    classes: `provider-group provider-${provider}`,
    selectable: false,
  }));
  const nodeElements: ElementDefinition[] = nodes.map((node) => ({
    group: 'nodes',
    data: {
      id: node.id,
      label: node.label,
      kind: node.kind,
      ...(node.provider && node.kind === 'service' ? { parent: groupId(node.provider) } : {}),
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
  const edgeElements: ElementDefinition[] = edges.map((edge) => ({
    group: 'edges',
    data: { id: edge.id, source: edge.source, target: edge.target, kind: edge.kind },
    classes: `edge-${edge.kind}${edge.strength === 'recommended' ? ' recommended' : ''}${edge.group ? ' any-of' : ''}`,
  }));
  return [...groups, ...nodeElements, ...edgeElements];
}
