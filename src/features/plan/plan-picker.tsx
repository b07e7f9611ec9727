/**
 * The plan's pickers ("Add a target", "I already know…"): the item combobox over the atlas search,
 * each suggestion with its kind and tier as a second line; the box empties after each choice.
 */
import type { Ref } from 'react';
import { findItems, ItemCombobox, type ItemOption } from '../../components/item-combobox';
import type { Atlas } from '../../domain/atlas';
import type { GraphNode } from '../../domain/graph';
import { TIER_NAMES } from '../../encoding/encoding';

export function itemOptions(atlas: Atlas, text: string, keep: (node: GraphNode) => boolean, limit = 8): ItemOption[] {
  return findItems(atlas, text, limit, keep).map((node) => {
    const tier = node.tier === undefined ? '' : TIER_NAMES[node.tier];
    return { id: node.id, label: node.label, detail: [node.kind, tier].filter(Boolean).join(' · ') };
  });
}

const suggestionsInWords = (n: number) => (n === 0 ? 'No matches' : `${n} suggestions`);

export function PlanPicker(props: {
  label: string;
  listLabel: string;
  placeholder: string;
  text: string;
  onTextChange: (text: string) => void;
  options: readonly ItemOption[];
  onChoose: (option: ItemOption) => void;
  announcement: string;
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <ItemCombobox
      {...props}
      className="plan-picker"
      noMatches="No matches"
      clearOnEscape
      statusText={suggestionsInWords}
    />
  );
}
