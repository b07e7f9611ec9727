/**
 * The steps, grouped by tier and numbered through the whole plan. Each label selects the item;
 * each status control can mark it learned, which takes it (and whatever only it needed) out.
 */
import { useEffect, useId, useRef, type FocusEvent } from 'react';
import { StatusControl } from '../../components/status-control';
import { TIER_COLOURS } from '../../encoding/encoding';
import { useAppStore } from '../../store/store-context';
import { selectSelectedId } from '../../store/selectors';
import { listText, type StepGroup, type StepView } from './plan-model';

function StepMeta({ step, manyTargets }: { step: StepView; manyTargets: boolean }) {
  const parts: string[] = [];
  if (step.via.length > 0) parts.push(`for ${listText(step.via.map((v) => v.label))}`);
  // A target "needs itself" in the domain's terms; only the other targets are worth saying.
  const others = step.neededBy.filter((t) => t.id !== step.id);
  if (manyTargets && others.length > 0) parts.push(`needed by ${listText(others.map((t) => t.label))}`);
  if (parts.length === 0) return null;
  return <p className="plan-step-meta">{parts.join(' · ')}</p>;
}

function Step({ step, manyTargets, selected }: { step: StepView; manyTargets: boolean; selected: boolean }) {
  const select = useAppStore((s) => s.select);
  const classes = ['plan-step', step.recommendedOnly && 'plan-step-recommended', step.isTarget && 'plan-step-target'];
  return (
    <li className={classes.filter(Boolean).join(' ')} data-step-id={step.id}>
      <span className="plan-step-number">{step.order}.</span>
      <div className="plan-step-body">
        <div className="plan-step-head">
          <button
            type="button"
            className="item-button plan-step-label"
            aria-current={selected ? 'true' : undefined}
            onClick={() => select(step.id)}
          >
            {step.label}
          </button>
          {step.isTarget && <span className="badge plan-badge-target">target</span>}
          {step.recommendedOnly && <span className="badge plan-badge-recommended">recommended</span>}
          {/* On screen the status control says it; on paper the controls are hidden. */}
          {step.status === 'learning' && <span className="badge plan-print-only">learning</span>}
        </div>
        <StepMeta step={step} manyTargets={manyTargets} />
        {/* Shown on paper only: on screen, selecting the item shows it in Details. */}
        <p className="plan-step-description">{step.description}</p>
        <div className="plan-step-status">
          <StatusControl id={step.id} label={step.label} compact />
        </div>
      </div>
    </li>
  );
}

/**
 * When the step holding focus leaves the plan (marked learned), focus would fall to the page;
 * it moves to the step that took its place instead — the first of those that followed it and are
 * still there (marking one step learned can take out others, which only it needed) — so keyboard
 * users can go on down the list.
 */
function useKeepFocusInSteps(steps: readonly StepView[]) {
  const container = useRef<HTMLDivElement>(null);
  /** The focused step and the steps after it, in plan order. */
  const lastFocused = useRef<{ id: string; following: string[] } | null>(null);

  useEffect(() => {
    const last = lastFocused.current;
    const root = container.current;
    if (!last || !root || steps.some((s) => s.id === last.id)) return;
    lastFocused.current = null;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const items = [...root.querySelectorAll<HTMLElement>('[data-step-id]')];
    const next =
      last.following.map((id) => items.find((item) => item.dataset.stepId === id)).find(Boolean) ?? items.at(-1);
    next?.querySelector<HTMLButtonElement>('.plan-step-label')?.focus();
  }, [steps]);

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-step-id]');
    const id = item?.dataset.stepId;
    if (!id) return;
    const position = steps.findIndex((s) => s.id === id);
    lastFocused.current = { id, following: steps.slice(position + 1).map((s) => s.id) };
  };
  return { container, onFocus };
}

export function PlanSteps({
  groups,
  steps,
  manyTargets,
}: {
  groups: readonly StepGroup[];
  /** The same steps, flattened (memoised by the caller). */
  steps: readonly StepView[];
  manyTargets: boolean;
}) {
  const selectedId = useAppStore(selectSelectedId);
  const idPrefix = useId();
  const { container, onFocus } = useKeepFocusInSteps(steps);
  return (
    <div className="plan-steps" ref={container} onFocus={onFocus}>
      {groups.map((group) => {
        const headingId = `${idPrefix}-group-${group.key}`;
        const colour = TIER_COLOURS[group.key === 'other' ? 'none' : (Number(group.key) as 1 | 2 | 3)];
        return (
          <section key={group.key} className="plan-group" aria-labelledby={headingId}>
            <h3 className="section-heading plan-group-heading" id={headingId}>
              <span className="dot dot-large" aria-hidden="true" style={{ background: colour }} />
              {group.title}
            </h3>
            <ol className="plan-step-list" start={group.steps[0]?.order}>
              {group.steps.map((step) => (
                <Step key={step.id} step={step} manyTargets={manyTargets} selected={selectedId === step.id} />
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
