/** The stack being translated (kept in the store, hence in the URL) and the ways to change it. */
import { useMemo } from 'react';
import { selectTranslation } from '../../store/selectors';
import { useAppStore, useAppStoreApi } from '../../store/store-context';

export function useStack() {
  const translation = useAppStore(selectTranslation);
  const store = useAppStoreApi();
  const actions = useMemo(() => {
    const services = () => store.getState().translation.services;
    const set = (ids: string[]) => store.getState().setTranslationServices(ids);
    return {
      set,
      add: (id: string) => set([...services(), id]),
      remove: (id: string) => set(services().filter((s) => s !== id)),
      clear: () => set([]),
      setTarget: store.getState().setTranslationTarget,
    };
  }, [store]);
  return { ...translation, ...actions };
}
