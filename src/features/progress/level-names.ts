/** How levels are named on screen; the tier span is derived from LEVEL_TIERS, never typed twice. */
import { LEVEL_TIERS, type Level } from '../../domain/levels';

export const LEVEL_NAMES: Record<Level, string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

/** "Tier 1", "Tiers 1–2". */
export function levelTiers(level: Level): string {
  const tiers = LEVEL_TIERS[level];
  return tiers.length === 1 ? `Tier ${tiers[0]}` : `Tiers ${tiers[0]}–${tiers[tiers.length - 1]}`;
}

export const levelLabel = (level: Level) => `${LEVEL_NAMES[level]} (${levelTiers(level)})`;
