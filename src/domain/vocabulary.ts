/**
 * The graph's fixed vocabularies: kinds, tiers, providers, areas, edge kinds. Plain constants, so
 * the app can use them without loading zod (schema.ts builds its enums from these).
 */
export const NODE_KINDS = [
  'tier',
  'category',
  'skill',
  'algorithm',
  'language',
  'library',
  'framework',
  'database',
  'tool',
  'platform',
  'protocol',
  'provider',
  'service',
  'capability',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const TIERS = [1, 2, 3] as const;
export type Tier = (typeof TIERS)[number];

export const PRIORITIES = ['essential', 'important', 'optional'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const PROVIDERS = ['aws', 'azure', 'gcp'] as const;
export type ProviderId = (typeof PROVIDERS)[number];

export const AREAS = [
  'compute',
  'storage',
  'databases',
  'analytics',
  'ml-ai',
  'integration',
  'networking',
  'operations',
  'security',
] as const;
export type Area = (typeof AREAS)[number];

export const STRENGTHS = ['hard', 'recommended'] as const;
export type Strength = (typeof STRENGTHS)[number];

export const MATCHES = ['full', 'partial'] as const;
export type Match = (typeof MATCHES)[number];

export const EDGE_KINDS = [
  'requires',
  'offered-by',
  'implements',
  'alternative-to',
  'builds-on',
  'uses',
  'integrates-with',
] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];
