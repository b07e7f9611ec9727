/**
 * "Your plan on <cloud>": the learning plan from the Plan tab, seen through the translation's
 * target: other clouds' services replaced by their counterparts, those without one flagged.
 */
import { useId, useMemo } from 'react';
import { planForProvider, type CloudStep } from '../../domain/queries/cloud-plan';
import { learningPlan } from '../../domain/queries/plan';
import { learnedSet } from '../../domain/progress';
import type { ProviderId } from '../../domain/vocabulary';
import { selectIndex, selectPlanSettings, selectProgress, selectTranslation } from '../../store/selectors';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { labelOf, providerName } from './compare-model';

function StepText({ step, to, onSelect }: { step: CloudStep; to: ProviderId; onSelect: (id: string) => void }) {
  const index = useAppStore(selectIndex);
  const item = (id: string) => (
    <button type="button" className="compare-link-button" onClick={() => onSelect(id)}>
      {labelOf(index, id)}
    </button>
  );
  const node = index.byId.get(step.id);
  // The plan learns the other cloud itself (AWS) before its services; on this cloud, learn this one.
  if (step.kind === 'same' && node?.kind === 'provider' && step.id !== to && index.byId.has(to))
    return (
      <>
        <span className="compare-replaced">{item(step.id)}</span>
        <span aria-hidden="true"> → </span>
        <span className="visually-hidden"> becomes </span>
        {item(to)}
      </>
    );
  if (step.kind === 'same') return item(step.id);
  if (step.kind === 'no-counterpart')
    return (
      <>
        {item(step.id)} <span className="compare-gap">— no counterpart on {providerName(to)}</span>
      </>
    );
  return (
    <>
      <span className="compare-replaced">{item(step.id)}</span>
      <span aria-hidden="true"> → </span>
      <span className="visually-hidden"> becomes </span>
      {step.by.map((c, i) => (
        <span key={c.service}>
          {i > 0 && ', '}
          {item(c.service)} <span className="compare-fine">({c.match})</span>
        </span>
      ))}
    </>
  );
}

export function PlanOnProvider() {
  const headingId = useId();
  const index = useAppStore(selectIndex);
  const settings = useAppStore(selectPlanSettings);
  const progress = useAppStore(selectProgress);
  const { to } = useAppStore(selectTranslation);
  const store = useAppStoreApi();
  const steps = useMemo(() => {
    if (settings.targets.length === 0) return [];
    const plan = learningPlan(index, settings.targets, {
      known: learnedSet(progress),
      choices: settings.choices,
      includeRecommended: settings.includeRecommended,
    });
    return planForProvider(index, plan, to);
  }, [index, settings, progress, to]);
  const target = providerName(to);
  const select = (id: string) => store.getState().select(id);
  const replaced = steps.filter((s) => s.kind === 'replaced').length;
  const missing = steps.filter((s) => s.kind === 'no-counterpart').length;

  return (
    <section className="compare-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="compare-heading">
        Your plan on {target}
      </h3>
      {settings.targets.length === 0 ? (
        <p className="empty-state">
          No learning plan yet. Choose what you want to learn in the{' '}
          <button type="button" className="compare-link-button" onClick={() => store.getState().setView('plan')}>
            Plan tab
          </button>{' '}
          and it appears here with every cloud service on {target}.
        </p>
      ) : steps.length === 0 ? (
        <p className="empty-state">You have learned everything this plan needs.</p>
      ) : (
        <>
          <p className="compare-count">
            {steps.length} steps for {settings.targets.map((id) => labelOf(index, id)).join(', ')}; {replaced} cloud{' '}
            {replaced === 1 ? 'service' : 'services'} replaced by {target} counterparts
            {missing > 0 && <strong>, {missing} with no counterpart</strong>}.
          </p>
          <ol className="compare-plan">
            {steps.map((step) => (
              <li key={step.id} className={step.kind === 'no-counterpart' ? 'compare-plan-gap' : undefined}>
                <StepText step={step} to={to} onSelect={select} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
