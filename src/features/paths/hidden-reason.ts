/**
 * Why an item of a chain or path is not drawn: the chosen level leaves it out, or the filters
 * hide it. Both make it fail `passing`; saying "the filters" when the level did it sends people
 * to the wrong panel.
 */
import type { GraphIndex } from '../../domain/graph-index';
import { inLevel, type Level } from '../../domain/levels';

export type HiddenReason = 'level' | 'filters';

export function hiddenReason(
  index: GraphIndex,
  passing: ReadonlySet<string>,
  level: Level | null,
  id: string,
): HiddenReason | null {
  if (passing.has(id)) return null;
  const node = index.byId.get(id);
  return node && !inLevel(node, level) ? 'level' : 'filters';
}

export const HIDDEN_TEXT: Record<HiddenReason, string> = {
  level: 'outside the chosen level',
  filters: 'hidden by the filters',
};

/** "3 outside the chosen level, 2 hidden by the filters" — or '' when nothing is hidden. */
export function hiddenCountsInWords(reasons: readonly (HiddenReason | null)[]): string {
  const count = (r: HiddenReason) => reasons.filter((x) => x === r).length;
  return (['level', 'filters'] as const)
    .filter((r) => count(r) > 0)
    .map((r) => `${count(r)} ${HIDDEN_TEXT[r]}`)
    .join(', ');
}
