/** How many of some items sit in each tier: what a traced chain or an item's unlocks amount to. */
import type { GraphIndex } from '../graph-index.ts';
import { TIERS, type Tier } from '../vocabulary.ts';

/** A tier, or 'none' for items outside the tiers (capabilities, most cloud services). */
export type TierKey = Tier | 'none';

export interface TierCount {
  tier: TierKey;
  count: number;
}

const ORDER: readonly TierKey[] = [...TIERS, 'none'];

/** Counts per tier in tier order, 'none' last; tiers without any item are left out. Unknown ids count as 'none'. */
export function countByTier(index: GraphIndex, ids: Iterable<string>): TierCount[] {
  const counts = new Map<TierKey, number>();
  for (const id of ids) {
    const tier = index.byId.get(id)?.tier ?? 'none';
    counts.set(tier, (counts.get(tier) ?? 0) + 1);
  }
  return ORDER.flatMap((tier) => {
    const count = counts.get(tier);
    return count ? [{ tier, count }] : [];
  });
}
