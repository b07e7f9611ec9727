/** What the plan aims at: one chip per target, a picker to add more, and a shortcut for the selection. */
import { useId, useRef } from 'react';
import { isItem } from '../../components/item-combobox';
import { useAppStore } from '../../store/store-context';
import { selectSelectedNode } from '../../store/selectors';
import { ChipList } from './chip-list';
import type { ItemRef } from './plan-model';
import { TargetPicker } from './target-picker';

/** "Add Docker" for the item selected on the canvas, when it is not a target yet. */
export function AddSelectedButton({ targets }: { targets: readonly ItemRef[] }) {
  const node = useAppStore(selectSelectedNode);
  const addPlanTarget = useAppStore((s) => s.addPlanTarget);
  if (!node || !isItem(node) || targets.some((t) => t.id === node.id)) return null;
  return (
    <button type="button" className="plan-add-selected" onClick={() => addPlanTarget(node.id)}>
      Add {node.label}
    </button>
  );
}

export function PlanTargets({ targets }: { targets: readonly ItemRef[] }) {
  const removePlanTarget = useAppStore((s) => s.removePlanTarget);
  const pickerInput = useRef<HTMLInputElement>(null);
  const headingId = useId();

  const remove = (id: string) => {
    removePlanTarget(id);
    // The button goes away with its chip; the picker is the next useful place for the keyboard.
    pickerInput.current?.focus();
  };

  return (
    <div className="plan-targets">
      {targets.length > 0 && (
        <>
          <h3 className="section-heading plan-targets-heading" id={headingId}>
            Targets
          </h3>
          <ChipList
            items={targets}
            labelledBy={headingId}
            removeLabel={(t) => `Remove ${t.label} from the plan`}
            onRemove={remove}
          />
        </>
      )}
      <div className="plan-target-tools">
        <TargetPicker inputRef={pickerInput} />
        <AddSelectedButton targets={targets} />
      </div>
    </div>
  );
}
