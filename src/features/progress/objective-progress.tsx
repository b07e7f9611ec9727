/**
 * Progress per learning objective: for each of the curriculum's objectives in the chosen level,
 * how many of its sub-objectives are met (a sub-objective is met when the items that achieve it
 * are learned, one of an any-of group being enough), and each sub-objective's learned items.
 * Names select the objective (Details lists what achieves it); "Plan" makes it the plan's target.
 */
import { useId, useMemo } from 'react';
import { LEVEL_TIERS } from '../../domain/levels';
import { objectiveProgress, type ObjectiveProgress } from '../../domain/queries/objectives';
import { TIER_COLOURS, TIER_NAMES } from '../../encoding/encoding';
import { selectIndex, selectLearned, selectLevel } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { tallyWidths } from './progress-stats';

export function ObjectiveProgressList() {
  const index = useAppStore(selectIndex);
  const learned = useAppStore(selectLearned);
  const level = useAppStore(selectLevel);
  const objectives = useMemo(
    () => objectiveProgress(index, learned).filter((o) => level === null || LEVEL_TIERS[level].includes(o.tier)),
    [index, learned, level],
  );
  const headingId = useId();
  if (objectives.length === 0) return null;
  return (
    <section className="progress-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="section-heading">
        Learning objectives
      </h3>
      <p className="progress-note">
        What the curriculum says you can do at the end of each tier. A part is met when the items that achieve it are
        learned.
      </p>
      <ul className="progress-rows" aria-labelledby={headingId}>
        {objectives.map((o) => (
          <ObjectiveRow key={o.id} objective={o} />
        ))}
      </ul>
    </section>
  );
}

function ObjectiveRow({ objective }: { objective: ObjectiveProgress }) {
  const index = useAppStore(selectIndex);
  const select = useAppStore((s) => s.select);
  const addPlanTarget = useAppStore((s) => s.addPlanTarget);
  const setView = useAppStore((s) => s.setView);
  const label = (id: string) => index.byId.get(id)?.label ?? id;
  const total = objective.subObjectives.length;
  const widths = tallyWidths({ learned: objective.met, learning: 0, total });
  const plan = () => {
    addPlanTarget(objective.id);
    setView('plan');
  };
  return (
    <li className="progress-row progress-objective">
      <span className="progress-row-name">
        <span className="progress-dot" aria-hidden="true" style={{ background: TIER_COLOURS[objective.tier] }} />
        <button type="button" className="item-button" onClick={() => select(objective.id)}>
          {label(objective.id)}
        </button>
        <span className="visually-hidden">, {TIER_NAMES[objective.tier]}</span>
        <button type="button" className="progress-objective-plan" onClick={plan}>
          Plan it
          <span className="visually-hidden">: {label(objective.id)}</span>
        </button>
      </span>
      <div className="progress-bar" aria-hidden="true">
        <span className="progress-bar-learned" style={{ width: `${widths.learned}%` }} />
      </div>
      <span className="progress-row-count">
        {objective.met} of {total} {total === 1 ? 'part' : 'parts'} met
      </span>
      <ul className="progress-subobjectives">
        {objective.subObjectives.map((sub) => (
          <li key={sub.id} className={sub.met ? 'progress-subobjective-met' : undefined}>
            <span aria-hidden="true">{sub.met ? '✓' : '○'}</span>{' '}
            <button type="button" className="item-button" onClick={() => select(sub.id)}>
              {label(sub.id)}
            </button>{' '}
            <span className="progress-row-count progress-subobjective-count">
              {sub.met ? 'met' : `${sub.satisfied} of ${sub.requirements} needed learned`}
            </span>
          </li>
        ))}
      </ul>
    </li>
  );
}
