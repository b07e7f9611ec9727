/**
 * "Add a target": the item combobox over the atlas search. Choosing a suggestion adds it to the
 * plan and empties the box, ready for the next target.
 */
import { useMemo, useState, type Ref } from 'react';
import type { ItemOption } from '../../components/item-combobox';
import { useAppStore } from '../../store/store-context';
import { selectAtlas, selectPlanSettings } from '../../store/selectors';
import { itemOptions, PlanPicker } from './plan-picker';

/** Structure nodes and providers are not things to learn; objectives ("Implement RAG systems") are goals to plan for. */
const NOT_TARGETS = new Set(['tier', 'category', 'provider']);

export function TargetPicker({ inputRef }: { inputRef?: Ref<HTMLInputElement> }) {
  const atlas = useAppStore(selectAtlas);
  const targets = useAppStore(selectPlanSettings).targets;
  const addPlanTarget = useAppStore((s) => s.addPlanTarget);
  const [text, setText] = useState('');
  const [announcement, setAnnouncement] = useState('');

  const suggestions = useMemo(
    () => itemOptions(atlas, text, (node) => !NOT_TARGETS.has(node.kind) && !targets.includes(node.id)),
    [atlas, text, targets],
  );

  const add = (suggestion: ItemOption) => {
    addPlanTarget(suggestion.id);
    setAnnouncement(`Added ${suggestion.label} to the plan`);
    setText('');
  };

  return (
    <PlanPicker
      label="Add a target"
      listLabel="Suggested targets"
      placeholder="e.g. Kubernetes, Implement RAG systems…"
      text={text}
      onTextChange={setText}
      options={suggestions}
      onChoose={add}
      announcement={announcement}
      inputRef={inputRef}
    />
  );
}
