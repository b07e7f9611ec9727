/**
 * "Mark everything before X as learned": for a learner who is part-way through a plan. Every step
 * before the chosen one, in plan order, is marked learned in one go; the panel's notice can undo it.
 */
import { useId, useState } from 'react';
import { useAppStore } from '../../store/store-context';
import type { StepView } from './plan-model';

export function MarkBefore({ steps }: { steps: readonly StepView[] }) {
  const setStatus = useAppStore((s) => s.setStatus);
  const [chosen, setChosen] = useState<string | null>(null);
  const selectId = useId();
  // Needs a step with something before it. Until the learner chooses (or once the chosen step has
  // left the plan) it is the last step: "everything before the target".
  if (steps.length < 2) return null;
  const found = steps.findIndex((s) => s.id === chosen);
  const at = found >= 1 ? found : steps.length - 1;
  const before = steps.slice(0, at);
  const value = steps[at]!.id;
  return (
    <div className="plan-mark-before" role="group" aria-labelledby={`${selectId}-label`}>
      <label id={`${selectId}-label`} htmlFor={selectId}>
        Mark everything before step
      </label>
      <select id={selectId} value={value} onChange={(e) => setChosen(e.target.value)}>
        {steps.slice(1).map((s) => (
          <option key={s.id} value={s.id}>
            {s.order}. {s.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        onClick={() =>
          setStatus(
            before.map((s) => s.id),
            'learned',
          )
        }
      >
        Mark {before.length} {before.length === 1 ? 'step' : 'steps'} learned
      </button>
    </div>
  );
}
