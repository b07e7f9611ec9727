/**
 * "I already know…": pick several items with the same fuzzy search as the target picker, then
 * mark them all learned at once. The plan drops them (and whatever only they needed), and the
 * panel's notice offers to undo.
 */
import { useId, useMemo, useState } from 'react';
import { isItem, type ItemOption } from '../../components/item-combobox';
import { useAppStore } from '../../store/store-context';
import { selectAtlas, selectLearned } from '../../store/selectors';
import { ChipList } from './chip-list';
import { itemOptions, PlanPicker } from './plan-picker';
import { plural, type ItemRef } from './plan-model';

/** Things a learner learns: items on the canvas other than providers (objectives are met through their items). */
const learnable = (kind: string) => kind !== 'provider';

export function KnownPicker() {
  const atlas = useAppStore(selectAtlas);
  const learned = useAppStore(selectLearned);
  const setStatus = useAppStore((s) => s.setStatus);
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<ItemRef[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const headingId = useId();

  const options = useMemo(
    () =>
      itemOptions(
        atlas,
        text,
        (node) =>
          isItem(node) && learnable(node.kind) && !learned.has(node.id) && !picked.some((p) => p.id === node.id),
      ),
    [atlas, text, learned, picked],
  );

  const pick = (option: ItemOption) => {
    setPicked((list) => [...list, { id: option.id, label: option.label }]);
    setAnnouncement(`${option.label} picked`);
    setText('');
  };
  const markLearned = () => {
    setStatus(
      picked.map((p) => p.id),
      'learned',
    );
    setAnnouncement(`${plural(picked.length, 'item')} marked learned`);
    setPicked([]);
  };

  return (
    <section className="plan-known" aria-labelledby={headingId}>
      <h3 className="section-heading" id={headingId}>
        I already know…
      </h3>
      {picked.length > 0 && (
        <ChipList
          items={picked}
          labelledBy={headingId}
          removeLabel={(item) => `Unpick ${item.label}`}
          onRemove={(id) => setPicked((list) => list.filter((p) => p.id !== id))}
        />
      )}
      <div className="plan-target-tools">
        <PlanPicker
          label="Pick what you know"
          listLabel="Items you may know"
          placeholder="e.g. Python, SQL, Git…"
          text={text}
          onTextChange={setText}
          options={options}
          onChoose={pick}
          announcement={announcement}
        />
        {picked.length > 0 && (
          <button type="button" className="primary-button" onClick={markLearned}>
            Mark {picked.length} learned
          </button>
        )}
      </div>
    </section>
  );
}
