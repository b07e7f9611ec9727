/** The outline's learning keys on an item, as pure functions: t / u trace, l steps the status on. */
import { STATUSES, type Status } from '../../domain/progress';
import type { TraceMode } from '../../store/view-options';

export type ItemKeyAction = TraceMode | 'status';

/** Letters in either case, so Caps Lock does not get in the way. */
export function itemKeyAction(key: string): ItemKeyAction | null {
  switch (key.toLowerCase()) {
    case 't':
      return 'prerequisites';
    case 'u':
      return 'unlocks';
    case 'l':
      return 'status';
    default:
      return null;
  }
}

/** not started → learning → learned → not started. */
export const nextStatus = (status: Status): Status => STATUSES[(STATUSES.indexOf(status) + 1) % STATUSES.length]!;

export const STATUS_WORDS: Record<Status, string> = {
  'not-started': 'not started',
  learning: 'learning',
  learned: 'learned',
};
