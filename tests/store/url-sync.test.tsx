/**
 * The address never outgrows what servers accept: a view too large for a link keeps its main parts
 * in the address, says what it leaves out, and is still whole after a reload (the entry's state).
 */
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { applyUrl, useUrlSync } from '../../src/app/use-url-sync';
import { createAtlas } from '../../src/domain/atlas';
import type { Graph } from '../../src/domain/graph';
import { createAppStore } from '../../src/store/app-state';
import { URL_QUERY_LIMIT } from '../../src/store/url-state';

afterEach(() => window.history.replaceState(null, '', '/'));

/** Sixty nodes with ids of 190 characters and more: fifty of them as plan targets fill 9.5 KB. */
const graph: Graph = {
  nodes: Array.from({ length: 60 }, (_, i) => ({
    id: `${'x'.repeat(190)}-${i}`,
    label: `Item ${i}`,
    kind: 'skill' as const,
    description: 'An item.',
  })),
  edges: [],
};
const makeStore = () =>
  createAppStore({ atlas: createAtlas(graph), positions: { force: {}, layered: {}, provider: {}, concentric: {} } });

describe('the address of a view too large for a link', () => {
  it('stays under the limit, says so, and a reload gives the whole view back', () => {
    const store = makeStore();
    renderHook(() => useUrlSync(store));
    const ids = graph.nodes.map((n) => n.id);
    const targets = ids.slice(0, 50);
    act(() => {
      store.getState().applyView({
        ...store.getState(),
        selectedId: ids[59]!,
        plan: { targets, choices: {}, includeRecommended: false },
      });
    });
    const address = window.location.search;
    expect(address.length).toBeLessThanOrEqual(URL_QUERY_LIMIT);
    expect(address).toBe(`?sel=${ids[59]}`);
    expect((window.history.state as { query: string }).query.length).toBeGreaterThan(URL_QUERY_LIMIT);
    expect(store.getState().notices.map((n) => n.message)).toContain(
      'This view is too large for a link: the address leaves out the plan. The view stays as it is here ' +
        '(reload, back and forward keep it), but a copied link opens without those parts.',
    );
    // A reload: a fresh store reads the entry.
    const reloaded = makeStore();
    applyUrl(reloaded);
    expect(reloaded.getState().selectedId).toBe(ids[59]);
    expect(reloaded.getState().plan.targets).toEqual(targets);
  });
});
