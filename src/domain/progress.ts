/**
 * A learner's progress, as stored in the browser and in exported files: versioned, parsed with
 * zod, migrated from older versions, and cleaned of ids the graph no longer has. Parsing never
 * throws; it says what it had to change.
 */
// zod/mini (same checks as zod, tree-shakable): stored progress is read at start-up.
import * as z from 'zod/mini';
import type { GraphIndex } from './graph-index.ts';
import { ID_MAX } from './vocabulary.ts';

export const STATUSES = ['not-started', 'learning', 'learned'] as const;
export type Status = (typeof STATUSES)[number];

export const PROGRESS_VERSION = 2;

/** Only items with a status other than not-started are kept. */
export const ProgressV2 = z.strictObject({
  version: z.literal(2),
  items: z.record(z.string().check(z.maxLength(ID_MAX)), z.enum(['learning', 'learned'])),
});
export type Progress = z.infer<typeof ProgressV2>;

/** Version 1 kept only the learned items, as a list. */
const ProgressV1 = z.object({ version: z.literal(1), learned: z.array(z.string().check(z.maxLength(ID_MAX))) });

export const EMPTY_PROGRESS: Progress = { version: 2, items: {} };

export type ProgressReading = { ok: true; progress: Progress; notes: string[] } | { ok: false; error: string };

const MAX_CHARS = 2_000_000;

/** Reads progress from text (localStorage or a file). */
export function readProgress(text: string | null, index: GraphIndex): ProgressReading {
  if (text === null || text === '') return { ok: true, progress: EMPTY_PROGRESS, notes: [] };
  if (text.length > MAX_CHARS) return { ok: false, error: 'the progress data is too large' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'the progress data is not valid JSON' };
  }
  const notes: string[] = [];
  let progress: Progress;
  const v2 = ProgressV2.safeParse(raw);
  if (v2.success) {
    // zod leaves out a "__proto__" key without a word; every item dropped is said below.
    progress = { version: 2, items: Object.fromEntries(rawEntries(raw)) as Progress['items'] };
  } else {
    const v1 = ProgressV1.safeParse(raw);
    if (!v1.success) {
      const issue = v2.error.issues[0];
      return {
        ok: false,
        error: `the progress data has an unknown shape${issue ? ` (${issue.path.join('.') || 'top level'}: ${issue.message})` : ''}`,
      };
    }
    progress = { version: 2, items: Object.fromEntries(v1.data.learned.map((id) => [id, 'learned' as const])) };
    notes.push('Progress saved by an older version was upgraded.');
  }
  // Object.entries on a record parsed from JSON: "__proto__" is an own key here, never the prototype.
  const entries = Object.entries(progress.items);
  const kept = entries.filter(([id]) => index.byId.has(id));
  if (kept.length < entries.length) {
    const gone = entries.filter(([id]) => !index.byId.has(id)).map(([id]) => id);
    notes.push(
      `Dropped ${gone.length} item(s) that are no longer in the graph: ${gone.slice(0, 5).join(', ')}${gone.length > 5 ? '…' : ''}.`,
    );
  }
  return { ok: true, progress: { version: 2, items: Object.fromEntries(kept) }, notes };
}

/** The items of stored version-2 progress as written, `__proto__` included (an own key of parsed JSON). */
const rawEntries = (raw: unknown): [string, unknown][] =>
  Object.entries((raw as { items: Record<string, unknown> }).items);

export const statusOf = (progress: Progress, id: string): Status =>
  Object.hasOwn(progress.items, id) ? progress.items[id]! : 'not-started';

export function withStatus(progress: Progress, ids: readonly string[], status: Status): Progress {
  const items = { ...progress.items };
  for (const id of ids) {
    if (status === 'not-started') delete items[id];
    else items[id] = status;
  }
  return { version: 2, items };
}

export const learnedSet = (progress: Progress) =>
  new Set(
    Object.entries(progress.items)
      .filter(([, s]) => s === 'learned')
      .map(([id]) => id),
  );
