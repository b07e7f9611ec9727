/** Before any target: what the plan does (above the picker), and a few goals to start from (below it). */
import { useId } from 'react';
import { useAppStore } from '../../store/store-context';
import { selectIndex, selectSelectedId } from '../../store/selectors';

/** A learning goal per tier of ambition: an LLM app, MLOps, running things at scale. */
const EXAMPLES = ['rag-systems', 'mlflow', 'kubernetes'];

export function PlanIntro() {
  return (
    <p className="empty-state plan-intro">
      Choose what you want to learn. The plan lists everything it needs, prerequisites first, and leaves out what you
      have already learned.
    </p>
  );
}

export function PlanExamples() {
  const index = useAppStore(selectIndex);
  const selectedId = useAppStore(selectSelectedId);
  const addPlanTarget = useAppStore((s) => s.addPlanTarget);
  const headingId = useId();
  // The selected item already has its own "Add" button next to the picker.
  const examples = EXAMPLES.filter((id) => id !== selectedId).flatMap((id) => {
    const node = index.byId.get(id);
    return node ? [{ id, label: node.label }] : [];
  });
  if (examples.length === 0) return null;
  return (
    <div className="plan-empty">
      <h3 className="section-heading" id={headingId}>
        Or start with
      </h3>
      <ul className="chip-list" aria-labelledby={headingId}>
        {examples.map((e) => (
          <li key={e.id}>
            <button type="button" onClick={() => addPlanTarget(e.id)}>
              {e.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
