/**
 * The Plan tab: what must I learn before my targets, in what order, given what I know? Targets
 * on top, then the ordered steps by tier, the any-of choices, and ways to keep the plan.
 */
import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store/store-context';
import { selectIndex, selectPlanSettings, selectProgress } from '../../store/selectors';
import { KnownPicker } from './known-picker';
import { MarkBefore } from './mark-before';
import { PlanActions } from './plan-actions';
import { PlanChoices } from './plan-choices';
import { PlanExamples, PlanIntro } from './plan-empty';
import { listText } from './plan-model';
import { PlanSteps } from './plan-steps';
import { PlanSummary } from './plan-summary';
import { PlanTargets } from './plan-targets';
import { offerQuestion, useJustLearned } from './use-just-learned';
import { usePlanView } from './use-plan-view';
import './plan.css';

export function PlanPanel() {
  const view = usePlanView();
  const settings = useAppStore(selectPlanSettings);
  const progress = useAppStore(selectProgress);
  const index = useAppStore(selectIndex);
  const setStatus = useAppStore((s) => s.setStatus);
  const [justLearned, dismiss, absorbOffer] = useJustLearned(view.steps, index, progress, settings);
  const panel = useRef<HTMLElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  // The button just pressed goes away; keyboard focus goes where the person can carry on.
  const pendingFocus = useRef<{ step: string } | 'undo' | null>(null);

  const undo = () => {
    if (!justLearned) return;
    for (const item of justLearned.items) setStatus([item.id], item.before);
    pendingFocus.current = { step: justLearned.items[0]!.id };
    dismiss();
  };
  const markPrerequisites = () => {
    if (!justLearned) return;
    const offer = justLearned.offer;
    absorbOffer();
    setStatus(offer, 'learned');
    pendingFocus.current = 'undo';
  };

  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    if (pending === 'undo') return undoButton.current?.focus();
    const step = [...(panel.current?.querySelectorAll<HTMLElement>('[data-step-id]') ?? [])].find(
      (el) => el.dataset.stepId === pending.step,
    );
    step?.querySelector<HTMLButtonElement>('.plan-step-label')?.focus();
  }, [view.steps, justLearned]);

  const offered = justLearned?.offer.length ?? 0;
  const labelOf = (id: string) => index.byId.get(id)?.label ?? id;

  return (
    <section className="plan" aria-label="Plan" ref={panel}>
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
          <KnownPicker />
          <PlanChoices choices={view.choices} />
          <MarkBefore steps={view.steps} />
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
            <span className="plan-live-text">
              {listText(justLearned.items.map((i) => i.label))} marked learned and left out of the plan.
              {offered > 0 && ` ${offerQuestion(justLearned.items.length, justLearned.offer.map(labelOf))}`}
            </span>
            <span className="plan-live-buttons">
              {offered > 0 && (
                <button type="button" onClick={markPrerequisites}>
                  Mark {offered} learned
                </button>
              )}
              <button type="button" ref={undoButton} onClick={undo}>
                Undo
              </button>
            </span>
          </>
        )}
      </div>
    </section>
  );
}
