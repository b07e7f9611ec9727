/**
 * The visual encoding, in one table the stylesheet and the legend both read, so the legend can
 * never disagree with the canvas. Colours are from the Okabe–Ito palette, which stays
 * distinguishable with the common colour-vision deficiencies; providers also differ by border
 * style, and edge kinds by line style, so nothing relies on colour alone.
 */
import type { Area, EdgeKind, NodeKind, ProviderId, Tier } from '../domain/vocabulary';

/** Tiers, categories and learning objectives are not drawn (see drawn-nodes.ts). */
export type DrawnKind = Exclude<NodeKind, 'tier' | 'category' | 'objective' | 'sub-objective'>;

export const KIND_SHAPES: Record<DrawnKind, string> = {
  skill: 'ellipse',
  algorithm: 'diamond',
  language: 'hexagon',
  library: 'round-rectangle',
  framework: 'rectangle',
  database: 'barrel',
  tool: 'round-tag',
  platform: 'octagon',
  protocol: 'rhomboid',
  provider: 'star',
  service: 'round-pentagon',
  capability: 'round-triangle',
};

export const TIER_COLOURS: Record<Tier | 'none', string> = {
  1: '#0072B2',
  2: '#E69F00',
  3: '#CC79A7',
  none: '#8C8C8C',
};

export const TIER_NAMES: Record<Tier, string> = {
  1: 'Tier 1 — Foundation',
  2: 'Tier 2 — Shipping',
  3: 'Tier 3 — Scale',
};

export const AREA_NAMES: Record<Area, string> = {
  compute: 'Compute',
  storage: 'Storage',
  databases: 'Databases',
  analytics: 'Analytics',
  'ml-ai': 'ML & AI',
  integration: 'Integration',
  networking: 'Networking',
  operations: 'Operations',
  security: 'Security',
};

/** Items with no tier, as the canvas, the filters and the outline name them. */
export const OUTSIDE_TIERS = 'Outside the tiers';

export const PROVIDER_MARKS: Record<
  ProviderId,
  { colour: string; border: 'solid' | 'double' | 'dashed'; name: string }
> = {
  aws: { colour: '#D55E00', border: 'solid', name: 'AWS' },
  azure: { colour: '#56B4E9', border: 'double', name: 'Azure' },
  gcp: { colour: '#009E73', border: 'dashed', name: 'Google Cloud' },
};

/**
 * The learner's progress on a node: a ring (solid when learned, dashed while learning) and a mark
 * before its name, so neither colour nor theme is needed to tell them apart.
 */
export const PROGRESS_MARKS = {
  learned: { ring: 'solid', mark: '✓', legend: 'learned: solid ring, ✓ before the name' },
  learning: { ring: 'dashed', mark: '◐', legend: 'learning: dashed ring, ◐ before the name' },
} as const;

export interface EdgeLook {
  line: 'solid' | 'dashed' | 'dotted';
  /** Where the arrowhead sits: at the source end, the target end, or none. */
  arrowAt: 'source' | 'target' | 'none';
  arrow: string;
  colour: { light: string; dark: string };
  width: number;
  /** How the legend says it, reading from the arrow's tail to its head. */
  legend: string;
}

/**
 * `requires` edges go from the item to its prerequisite in the data; the arrowhead sits at the
 * item, so arrows point from what you learn first to what it opens up.
 */
export const EDGE_LOOKS: Record<EdgeKind, EdgeLook> = {
  requires: {
    line: 'solid',
    arrowAt: 'source',
    arrow: 'triangle',
    colour: { light: '#5b6270', dark: '#a9b0bd' },
    width: 1.4,
    legend: 'prerequisite → what needs it (dashed: recommended)',
  },
  'builds-on': {
    line: 'solid',
    arrowAt: 'target',
    arrow: 'vee',
    colour: { light: '#0072B2', dark: '#5fb3ec' },
    width: 1.2,
    legend: 'builds on (arrow at the base technology)',
  },
  uses: {
    line: 'dotted',
    arrowAt: 'target',
    arrow: 'vee',
    colour: { light: '#3a7ca5', dark: '#7fc4ea' },
    width: 1.2,
    legend: 'uses (arrow at what is used)',
  },
  'integrates-with': {
    line: 'dotted',
    arrowAt: 'none',
    arrow: 'none',
    colour: { light: '#7a7a7a', dark: '#9a9a9a' },
    width: 1,
    legend: 'integrates with',
  },
  'alternative-to': {
    line: 'dashed',
    arrowAt: 'none',
    arrow: 'none',
    colour: { light: '#b0569a', dark: '#e39ccb' },
    width: 1.2,
    legend: 'alternative to',
  },
  implements: {
    line: 'dashed',
    arrowAt: 'target',
    arrow: 'diamond',
    colour: { light: '#009E73', dark: '#3fd1a5' },
    width: 1.2,
    legend: 'service implements capability',
  },
  'offered-by': {
    line: 'solid',
    arrowAt: 'none',
    arrow: 'none',
    colour: { light: '#c9ccd2', dark: '#4a505a' },
    width: 0.8,
    legend: 'service offered by provider',
  },
  // Never on the canvas (objectives are not drawn), so the legend and the filters leave it out;
  // the look is here only so that every edge kind has one.
  'achieved-by': {
    line: 'dotted',
    arrowAt: 'source',
    arrow: 'triangle',
    colour: { light: '#5b6270', dark: '#a9b0bd' },
    width: 1,
    legend: 'item → the learning objective it achieves',
  },
};
