/**
 * Whether a new build of the app is waiting to take over, and how to take it: set by the service
 * worker's registration (register-service-worker.ts), read by the notice that offers it.
 */
import { useSyncExternalStore } from 'react';

type Reload = () => void;
let reload: Reload | null = null;
const listeners = new Set<() => void>();

/** A new build is installed and waiting; `apply` switches to it and reloads the page. */
export function offerUpdate(apply: Reload | null) {
  reload = apply;
  listeners.forEach((listener) => listener());
}

export function useUpdateOffer(): Reload | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => reload,
  );
}
