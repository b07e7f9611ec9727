/**
 * "Add a target": the item combobox over the atlas search. Choosing a suggestion adds it to the
 * plan and empties the box, ready for the next target.
 */
import { useMemo, useState, type Ref } from 'react';
import { findItems, ItemCombobox, type ItemOption } from '../../components/item-combobox';
import { TIER_NAMES } from '../../encoding/encoding';
import { useAppStore } from '../../store/store-context';
import { selectAtlas, selectPlanSettings } from '../../store/selectors';

/** Structure nodes and providers are not things to learn. */
const NOT_TARGETS = new Set(['tier', 'category', 'provider']);

const suggestionsInWords = (n: number) => (n === 0 ? 'No matches' : `${n} suggestions`);

export function TargetPicker({ inputRef }: { inputRef?: Ref<HTMLInputElement> }) {
  const atlas = useAppStore(selectAtlas);
  const targets = useAppStore(selectPlanSettings).targets;
  const addPlanTarget = useAppStore((s) => s.addPlanTarget);
  const [text, setText] = useState('');
  const [announcement, setAnnouncement] = useState('');

  const suggestions = useMemo(
    () =>
      findItems(atlas, text, 8, (node) => !NOT_TARGETS.has(node.kind) && !targets.includes(node.id)).map((node) => {
        const tier = node.tier === undefined ? '' : TIER_NAMES[node.tier];
        return { id: node.id, label: node.label, detail: [node.kind, tier].filter(Boolean).join(' · ') };
      }),
    [atlas, text, targets],
  );

  const add = (suggestion: ItemOption) => {
    addPlanTarget(suggestion.id);
    setAnnouncement(`Added ${suggestion.label} to the plan`);
    setText('');
  };

  return (
    <ItemCombobox
      className="plan-picker"
      label="Add a target"
      listLabel="Suggested targets"
      placeholder="e.g. Kubernetes, MLflow…"
      text={text}
      onTextChange={setText}
      options={suggestions}
      onChoose={add}
      noMatches="No matches"
      clearOnEscape
      statusText={suggestionsInWords}
      announcement={announcement}
      inputRef={inputRef}
    />
  );
}
