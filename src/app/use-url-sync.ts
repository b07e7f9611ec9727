/**
 * Keeps the URL and the view in step: every change of view pushes a history entry, and back and
 * forward re-apply the view they hold. A malformed or stale URL opens the default view for the
 * broken parts, with a notice.
 */
import { useEffect } from 'react';
import type { AppState, AppStore, ViewState } from '../store/app-state';
import { formatUrl, parseUrl } from '../store/url-state';

const viewOf = (s: AppState): ViewState => ({
  selectedId: s.selectedId,
  focus: s.focus,
  filters: s.filters,
  layout: s.layout,
  view: s.view,
  level: s.level,
  trace: s.trace,
  path: s.path,
  plan: s.plan,
  translation: s.translation,
});

/**
 * Applies the URL's view to the store, with a notice for whatever was dropped. The address bar is
 * then rewritten to the view actually shown (in place, no new history entry), so copying it does
 * not pass the broken parts on.
 */
export function applyUrl(store: AppStore, search: string) {
  const { view, dropped } = parseUrl(search, store.getState().atlas.index);
  store.getState().applyView(view);
  if (dropped.length === 0) return;
  store.getState().notify(`Part of the link could not be used and was reset: ${dropped.join(', ')}.`);
  const { pathname, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${formatUrl(viewOf(store.getState()))}${hash}`);
}

export function useUrlSync(store: AppStore) {
  useEffect(() => {
    let applying = false;
    const unsubscribe = store.subscribe((state, previous) => {
      if (applying) return;
      const next = viewOf(state);
      const before = viewOf(previous);
      if ((Object.keys(next) as (keyof ViewState)[]).every((k) => next[k] === before[k])) return;
      const query = formatUrl(next);
      if (query !== window.location.search) window.history.pushState(null, '', `${window.location.pathname}${query}`);
    });
    const onPop = () => {
      applying = true;
      applyUrl(store, window.location.search);
      applying = false;
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, [store]);
}
