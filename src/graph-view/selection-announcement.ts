/**
 * What a screen reader hears when the canvas selection moves: the item's name, kind, tier or
 * provider, and its relation counts, in the Details panel's words ("Prerequisites", "Unlocks
 * directly", "Leads to … in all") so the two never disagree.
 */
import { itemCount } from '../components/count-words';
import { inEdges, outEdges, type GraphIndex } from '../domain/graph-index';
import { unlocks } from '../domain/queries/closure';
import { PROVIDER_MARKS, TIER_NAMES } from '../encoding/encoding';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Docker, tool, Tier 2 — Shipping. 2 prerequisites. Unlocks 5 directly, leads to 14 items in all." */
export function selectionAnnouncement(index: GraphIndex, id: string): string {
  const node = index.byId.get(id);
  if (!node) return '';
  const about = [
    node.label,
    node.kind,
    node.tier === undefined ? null : TIER_NAMES[node.tier],
    node.provider ? PROVIDER_MARKS[node.provider].name : null,
  ].filter((part) => part !== null);
  // Counted as the Details panel lists them: every direct prerequisite (any-of members each), and
  // each distinct item that requires this one.
  const prerequisites = outEdges(index, id, 'requires').length;
  const direct = new Set(inEdges(index, id, 'requires').map((e) => e.source)).size;
  const needs = prerequisites === 0 ? 'No prerequisites.' : `${plural(prerequisites, 'prerequisite')}.`;
  const opens =
    direct === 0
      ? 'Unlocks nothing.'
      : `Unlocks ${direct} directly, leads to ${itemCount(unlocks(index, [id]).size)} in all.`;
  return `${about.join(', ')}. ${needs} ${opens}`;
}
