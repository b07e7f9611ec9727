/** Suggestions for the plan's pickers: the atlas search, each hit with its kind and tier as a second line. */
import { findItems, type ItemOption } from '../../components/item-combobox';
import type { Atlas } from '../../domain/atlas';
import type { GraphNode } from '../../domain/graph';
import { TIER_NAMES } from '../../encoding/encoding';

export function itemOptions(atlas: Atlas, text: string, keep: (node: GraphNode) => boolean, limit = 8): ItemOption[] {
  return findItems(atlas, text, limit, keep).map((node) => {
    const tier = node.tier === undefined ? '' : TIER_NAMES[node.tier];
    return { id: node.id, label: node.label, detail: [node.kind, tier].filter(Boolean).join(' · ') };
  });
}

export const suggestionsInWords = (n: number) => (n === 0 ? 'No matches' : `${n} suggestions`);
