/**
 * Export and import: progress leaves the browser as the stored JSON and comes back through the
 * same reader as localStorage. A file that cannot be read changes nothing and says why, here in
 * the panel, next to the control that was used.
 */
import { useId, useState, type ChangeEvent, type ReactNode } from 'react';
import { selectIndex, selectProgress } from '../../store/selectors';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { downloadText, JSON_TYPE } from '../../components/download';
import { itemCount, PROGRESS_FILE_NAME, progressFileText, readProgressFile } from './progress-file';

export function ProgressTransfer({ onReplaced, children }: { onReplaced: () => void; children?: ReactNode }) {
  const store = useAppStoreApi();
  const index = useAppStore(selectIndex);
  const count = useAppStore((s) => Object.keys(selectProgress(s).items).length);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();

  const exportProgress = () => {
    const saved = downloadText(PROGRESS_FILE_NAME, progressFileText(store.getState().progress), JSON_TYPE);
    setError(saved ? null : 'This browser cannot save files from the page, so progress could not be exported.');
  };

  const importProgress = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared at once, so choosing the same file again (after fixing it) fires a change.
    input.value = '';
    if (!file) return;
    const reading = await readProgressFile(file, index);
    if (!reading.ok) {
      setError(`Could not import “${file.name}”: ${reading.error}. Your progress is unchanged.`);
      return;
    }
    setError(null);
    const { replaceProgress, notify } = store.getState();
    replaceProgress(reading.progress);
    onReplaced();
    for (const note of reading.notes) notify(note);
    notify(`Imported progress: ${itemCount(Object.keys(reading.progress.items).length)}`);
  };

  return (
    <section className="progress-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="section-heading">
        Save or restore
      </h3>
      <p className="progress-note">
        Progress is kept in this browser ({itemCount(count)} with a status). Export it to keep a copy or move it to
        another browser; importing replaces the progress here.
      </p>
      <div className="progress-actions">
        <button type="button" onClick={exportProgress}>
          Export progress
        </button>
        <label className="progress-file">
          <input
            type="file"
            accept=".json,application/json"
            className="progress-file-input"
            onChange={(e) => void importProgress(e)}
          />
          Import progress
        </label>
      </div>
      {error && (
        <div role="alert" className="progress-alert">
          <p>{error}</p>
          <button type="button" onClick={() => setError(null)}>
            Dismiss
          </button>
        </div>
      )}
      {children}
    </section>
  );
}
