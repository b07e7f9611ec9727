/** Why a file did not open: every problem, where it is and what is wrong; nothing was changed. */
import type { Problem } from '../../domain/problems';
import { ModalDialog } from '../../components/modal-dialog';
import { problemPlace } from './workspace-text';

export function ImportProblems({
  name,
  problems,
  onClose,
}: {
  name: string;
  problems: Problem[];
  onClose: () => void;
}) {
  return (
    <ModalDialog title="Import problems" onClose={onClose} className="workspace-dialog workspace-problems-dialog">
      <p className="workspace-dialog-text">
        <strong>{name}</strong> could not be opened. Nothing was changed: the graph, the view and your progress are as
        they were.
      </p>
      <ol className="workspace-problems" aria-label={`Problems in ${name}`}>
        {problems.map((problem, i) => (
          <li key={i}>
            <span className="workspace-problem-place">{problemPlace(problem)}</span>
            {' — '}
            <span>{problem.message}</span>
          </li>
        ))}
      </ol>
      <div className="workspace-dialog-actions">
        <button type="button" data-autofocus onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
