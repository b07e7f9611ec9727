/** The header's "Keyboard shortcuts" button and the list it opens (also on `?` from anywhere). */
import { Fragment, useCallback, useState } from 'react';
import { ModalDialog } from '../../components/modal-dialog';
import { SHORTCUTS } from './shortcut-list';
import { useQuestionMark } from './use-question-mark';
import './shortcuts.css';

export function KeyboardShortcuts() {
  const [open, setOpen] = useState(false);
  const show = useCallback(() => setOpen(true), []);
  useQuestionMark(show);
  return (
    <>
      <button
        type="button"
        className="icon-button shortcuts-button"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        aria-keyshortcuts="Shift+?"
        onClick={show}
      >
        <kbd aria-hidden="true">?</kbd>
        <span className="menu-only" aria-hidden="true">
          Keyboard shortcuts
        </span>
      </button>
      {open && (
        <ModalDialog title="Keyboard shortcuts" onClose={() => setOpen(false)} className="shortcuts-dialog">
          <div className="shortcuts-groups">
            {SHORTCUTS.map((group) => (
              <section key={group.where} aria-label={group.where}>
                <h3 className="section-heading">{group.where}</h3>
                <dl className="shortcuts-list">
                  {group.shortcuts.map(({ keys, what }) => (
                    <Fragment key={what}>
                      <dt>
                        {keys.map((combo, i) => (
                          <Fragment key={combo}>
                            {i > 0 && ' '}
                            <KeyCombo combo={combo} />
                          </Fragment>
                        ))}
                      </dt>
                      <dd>{what}</dd>
                    </Fragment>
                  ))}
                </dl>
              </section>
            ))}
          </div>
          <div className="shortcuts-actions">
            <button type="button" data-autofocus onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}

/** "Shift+Enter" as <kbd>Shift</kbd>+<kbd>Enter</kbd>. */
function KeyCombo({ combo }: { combo: string }) {
  const keys = combo.length > 1 ? combo.split('+') : [combo];
  return keys.map((key, i) => (
    <Fragment key={key}>
      {i > 0 && '+'}
      <kbd>{key}</kbd>
    </Fragment>
  ));
}
