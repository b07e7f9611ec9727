/** What opening a graph is doing right now (reading, laying out, drawing a large one), with a way out. */
import type { ImportStage } from './use-graph-import';

const count = new Intl.NumberFormat('en');

export function ImportProgress({
  stage,
  onCancel,
}: {
  stage: Extract<ImportStage, { step: 'reading' | 'layout' | 'drawing' }>;
  onCancel: () => void;
}) {
  const text =
    stage.step === 'reading'
      ? 'Reading the file…'
      : stage.step === 'layout'
        ? `Laying out… ${stage.done} of ${stage.total}`
        : `Drawing ${count.format(stage.done)} of ${count.format(stage.total)}…`;
  const share = stage.step !== 'reading' && stage.total > 0 ? stage.done / stage.total : null;
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
        {...(stage.step !== 'reading'
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
