/** What opening a graph is doing right now, with a way out. */
import type { ImportStage } from './use-graph-import';

export function ImportProgress({
  stage,
  onCancel,
}: {
  stage: Extract<ImportStage, { step: 'reading' | 'layout' }>;
  onCancel: () => void;
}) {
  const text = stage.step === 'reading' ? 'Reading the file…' : `Laying out… ${stage.done} of ${stage.total}`;
  const share = stage.step === 'layout' && stage.total > 0 ? stage.done / stage.total : null;
  return (
    <section className="workspace-progress" aria-label={`Opening ${stage.name}`}>
      <p className="workspace-progress-text">
        <strong>{stage.name}</strong> <span aria-live="polite">{text}</span>
      </p>
      <div
        className="workspace-progress-track"
        role="progressbar"
        aria-label={`Opening ${stage.name}`}
        aria-valuetext={text}
        {...(stage.step === 'layout'
          ? { 'aria-valuemin': 0, 'aria-valuemax': stage.total, 'aria-valuenow': stage.done }
          : {})}
      >
        <div
          className={`workspace-progress-bar${share === null ? ' indeterminate' : ''}`}
          style={share === null ? undefined : { width: `${Math.max(4, share * 100)}%` }}
        />
      </div>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </section>
  );
}
