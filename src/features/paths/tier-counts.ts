/** How many items of a chain sit in each tier, in words: "Tier 1: 12, Tier 2: 5". */
import type { GraphIndex } from '../../domain/graph-index';
import { TIERS, type Tier } from '../../domain/vocabulary';

export type TierKey = Tier | 'none';
const ORDER: readonly TierKey[] = [...TIERS, 'none'];

/** Counts per tier, tiers without items left out, in tier order. */
export function countByTier(index: GraphIndex, ids: Iterable<string>): [TierKey, number][] {
  const counts = new Map<TierKey, number>();
  for (const id of ids) {
    const tier = index.byId.get(id)?.tier ?? 'none';
    counts.set(tier, (counts.get(tier) ?? 0) + 1);
  }
  return ORDER.flatMap((t) => (counts.has(t) ? [[t, counts.get(t)!] as [TierKey, number]] : []));
}

export const tierCountsInWords = (counts: readonly [TierKey, number][]): string =>
  counts.map(([tier, n]) => `${tier === 'none' ? 'outside the tiers' : `Tier ${tier}`}: ${n}`).join(', ');

export const items = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;
