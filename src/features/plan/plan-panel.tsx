/**
 * The Plan tab: what must I learn before my targets, in what order, given what I know? Targets
 * on top, then the ordered steps by tier, the any-of choices, and ways to keep the plan.
 */
import { statusOf } from '../../domain/progress';
import { useAppStore } from '../../store/store-context';
import { selectPlanSettings, selectProgress } from '../../store/selectors';
import { PlanActions } from './plan-actions';
import { PlanChoices } from './plan-choices';
import { PlanExamples, PlanIntro } from './plan-empty';
import { listText } from './plan-model';
import { PlanSteps } from './plan-steps';
import { PlanSummary } from './plan-summary';
import { PlanTargets } from './plan-targets';
import { useJustLearned } from './use-just-learned';
import { usePlanView } from './use-plan-view';
import './plan.css';

export function PlanPanel() {
  const view = usePlanView();
  const settings = useAppStore(selectPlanSettings);
  const progress = useAppStore(selectProgress);
  const setStatus = useAppStore((s) => s.setStatus);
  const [justLearned, dismiss] = useJustLearned(view.steps, (id) => statusOf(progress, id) === 'learned');

  const undo = () => {
    if (!justLearned) return;
    for (const item of justLearned.items) setStatus([item.id], item.before);
    dismiss();
  };

  return (
    <section className="plan" aria-label="Plan">
      <h2 className="panel-heading plan-title">
        Learning plan
        {view.targets.length > 0 && (
          <span className="plan-print-only">: {listText(view.targets.map((t) => t.label))}</span>
        )}
      </h2>
      {view.targets.length === 0 && <PlanIntro />}
      <PlanTargets targets={view.targets} />
      {view.targets.length === 0 ? (
        <PlanExamples />
      ) : (
        <>
          <PlanSummary view={view} includeRecommended={settings.includeRecommended} />
          <PlanActions view={view} />
          <PlanChoices choices={view.choices} />
          {view.steps.length === 0 ? (
            <p className="empty-state plan-done">You have learned everything these targets need.</p>
          ) : (
            <PlanSteps groups={view.groups} steps={view.steps} manyTargets={view.targets.length > 1} />
          )}
        </>
      )}
      <div className="plan-live" role="status" aria-live="polite">
        {justLearned && (
          <>
            <span>{listText(justLearned.items.map((i) => i.label))} marked learned and left out of the plan.</span>
            <button type="button" onClick={undo}>
              Undo
            </button>
          </>
        )}
      </div>
    </section>
  );
}
