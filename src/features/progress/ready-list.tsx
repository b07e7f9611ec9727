/** "Ready to learn now": what can be started, given what is learned, within the chosen level. */
import { useId, useMemo, useState } from 'react';
import { StatusControl } from '../../components/status-control';
import { inLevel } from '../../domain/levels';
import { learnedSet } from '../../domain/progress';
import { TIER_COLOURS, TIER_NAMES } from '../../encoding/encoding';
import { selectIndex, selectLevel, selectProgress, selectSelectedId } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { levelLabel } from './level-names';
import { groupByTier, keptItems, readyInLevel, type ReadyGroup } from './ready-groups';

export function ReadyList() {
  const index = useAppStore(selectIndex);
  const progress = useAppStore(selectProgress);
  const level = useAppStore(selectLevel);
  const learned = useMemo(() => learnedSet(progress), [progress]);
  const ready = useMemo(() => readyInLevel(index, learned, level), [index, learned, level]);

  // Rows learned while the list is open stay (see keptItems). Adjusted while rendering, not in
  // an effect, so the row never disappears for a frame and the focus stays on it.
  const [tracked, setTracked] = useState({ ready, kept: new Set<string>() });
  let kept = tracked.kept;
  if (tracked.ready !== ready) {
    kept = keptItems(tracked.ready, tracked.kept, learned);
    setTracked({ ready, kept });
  }
  const groups = useMemo(
    () =>
      groupByTier(
        index,
        ready,
        new Set([...kept].filter((id) => learned.has(id) && inLevel(index.byId.get(id)!, level))),
      ),
    [index, ready, kept, learned, level],
  );
  const headingId = useId();

  return (
    <section className="progress-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="section-heading">
        Ready to learn now <span className="progress-count">{ready.length}</span>
      </h3>
      <p className="progress-note">
        {learned.size === 0
          ? 'Nothing is marked learned yet, so these are the starting points: items with no hard prerequisites.'
          : 'Items not learned yet whose hard prerequisites are all learned.'}
        {level && ` Within ${levelLabel(level)}.`}
      </p>
      {groups.length === 0 ? (
        <p className="empty-state">Everything at this level is learned.</p>
      ) : (
        groups.map((group) => <ReadyTier key={group.tier} group={group} />)
      )}
    </section>
  );
}

function ReadyTier({ group }: { group: ReadyGroup }) {
  const index = useAppStore(selectIndex);
  const selectedId = useAppStore(selectSelectedId);
  const select = useAppStore((s) => s.select);
  const headingId = useId();
  return (
    <>
      <h4 id={headingId} className="progress-subheading">
        <span className="progress-dot" aria-hidden="true" style={{ background: TIER_COLOURS[group.tier] }} />
        {TIER_NAMES[group.tier]} <span className="progress-count">{group.ready.length} ready</span>
      </h4>
      <ul className="progress-ready" aria-labelledby={headingId}>
        {group.shown.map((id) => {
          const label = index.byId.get(id)?.label ?? id;
          return (
            <li key={id} className="progress-ready-item">
              <button
                type="button"
                className="progress-item"
                aria-current={id === selectedId ? 'true' : undefined}
                onClick={() => select(id)}
              >
                {label}
              </button>
              <div className="progress-ready-status">
                <StatusControl id={id} label={label} compact />
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
