/** Checklist progress per level and per tier: a two-part bar (learned, learning) and the counts in words. */
import { useId, useMemo, type ReactNode } from 'react';
import type { Level } from '../../domain/levels';
import { TIER_COLOURS, TIER_NAMES } from '../../encoding/encoding';
import { selectIndex, selectLevel, selectProgress } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { levelLabel } from './level-names';
import {
  describeFurther,
  describeTally,
  progressStats,
  tallyWidths,
  type Tally,
  type TierStats,
} from './progress-stats';

export function ProgressBars() {
  const index = useAppStore(selectIndex);
  const progress = useAppStore(selectProgress);
  const level = useAppStore(selectLevel);
  const stats = useMemo(() => progressStats(index, progress), [index, progress]);
  const headingId = useId();
  const levelsId = useId();
  const tiersId = useId();

  return (
    <section className="progress-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="section-heading">
        Checklist progress
      </h3>
      <p className="progress-note">
        Counted in the curriculum checklist&rsquo;s items. Items the atlas adds beyond the checklist are listed under
        each tier and not counted.
      </p>
      <h4 id={levelsId} className="progress-subheading">
        By level
      </h4>
      <ul className="progress-rows" aria-labelledby={levelsId}>
        {stats.levels.map((s) => (
          <BarRow key={s.level} tally={s.checklist} current={s.level === level} label={<LevelName level={s.level} />} />
        ))}
      </ul>
      <h4 id={tiersId} className="progress-subheading">
        By tier
      </h4>
      <ul className="progress-rows" aria-labelledby={tiersId}>
        {stats.tiers.map((s) => (
          <BarRow key={s.tier} tally={s.checklist} label={<TierName tier={s.tier} />}>
            <Further stats={s} />
          </BarRow>
        ))}
      </ul>
    </section>
  );
}

function LevelName({ level }: { level: Level }) {
  return <>{levelLabel(level)}</>;
}

function TierName({ tier }: { tier: TierStats['tier'] }) {
  return (
    <>
      <span className="progress-dot" aria-hidden="true" style={{ background: TIER_COLOURS[tier] }} />
      {TIER_NAMES[tier]}
    </>
  );
}

function BarRow({
  label,
  tally,
  current = false,
  children,
}: {
  label: ReactNode;
  tally: Tally;
  current?: boolean;
  children?: ReactNode;
}) {
  const widths = tallyWidths(tally);
  return (
    <li className={`progress-row${current ? ' progress-row-current' : ''}`}>
      <span className="progress-row-name">
        {label}
        {current && (
          <>
            {' '}
            <span className="progress-current">chosen level</span>
          </>
        )}
      </span>
      {/* The words below carry the numbers; the bar is their picture. */}
      <div className="progress-bar" aria-hidden="true">
        <span className="progress-bar-learned" style={{ width: `${widths.learned}%` }} />
        <span className="progress-bar-learning" style={{ width: `${widths.learning}%` }} />
      </div>
      <span className="progress-row-count">{describeTally(tally)}</span>
      {children}
    </li>
  );
}

function Further({ stats }: { stats: TierStats }) {
  const index = useAppStore(selectIndex);
  const items = index.byTier.get(stats.tier)?.length ?? 0;
  return (
    <p className="progress-further">
      {describeFurther(stats.further, (id) => index.byId.get(id)?.label ?? id)} {items} items in all, as the Filters and
      the Outline count them.
    </p>
  );
}
