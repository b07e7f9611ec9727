/** One line on the size of the plan, what progress left out, and whether recommended steps count. */
import { useAppStore } from '../../store/store-context';
import { listText, planLengthInWords, plural, type PlanView } from './plan-model';

function LeftOut({ leftOut }: { leftOut: PlanView['leftOut'] }) {
  const { learned, onlyForLearned } = leftOut;
  if (learned.length === 0) return null;
  const one = learned.length === 1;
  const extra =
    onlyForLearned.length > 0
      ? `, with ${plural(onlyForLearned.length, 'item')} only ${one ? 'it' : 'they'} needed`
      : '';
  return (
    <details className="plan-left-out">
      <summary>
        {plural(learned.length, 'item')} you've learned {one ? 'is' : 'are'} left out{extra}
      </summary>
      <p>Learned: {listText(learned.map((i) => i.label))}.</p>
      {onlyForLearned.length > 0 && <p>Not needed any more: {listText(onlyForLearned.map((i) => i.label))}.</p>}
    </details>
  );
}

export function PlanSummary({ view, includeRecommended }: { view: PlanView; includeRecommended: boolean }) {
  const setIncludeRecommended = useAppStore((s) => s.setIncludeRecommended);
  const { learning, recommended } = view.counts;
  return (
    <div className="plan-summary">
      <p className="plan-summary-line">
        <strong>{planLengthInWords(view)}</strong> · {learning} in progress
        {includeRecommended && recommended > 0 && <span className="plan-muted"> · {recommended} recommended</span>}
      </p>
      <LeftOut leftOut={view.leftOut} />
      <label className="plan-checkbox">
        <input type="checkbox" checked={includeRecommended} onChange={(e) => setIncludeRecommended(e.target.checked)} />
        Include recommended prerequisites
      </label>
    </div>
  );
}
