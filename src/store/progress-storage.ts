/**
 * Progress lives in localStorage, one versioned key per workspace. Reading never trusts it:
 * unreadable data is reset with a notice (and the bad copy removed), older versions are upgraded,
 * and ids the graph no longer has are dropped, each with a notice. The shell saves (app/), the
 * workspace feature reads what a workspace starts with: both through here.
 */
import type { GraphIndex } from '../domain/graph-index';
import { EMPTY_PROGRESS, readProgress, type Progress } from '../domain/progress';
import type { AppStore, Workspace } from './app-state';

export const PROGRESS_KEY = 'stack-atlas:progress';

/** Each workspace keeps its own progress: an imported graph never touches the curriculum's. */
export const progressKey = (workspace: Workspace) =>
  workspace.kind === 'curriculum' ? PROGRESS_KEY : `${PROGRESS_KEY}:imported:${workspace.name}`;

export function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // blocked storage (privacy settings): progress lasts for this visit only
  }
}

/**
 * A workspace's saved progress, read against its graph: what opening that workspace starts with.
 * Unreadable data is removed (and said so in the notes); no saved data is empty progress.
 */
export function readStoredProgress(workspace: Workspace, index: GraphIndex): { progress: Progress; notes: string[] } {
  const key = progressKey(workspace);
  const reading = readProgress(storage()?.getItem(key) ?? null, index);
  if (reading.ok) return { progress: reading.progress, notes: reading.notes };
  storage()?.removeItem(key);
  return {
    progress: EMPTY_PROGRESS,
    notes: [`Your saved progress could not be read (${reading.error}), so it starts empty.`],
  };
}

export function loadStoredProgress(store: AppStore) {
  const { progress, notes } = readStoredProgress(store.getState().workspace, store.getState().atlas.index);
  store.getState().replaceProgress(progress);
  for (const note of notes) store.getState().notify(note);
}
