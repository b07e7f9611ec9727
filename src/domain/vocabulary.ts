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
  // The curriculum's learning objectives ("Deploy to Production") and their concrete parts
  // ("Containerize applications with Docker"); not drawn on the canvas.
  'objective',
  'sub-objective',
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

/** Objectives and sub-objectives: what the curriculum says a learner can do at the end of a tier. */
export const OBJECTIVE_KINDS = ['objective', 'sub-objective'] as const;
export const isObjectiveKind = (kind: NodeKind) => kind === 'objective' || kind === 'sub-objective';

/** Kinds that may carry a tier without being a curriculum item (something to learn). */
const NOT_ITEMS: readonly NodeKind[] = ['tier', 'category', 'capability', 'objective', 'sub-objective'];

/** A thing to learn that the curriculum places in a tier: a skill, a library, a named cloud service… */
export const isCurriculumItem = (node: { tier?: Tier | undefined; kind: NodeKind }) =>
  node.tier !== undefined && !NOT_ITEMS.includes(node.kind);

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
  // objective → sub-objective, sub-objective → the items that achieve it.
  'achieved-by',
] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/**
 * The longest id, in every format: ids travel in the address (`?sel=…`), which servers refuse
 * past about 8 KB, and in stored progress.
 */
export const ID_MAX = 200;
