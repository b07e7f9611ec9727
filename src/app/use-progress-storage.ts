/** Saves progress whenever it changes (reading is src/store/progress-storage.ts). */
import { useEffect } from 'react';
import type { AppStore } from '../store/app-state';
import { progressKey, storage } from '../store/progress-storage';

export function useProgressStorage(store: AppStore) {
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        // A workspace switch brings its own stored progress: nothing new to save.
        if (state.progress === previous.progress || state.workspace !== previous.workspace) return;
        try {
          storage()?.setItem(progressKey(state.workspace), JSON.stringify(state.progress));
        } catch {
          state.notify('Progress could not be saved in this browser (storage is full or blocked).');
        }
      }),
    [store],
  );
}
