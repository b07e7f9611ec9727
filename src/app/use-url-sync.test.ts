import { afterEach, describe, expect, it } from 'vitest';
import { makeStore } from '../../tests/fixtures/render-app';
import { applyUrl } from './use-url-sync';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('applyUrl', () => {
  it('rewrites the address bar to the view shown after a broken link, in place, with a notice', () => {
    const store = makeStore();
    window.history.replaceState(null, '', '/?sel=no-such-item&layout=spiral&view=plan&plan=docker');
    const entries = window.history.length;
    applyUrl(store, window.location.search);
    expect(store.getState().notices).toHaveLength(1);
    expect(store.getState().notices[0]!.message).toMatch(/^Part of the link could not be used and was reset: /);
    // The good parts stay, the broken ones are gone, and no history entry was added.
    expect(window.location.search).toBe('?view=plan&plan=docker');
    expect(window.history.length).toBe(entries);
  });

  it('leaves a good link as it was', () => {
    const store = makeStore();
    window.history.replaceState(null, '', '/?view=plan&plan=docker&sel=docker');
    applyUrl(store, window.location.search);
    expect(store.getState().notices).toEqual([]);
    expect(window.location.search).toBe('?view=plan&plan=docker&sel=docker');
  });
});
