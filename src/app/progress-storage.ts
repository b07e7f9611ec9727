/**
 * Progress lives in localStorage under one versioned key. Reading never trusts it: unreadable
 * data is reset with a notice (and the bad copy removed), older versions are upgraded, and ids
 * the graph no longer has are dropped, each with a notice.
 */
import { useEffect } from 'react';
import { readProgress } from '../domain/progress';
import type { AppStore } from '../store/app-state';

export const PROGRESS_KEY = 'stack-atlas:progress';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // blocked storage (privacy settings): progress lasts for this visit only
  }
}

export function loadStoredProgress(store: AppStore) {
  const text = storage()?.getItem(PROGRESS_KEY) ?? null;
  const reading = readProgress(text, store.getState().atlas.index);
  if (!reading.ok) {
    storage()?.removeItem(PROGRESS_KEY);
    store.getState().notify(`Your saved progress could not be read (${reading.error}), so it starts empty.`);
    return;
  }
  store.getState().replaceProgress(reading.progress);
  for (const note of reading.notes) store.getState().notify(note);
}

/** Saves progress whenever it changes. */
export function useProgressStorage(store: AppStore) {
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.progress === previous.progress) return;
        try {
          storage()?.setItem(PROGRESS_KEY, JSON.stringify(state.progress));
        } catch {
          state.notify('Progress could not be saved in this browser (storage is full or blocked).');
        }
      }),
    [store],
  );
}
