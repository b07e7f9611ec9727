/**
 * The regions of the map: the force layout keeps each region together, and the canvas names it at
 * overview zoom. A cloud's services (and the provider itself) form that cloud's region; capabilities
 * form one between the clouds; every other item sits in its tier's region.
 */
import type { GraphNode } from '../domain/graph.ts';
import type { ProviderId, Tier } from '../domain/vocabulary.ts';

export type Region = `tier-${Tier}` | `cloud-${ProviderId}` | 'capabilities' | 'outside';

export function regionOf(node: Pick<GraphNode, 'id' | 'kind' | 'tier' | 'provider'>): Region {
  if (node.kind === 'service' && node.provider) return `cloud-${node.provider}`;
  if (node.kind === 'provider') return `cloud-${(node.provider ?? node.id) as ProviderId}`;
  if (node.kind === 'capability') return 'capabilities';
  return node.tier ? `tier-${node.tier}` : 'outside';
}

/** The order regions are set out on the map: the tiers in reading order, then the clouds. */
export const REGION_ORDER: readonly Region[] = [
  'tier-1',
  'tier-2',
  'tier-3',
  'outside',
  'cloud-aws',
  'capabilities',
  'cloud-azure',
  'cloud-gcp',
];
