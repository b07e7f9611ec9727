/**
 * What the progress bars count. The curriculum's unit is a checklist row, not a node: a row may
 * stand for two nodes (File Search and Web Search share "OpenAI Tools File Search/Web Search"),
 * and some nodes are in a tier without being a row (SQLite, Java, …, added so that prerequisite
 * chains are honest). So rows are counted from the data, and the extra nodes are tallied apart.
 */
import type { GraphIndex } from '../../domain/graph-index';
import { checklistRows } from '../../domain/queries/counts';
import { LEVELS, LEVEL_TIERS, type Level } from '../../domain/levels';
import { statusOf, type Progress, type Status } from '../../domain/progress';
import { TIERS, type Tier } from '../../domain/vocabulary';

export interface Tally {
  learned: number;
  learning: number;
  total: number;
}

export interface TierStats {
  tier: Tier;
  /** The checklist rows in this tier. */
  checklist: Tally;
  /** Nodes in this tier that are not a checklist row, counted apart (ids in reading order). */
  further: Tally & { ids: string[] };
}

export interface LevelStats {
  level: Level;
  checklist: Tally;
}

export interface ProgressStats {
  tiers: TierStats[];
  levels: LevelStats[];
}

const EMPTY_TALLY: Tally = { learned: 0, learning: 0, total: 0 };

/** The checklist rows: defined once, in the domain, for every count of them. */
export { checklistRows as checklistItems, type ChecklistRow as ChecklistItem } from '../../domain/queries/counts';

/** A row is learned when all its nodes are, learning when any is learning or only some are learned. */
export function combinedStatus(statuses: readonly Status[]): Status {
  if (statuses.length > 0 && statuses.every((s) => s === 'learned')) return 'learned';
  return statuses.some((s) => s !== 'not-started') ? 'learning' : 'not-started';
}

const add = (tally: Tally, status: Status): Tally => ({
  learned: tally.learned + (status === 'learned' ? 1 : 0),
  learning: tally.learning + (status === 'learning' ? 1 : 0),
  total: tally.total + 1,
});

const sum = (tallies: readonly Tally[]): Tally =>
  tallies.reduce(
    (a, b) => ({ learned: a.learned + b.learned, learning: a.learning + b.learning, total: a.total + b.total }),
    EMPTY_TALLY,
  );

export function progressStats(index: GraphIndex, progress: Progress): ProgressStats {
  const checklist = new Map<Tier, Tally>(TIERS.map((t) => [t, EMPTY_TALLY]));
  for (const item of checklistRows(index)) {
    const status = combinedStatus(item.ids.map((id) => statusOf(progress, id)));
    checklist.set(item.tier, add(checklist.get(item.tier)!, status));
  }
  const tiers = TIERS.map((tier): TierStats => {
    const ids = (index.byTier.get(tier) ?? [])
      .filter((id) => !index.byId.get(id)!.checklist)
      .sort((a, b) => index.order.get(a)! - index.order.get(b)!);
    const further = ids.reduce((t, id) => add(t, statusOf(progress, id)), EMPTY_TALLY);
    return { tier, checklist: checklist.get(tier)!, further: { ...further, ids } };
  });
  const levels = LEVELS.map((level): LevelStats => ({
    level,
    checklist: sum(tiers.filter((t) => LEVEL_TIERS[level].includes(t.tier)).map((t) => t.checklist)),
  }));
  return { tiers, levels };
}

/** "12 of 56 checklist rows learned, 3 learning": says what it counts, unlike the filters' item counts. */
export const describeTally = (t: Tally) =>
  `${t.learned} of ${t.total} checklist ${t.total === 1 ? 'row' : 'rows'} learned, ${t.learning} learning`;

/** Bar widths in percent, learned first; an empty tally draws an empty bar. */
export function tallyWidths(t: Tally): { learned: number; learning: number } {
  if (t.total === 0) return { learned: 0, learning: 0 };
  return { learned: (100 * t.learned) / t.total, learning: (100 * t.learning) / t.total };
}

/** "Plus 4 further items outside the checklist, not counted above: Java, JavaScript, … (1 learned)." */
export function describeFurther(further: TierStats['further'], labelOf: (id: string) => string): string {
  const n = further.total;
  if (n === 0) return 'No further items outside the checklist.';
  const names = further.ids.map(labelOf);
  const shown = names.length <= 5 ? names.join(', ') : `${names.slice(0, 5).join(', ')} and ${names.length - 5} more`;
  const status = [
    further.learned > 0 && `${further.learned} learned`,
    further.learning > 0 && `${further.learning} learning`,
  ].filter(Boolean);
  return `Plus ${n} further item${n === 1 ? '' : 's'} outside the checklist, not counted above: ${shown}${
    status.length ? ` (${status.join(', ')})` : ''
  }.`;
}
