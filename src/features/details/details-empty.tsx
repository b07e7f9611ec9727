/** What the panel says before anything is selected: what the app is and how to start. */
import { useId } from 'react';
import { useAppStore } from '../../store/store-context';
import { selectIndex } from '../../store/selectors';
import type { OnSelect } from './item-list';

/** One learning goal, one tool, one cloud service: a taste of each kind of question. */
const EXAMPLES = ['rag-systems', 'docker', 'aws-lambda'];

export function DetailsEmpty({ onSelect }: { onSelect: OnSelect }) {
  const index = useAppStore(selectIndex);
  const examplesId = useId();
  const examples = EXAMPLES.flatMap((id) => {
    const node = index.byId.get(id);
    return node ? [{ id, label: node.label }] : [];
  });
  return (
    <div className="details-empty">
      <h2 className="panel-heading">Explore the atlas</h2>
      <p className="empty-state">
        Stack Atlas maps how the skills, tools and cloud services of AI/ML engineering depend on each other.
      </p>
      <p className="empty-state">
        Search with <kbd className="details-kbd">/</kbd> or click a node to see what an item needs, what it unlocks and
        its counterparts on other clouds.
      </p>
      {examples.length > 0 && (
        <>
          <h3 className="section-heading" id={examplesId}>
            Try
          </h3>
          <ul className="chip-list" aria-labelledby={examplesId}>
            {examples.map((e) => (
              <li key={e.id}>
                <button type="button" onClick={() => onSelect(e.id)}>
                  {e.label}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
