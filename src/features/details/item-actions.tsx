/**
 * What a learner can do with the item shown: bring out its neighbourhood, trace the chain below
 * or above it, add it to the plan, and say how far along they are with it.
 */
import { useId, useState } from 'react';
import { StatusControl } from '../../components/status-control';
import type { TraceMode } from '../../store/view-options';
import { useAppStore } from '../../store/store-context';
import { chainInWords, stepsFirstInWords } from '../../components/count-words';
import { isObjectiveKind } from '../../domain/vocabulary';
import type { DetailsModel } from './details-model';

export function ItemActions({
  model,
  focused,
  onFocus,
  onClearFocus,
}: {
  model: DetailsModel;
  focused: boolean;
  onFocus: () => void;
  onClearFocus: () => void;
}) {
  const trace = useAppStore((s) => s.trace);
  const planned = useAppStore((s) => s.plan.targets.includes(model.id));
  const traceFrom = useAppStore((s) => s.traceFrom);
  const clearTrace = useAppStore((s) => s.clearTrace);
  const addPlanTarget = useAppStore((s) => s.addPlanTarget);
  const setView = useAppStore((s) => s.setView);
  const [added, setAdded] = useState<string | null>(null);
  const needsId = useId();
  const leadsId = useId();

  // An objective is not drawn and not learned as such: its items are. It can be traced and planned.
  const objective = isObjectiveKind(model.kind);
  const tracing = (mode: TraceMode) => trace?.id === model.id && trace.mode === mode;
  // Toggles with one name each: pressed means the canvas shows that chain now.
  const traceButton = (mode: TraceMode, label: string, describedBy: string) => (
    <button
      type="button"
      aria-pressed={tracing(mode)}
      aria-describedby={describedBy}
      className="details-trace"
      onClick={() => (tracing(mode) ? clearTrace() : traceFrom(model.id, mode))}
    >
      {label}
    </button>
  );

  return (
    <>
      <div className="details-actions">
        {objective ? null : focused ? (
          <button type="button" onClick={onClearFocus}>
            Clear focus
          </button>
        ) : (
          <button type="button" className="primary-button" onClick={onFocus}>
            Focus on neighbourhood
          </button>
        )}
        {traceButton('prerequisites', objective ? 'Trace what achieves it' : 'Trace prerequisites', needsId)}
        {!objective && traceButton('unlocks', 'What it unlocks', leadsId)}
      </div>
      <p className="details-fine details-chain">
        <span id={needsId}>
          {model.counts.learned ? 'Learned' : stepsFirstInWords(model.counts.stepsFirst, model.counts.chain.toLearn)}
        </span>
        {!objective && (
          <>
            {' · '}
            <span id={leadsId}>
              {model.counts.unlocks.toLearn + model.counts.unlocks.learned === 0
                ? 'leads to nothing further'
                : `leads to ${chainInWords(model.counts.unlocks)}`}
            </span>
          </>
        )}
      </p>
      <div className="details-learning">
        {!objective && <StatusControl id={model.id} label={model.label} />}
        <div className="details-plan">
          {/* Stays focusable once added (aria-disabled, not disabled), so the keyboard is not dropped. */}
          <button
            type="button"
            className={planned ? 'details-in-plan' : undefined}
            aria-disabled={planned || undefined}
            onClick={() => {
              if (planned) return;
              addPlanTarget(model.id);
              setAdded(model.id);
            }}
          >
            {planned ? 'In plan ✓' : 'Add to plan'}
          </button>
          {planned && (
            <button type="button" className="details-see-plan" onClick={() => setView('plan')}>
              See plan
            </button>
          )}
        </div>
      </div>
      <p className="visually-hidden" role="status">
        {added === model.id && planned ? `${model.label} added to your plan. The Plan tab shows the steps.` : ''}
      </p>
    </>
  );
}
