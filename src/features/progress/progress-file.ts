/** Progress as a file: what "Export progress" writes and how "Import progress" reads it. */
import type { GraphIndex } from '../../domain/graph-index';
import { PROGRESS_VERSION, readProgress, type Progress, type ProgressReading } from '../../domain/progress';

export const PROGRESS_FILE_NAME = 'stack-atlas-progress.json';
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** The stored format ({version: 2, items}), items sorted by id so two exports diff cleanly. */
export function progressFileText(progress: Progress): string {
  const items = Object.fromEntries(Object.entries(progress.items).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ version: PROGRESS_VERSION, items }, null, 2)}\n`;
}

/** Rounded up, so a file just over the limit never reads as exactly at it. */
const megabytes = (bytes: number) => `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)} MB`;

/** Checked before reading, so a huge file is never loaded into memory. */
export function fileSizeProblem(bytes: number): string | null {
  return bytes > MAX_FILE_BYTES
    ? `the file is too large (${megabytes(bytes)}); a progress file can be at most ${MAX_FILE_BYTES / 1024 / 1024} MB`
    : null;
}

export async function readProgressFile(file: Blob, index: GraphIndex): Promise<ProgressReading> {
  const tooLarge = fileSizeProblem(file.size);
  if (tooLarge) return { ok: false, error: tooLarge };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: 'the file could not be read' };
  }
  // An empty file would read as "no progress"; as an import it is a mistake, not a reset.
  if (text.trim() === '') return { ok: false, error: 'the file is empty' };
  return readProgress(text, index);
}

export const itemCount = (n: number) => `${n} item${n === 1 ? '' : 's'}`;
