/** What a key press does in the outline tree (WAI-ARIA APG tree view), as a pure function of the rows. */
import type { TreeRow } from './outline-groups';

export type TreeAction =
  | { type: 'focus'; key: string }
  | { type: 'open'; key: string }
  | { type: 'close'; key: string }
  | { type: 'toggle'; key: string }
  | { type: 'select'; id: string };

export function treeKeyAction(
  rows: readonly TreeRow[],
  currentKey: string,
  key: string,
  isOpen: (key: string) => boolean,
): TreeAction | null {
  const i = rows.findIndex((r) => r.key === currentKey);
  const row = rows[i];
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!row || !first || !last) return first ? { type: 'focus', key: first.key } : null;
  const next = rows[i + 1];
  const previous = rows[i - 1];
  const isGroup = row.id === undefined;
  switch (key) {
    case 'ArrowDown':
      return next ? { type: 'focus', key: next.key } : null;
    case 'ArrowUp':
      return previous ? { type: 'focus', key: previous.key } : null;
    case 'Home':
      return { type: 'focus', key: first.key };
    case 'End':
      return { type: 'focus', key: last.key };
    case 'ArrowRight':
      if (!isGroup) return null;
      if (!isOpen(row.key)) return { type: 'open', key: row.key };
      // An open group: step into its first child.
      return next?.parent === row.key ? { type: 'focus', key: next.key } : null;
    case 'ArrowLeft':
      if (isGroup && isOpen(row.key)) return { type: 'close', key: row.key };
      return row.parent ? { type: 'focus', key: row.parent } : null;
    case 'Enter':
    case ' ':
      return row.id === undefined ? { type: 'toggle', key: row.key } : { type: 'select', id: row.id };
    default:
      return null;
  }
}
