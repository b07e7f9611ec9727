/**
 * Counts in words, one phrasing per number wherever it appears: the Details panel, the trace bar,
 * the plan. What each number counts is defined in src/domain/queries/counts.ts.
 */
import type { TierCount } from '../domain/queries/tier-counts';

/** "1 item", "12 items". */
export const itemCount = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;

/** "1 step", "12 steps": the length of a learning plan. */
export const stepCount = (n: number) => `${n} ${n === 1 ? 'step' : 'steps'}`;

/** "Tier 1: 12, Tier 2: 5, outside the tiers: 1". */
export const tierCountsInWords = (counts: readonly TierCount[]): string =>
  counts.map(({ tier, count }) => `${tier === 'none' ? 'outside the tiers' : `Tier ${tier}`}: ${count}`).join(', ');

/** A traced chain: "17 items to learn (Tier 1: 9, Tier 2: 8), 2 learned already" — or "none left to learn". */
export function chainInWords(chain: { toLearn: number; byTier: readonly TierCount[]; learned: number }): string {
  const learned = chain.learned > 0 ? `${chain.toLearn > 0 ? ', ' : ' · '}${chain.learned} learned already` : '';
  if (chain.toLearn === 0) return `none left to learn${learned}`;
  return `${itemCount(chain.toLearn)} to learn (${tierCountsInWords(chain.byTier)})${learned}`;
}

/**
 * What the Details panel says an item needs: "10 steps to learn first (17 counting recommended
 * prerequisites and alternatives)". The first number is its plan's length without it; the second,
 * what "Trace prerequisites" lights.
 */
export function stepsFirstInWords(steps: number, chain: number): string {
  if (steps === 0 && chain === 0) return 'Nothing left to learn first';
  const all = chain > steps ? ` (${chain} counting recommended prerequisites and alternatives)` : '';
  return `${stepCount(steps)} to learn first${all}`;
}
