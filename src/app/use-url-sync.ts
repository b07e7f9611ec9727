/**
 * Keeps the URL and the view in step: every change of view pushes a history entry, and back and
 * forward re-apply the view they hold. A malformed or stale URL opens the default view for the
 * broken parts, with a notice.
 *
 * The address never outgrows what servers accept (`URL_QUERY_LIMIT`): a view too large for it
 * keeps its most important parts in the address, says which it leaves out, and keeps the whole
 * view in the history entry's state, so reloading, back and forward still give it back.
 */
import { useEffect } from 'react';
import type { AppState, AppStore, ViewState } from '../store/app-state';
import { parseUrl, viewLink } from '../store/url-state';

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

/** What the history entry holds beside the address: the whole view's query, when it did not fit. */
interface EntryState {
  query: string;
}

/** The query of the current entry: the whole view when the address holds only part of it. */
export function currentQuery(): string {
  const state = window.history.state as Partial<EntryState> | null;
  return typeof state?.query === 'string' ? state.query : window.location.search;
}

/** The history entry for a view: its address, and the whole view beside it when that does not fit. */
function entryFor(view: ViewState): { state: EntryState | null; query: string; left: string[] } {
  const { query, left } = viewLink(view);
  return { state: left.length ? { query: viewLink(view, Infinity).query } : null, query, left };
}

/**
 * Applies a query's view (the current entry's by default) to the store, with a notice for whatever
 * was dropped. The entry is then rewritten to the view actually shown (in place, no new history
 * entry), so copying the address does not pass the broken parts on.
 */
export function applyUrl(store: AppStore, search = currentQuery()) {
  const { view, dropped } = parseUrl(search, store.getState().atlas.index);
  store.getState().applyView(view);
  if (dropped.length === 0) return;
  store.getState().notify(`Part of the link could not be used and was reset: ${dropped.join(', ')}.`);
  const { pathname, hash } = window.location;
  const entry = entryFor(viewOf(store.getState()));
  window.history.replaceState(entry.state, '', `${pathname}${entry.query}${hash}`);
}

export function useUrlSync(store: AppStore) {
  useEffect(() => {
    let applying = false;
    const unsubscribe = store.subscribe((state, previous) => {
      if (applying) return;
      const next = viewOf(state);
      const before = viewOf(previous);
      if ((Object.keys(next) as (keyof ViewState)[]).every((k) => next[k] === before[k])) return;
      const { state: entry, query, left } = entryFor(next);
      if ((entry?.query ?? query) === currentQuery()) return;
      window.history.pushState(entry, '', `${window.location.pathname}${query}`);
      if (left.length)
        state.notify(
          `This view is too large for a link: the address leaves out ${left.join(', ')}. ` +
            'The view stays as it is here (reload, back and forward keep it), but a copied link opens without those parts.',
        );
    });
    const onPop = () => {
      applying = true;
      applyUrl(store);
      applying = false;
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, [store]);
}
