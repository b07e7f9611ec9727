/** "Full" or "Partial": the grade of a counterpart, in words (never colour alone). */
import type { Match } from '../../domain/vocabulary';

export function GradeBadge({ match }: { match: Match }) {
  return <span className={`compare-grade compare-grade-${match}`}>{match === 'full' ? 'Full' : 'Partial'}</span>;
}
