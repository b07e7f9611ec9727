/** "Reset progress", with an inline confirmation: no modal, and Cancel takes the focus first. */
import { useEffect, useRef, useState } from 'react';
import { EMPTY_PROGRESS } from '../../domain/progress';
import { useAppStore } from '../../store/store-context';
import { itemCount } from './progress-file';

export function ResetProgress({ onReplaced }: { onReplaced: () => void }) {
  const replaceProgress = useAppStore((s) => s.replaceProgress);
  const notify = useAppStore((s) => s.notify);
  const count = useAppStore((s) => Object.keys(s.progress.items).length);
  const [confirming, setConfirming] = useState(false);
  // Where the focus goes after the confirmation shows or closes; null on the first render.
  const [focusTarget, setFocusTarget] = useState<'cancel' | 'reset' | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusTarget === 'cancel') cancelRef.current?.focus();
    if (focusTarget === 'reset') resetRef.current?.focus();
  }, [focusTarget, confirming]);

  const close = () => {
    setConfirming(false);
    setFocusTarget('reset');
  };

  if (!confirming)
    return (
      <div className="progress-actions progress-reset">
        <button
          ref={resetRef}
          type="button"
          onClick={() => {
            setConfirming(true);
            setFocusTarget('cancel');
          }}
        >
          Reset progress
        </button>
      </div>
    );

  return (
    <div className="progress-confirm progress-reset" role="group" aria-label="Confirm reset">
      <p>Reset all progress? This clears {itemCount(count)} and cannot be undone; export first to keep a copy.</p>
      <div className="progress-actions">
        <button
          type="button"
          className="progress-danger"
          onClick={() => {
            replaceProgress(EMPTY_PROGRESS);
            onReplaced();
            notify(`Progress reset: ${itemCount(count)} cleared.`);
            close();
          }}
        >
          Reset
        </button>
        <button ref={cancelRef} type="button" onClick={close}>
          Cancel
        </button>
      </div>
    </div>
  );
}
