/**
 * "Serves these learning objectives": the curriculum's objectives an item helps achieve, each as
 * its sub-objective under its objective ("Build Advanced ML › Implement RAG systems"). Both are
 * buttons: the Details panel then shows what achieves them.
 */
import type { ItemRef } from './details-model';
import { ItemButton, ListSection, type OnSelect } from './item-list';

export function ObjectivesServed({
  serves,
  onSelect,
}: {
  serves: readonly { objective: ItemRef; subObjective: ItemRef }[];
  onSelect: OnSelect;
}) {
  if (serves.length === 0) return null;
  return (
    <ListSection title="Serves the learning objectives" count={serves.length}>
      {(headingId) => (
        <ul className="details-list" aria-labelledby={headingId}>
          {serves.map(({ objective, subObjective }) => (
            <li key={subObjective.id} className="details-objective">
              <ItemButton item={subObjective} onSelect={onSelect} />
              <span className="details-note">
                part of{' '}
                <button
                  type="button"
                  className="item-button details-objective-parent"
                  onClick={() => onSelect(objective.id)}
                >
                  {objective.label}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </ListSection>
  );
}
