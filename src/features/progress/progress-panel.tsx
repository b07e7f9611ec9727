/**
 * The Progress tab: the level, checklist progress per level and tier, what is ready to learn
 * now, and export / import / reset of the progress kept in this browser.
 */
import { useState } from 'react';
import { LevelSwitch } from './level-switch';
import { ObjectiveProgressList } from './objective-progress';
import { ProgressBars } from './progress-bars';
import { ProgressTransfer } from './progress-transfer';
import { ReadyList } from './ready-list';
import { ResetProgress } from './reset-progress';
import './progress.css';

export function ProgressPanel() {
  // Bumped when progress is replaced wholesale, so the ready list forgets the rows it was keeping.
  const [generation, setGeneration] = useState(0);
  const replaced = () => setGeneration((g) => g + 1);
  return (
    <section className="progress" aria-label="Progress">
      <h2 className="panel-heading">Progress</h2>
      <LevelSwitch />
      <ProgressBars />
      <ObjectiveProgressList />
      <ReadyList key={generation} />
      <ProgressTransfer onReplaced={replaced}>
        <ResetProgress onReplaced={replaced} />
      </ProgressTransfer>
    </section>
  );
}
