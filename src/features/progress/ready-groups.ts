/** "Ready to learn now", scoped to a level and grouped by tier. */
import type { GraphIndex } from '../../domain/graph-index';
import { inLevel, type Level } from '../../domain/levels';
import { readyToLearn } from '../../domain/queries/ready';
import { TIERS, type Tier } from '../../domain/vocabulary';

export interface ReadyGroup {
  tier: Tier;
  /** Items ready now, in reading order. */
  ready: string[];
  /** Items shown although no longer ready, because they were learned while the list was open. */
  kept: string[];
  /** Both, in reading order, so a kept row stays where it was. */
  shown: string[];
}

export function readyInLevel(index: GraphIndex, learned: ReadonlySet<string>, level: Level | null): string[] {
  return readyToLearn(index, learned).filter((id) => inLevel(index.byId.get(id)!, level));
}

/**
 * The items to keep showing: those that were listed and have been learned since. Marking an item
 * learned would otherwise pull the row (and the keyboard focus) out from under the person; kept
 * rows stay, showing "Learned", until the panel is reopened or progress is replaced.
 */
export function keptItems(
  previous: readonly string[],
  kept: ReadonlySet<string>,
  learned: ReadonlySet<string>,
): Set<string> {
  return new Set([...kept, ...previous].filter((id) => learned.has(id)));
}

export function groupByTier(index: GraphIndex, ready: readonly string[], kept: ReadonlySet<string>): ReadyGroup[] {
  const byOrder = (a: string, b: string) => index.order.get(a)! - index.order.get(b)!;
  const tierOf = (id: string) => index.byId.get(id)?.tier;
  return TIERS.map((tier) => {
    const inTier = ready.filter((id) => tierOf(id) === tier);
    const keptInTier = [...kept].filter((id) => tierOf(id) === tier && !inTier.includes(id)).sort(byOrder);
    return { tier, ready: inTier, kept: keptInTier, shown: [...inTier, ...keptInTier].sort(byOrder) };
  }).filter((g) => g.shown.length > 0);
}
