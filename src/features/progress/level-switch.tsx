/** The level: a radio group that scopes this panel, the canvas and the outline. */
import { useId } from 'react';
import { LEVELS, type Level } from '../../domain/levels';
import { selectLevel } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { LEVEL_NAMES, levelTiers } from './level-names';

const OPTIONS: { value: Level | null; name: string; detail: string }[] = [
  { value: null, name: 'All tiers', detail: 'no level' },
  ...LEVELS.map((level) => ({ value: level, name: LEVEL_NAMES[level], detail: levelTiers(level) })),
];

export function LevelSwitch() {
  const level = useAppStore(selectLevel);
  const setLevel = useAppStore((s) => s.setLevel);
  const headingId = useId();
  const radioName = useId();
  return (
    <section className="progress-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="section-heading">
        Level
      </h3>
      <div role="radiogroup" aria-labelledby={headingId} className="progress-levels">
        {OPTIONS.map((option) => (
          <label key={option.name} className="progress-level">
            <input
              type="radio"
              name={radioName}
              checked={level === option.value}
              onChange={() => setLevel(option.value)}
            />
            {/* The space between the spans keeps the accessible name "Beginner (Tier 1)". */}
            <span className="progress-level-name">{option.name}</span>{' '}
            <span className="progress-level-detail">({option.detail})</span>
          </label>
        ))}
      </div>
      <p className="progress-note">
        Levels are cumulative: each adds a tier to the ones below. The level also narrows the canvas and the outline.
      </p>
    </section>
  );
}
