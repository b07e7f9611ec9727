/** The curriculum's cumulative levels: each covers its tiers and all below. */
import type { Tier } from './vocabulary.ts';

export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_TIERS: Record<Level, readonly Tier[]> = {
  beginner: [1],
  intermediate: [1, 2],
  advanced: [1, 2, 3],
};

/**
 * Whether a node is in a level's scope. Items outside the tiers (cloud services and capabilities
 * the curriculum doesn't name) come with the clouds, which start at Tier 2.
 */
export function inLevel(node: { tier?: Tier | undefined }, level: Level | null): boolean {
  if (level === null) return true;
  const tiers = LEVEL_TIERS[level];
  return node.tier === undefined ? tiers.includes(2) : tiers.includes(node.tier);
}
