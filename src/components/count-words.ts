/** Counts in words, the same in the Details panel and the trace bar over the canvas. */
import type { TierCount } from '../domain/queries/tier-counts';

/** "1 item", "12 items". */
export const itemCount = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;

/** "Tier 1: 12, Tier 2: 5, outside the tiers: 1". */
export const tierCountsInWords = (counts: readonly TierCount[]): string =>
  counts.map(({ tier, count }) => `${tier === 'none' ? 'outside the tiers' : `Tier ${tier}`}: ${count}`).join(', ');
