/**
 * "Bring your own graph": open a file (button or drop anywhere), see which graph is open, and go
 * back to the curriculum. The steps of opening live in useGraphImport; this is what shows them.
 */
import { useRef } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { ImportProblems } from './import-problems';
import { ImportProgress } from './import-progress';
import { useFileDrop } from './use-file-drop';
import { useGraphImport, type GraphImportOptions } from './use-graph-import';
import { ModalDialog } from '../../components/modal-dialog';
import { largeGraphMessage } from './workspace-text';
import './workspace.css';

const ACCEPT = '.json,.yaml,.yml,.graphml,.xml';

export function WorkspaceControls(options: GraphImportOptions) {
  const store = useAppStoreApi();
  const workspace = useAppStore((s) => s.workspace);
  const { stage, open, confirm, cancel, dismiss, backToCurriculum } = useGraphImport(options);
  const input = useRef<HTMLInputElement>(null);
  const dragging = useFileDrop((file, others) => {
    if (others > 0) store.getState().notify(`Only one graph opens at a time: opening ${file.name}.`);
    void open(file);
  });

  return (
    <>
      {workspace.kind === 'imported' && (
        <div className="workspace-banner" role="group" aria-label="Open graph">
          <span className="workspace-banner-name">
            Viewing: <strong title={workspace.name}>{workspace.name}</strong>
          </span>
          <button type="button" onClick={backToCurriculum}>
            Back to the curriculum
          </button>
        </div>
      )}
      <button type="button" className="workspace-open" onClick={() => input.current?.click()}>
        Open graph…
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        aria-label="Open a graph file"
        className="visually-hidden"
        tabIndex={-1}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared, so choosing the same file again (after fixing it) opens it again.
          event.currentTarget.value = '';
          if (file) void open(file);
        }}
      />
      {dragging && (
        <div className="workspace-drop" aria-hidden="true">
          <p>Drop a graph file to open it</p>
          <p className="workspace-drop-formats">GraphML, Cytoscape JSON, Stack Atlas JSON or YAML</p>
        </div>
      )}
      {(stage.step === 'reading' || stage.step === 'layout' || stage.step === 'drawing') && (
        <ImportProgress stage={stage} onCancel={cancel} />
      )}
      {stage.step === 'confirm' && (
        <ModalDialog title="Open a large graph?" onClose={cancel} className="workspace-dialog">
          <p className="workspace-dialog-text">{largeGraphMessage(stage.nodes)}</p>
          <div className="workspace-dialog-actions">
            <button type="button" onClick={cancel}>
              Cancel
            </button>
            <button type="button" className="workspace-primary" data-autofocus onClick={confirm}>
              Open anyway
            </button>
          </div>
        </ModalDialog>
      )}
      {stage.step === 'problems' && <ImportProblems name={stage.name} problems={stage.problems} onClose={dismiss} />}
    </>
  );
}
