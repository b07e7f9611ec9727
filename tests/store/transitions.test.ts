import { describe, expect, it } from 'vitest';
import { addNotice, DEFAULT_VIEW, focusItem, patchFocus, selectItem } from '../../src/store/app-state';
import { DEFAULT_FILTERS, isFiltered, passesFilters, toggleEdgeKind, toggleFilterValue } from '../../src/store/filters';
import { computeVisibility } from '../../src/store/visibility';
import { miniAtlas } from '../fixtures/mini-atlas';
import { makeStore } from '../fixtures/render-app';

const atlas = miniAtlas();
const NONE = { focus: null, trace: null, path: null };
const node = (id: string) => atlas.index.byId.get(id)!;

describe('view transitions', () => {
  it('selecting moves an active focus along with it, and leaves no focus alone', () => {
    expect(selectItem(DEFAULT_VIEW, 'rag')).toEqual({ selectedId: 'rag', focus: null });
    const focused = { ...DEFAULT_VIEW, focus: { id: 'rag', depth: 2 as const, direction: 'prerequisites' as const } };
    expect(selectItem(focused, 'numpy').focus).toEqual({ id: 'numpy', depth: 2, direction: 'prerequisites' });
    expect(selectItem(focused, null).focus).toEqual(focused.focus);
  });

  it('focusing selects the item and keeps the depth and direction already chosen', () => {
    expect(focusItem(DEFAULT_VIEW, 'rag')).toEqual({
      selectedId: 'rag',
      focus: { id: 'rag', depth: 1, direction: 'both' },
      trace: null,
      path: null,
    });
    const focused = { ...DEFAULT_VIEW, focus: { id: 'rag', depth: 3 as const, direction: 'dependants' as const } };
    expect(focusItem(focused, 'numpy').focus).toEqual({ id: 'numpy', depth: 3, direction: 'dependants' });
    expect(patchFocus(focused, { depth: 1 })).toEqual({ focus: { id: 'rag', depth: 1, direction: 'dependants' } });
    expect(patchFocus(DEFAULT_VIEW, { depth: 2 })).toEqual({});
  });

  it('toggles filter values on and off', () => {
    const off = toggleFilterValue(DEFAULT_FILTERS, 'tier', '3');
    expect(off.off.tier).toEqual(['3']);
    expect(isFiltered(off)).toBe(true);
    expect(passesFilters(node('kubernetes'), off)).toBe(false);
    expect(passesFilters(node('rag'), off)).toBe(true);
    expect(toggleFilterValue(off, 'tier', '3').off.tier).toEqual([]);
    expect(toggleEdgeKind(DEFAULT_FILTERS, 'requires').offEdgeKinds).toEqual(['requires']);
    expect(isFiltered(DEFAULT_FILTERS)).toBe(false);
  });

  it('treats a missing value as "none" so services outside the tiers can be filtered', () => {
    const off = toggleFilterValue(DEFAULT_FILTERS, 'tier', 'none');
    expect(passesFilters(node('azure-functions'), off)).toBe(false);
    expect(passesFilters(node('aws-lambda'), off)).toBe(true);
  });

  it('does not repeat a notice that is already showing', () => {
    const once = addNotice([], 'Link reset');
    expect(addNotice(once, 'Link reset')).toHaveLength(1);
    expect(addNotice(once, 'Other')).toHaveLength(2);
  });

  it('store actions apply the transitions', () => {
    const store = makeStore({ data: 'mini' });
    store.getState().focusOn('rag', { depth: 2 });
    store.getState().updateFocus({ direction: 'prerequisites' });
    expect(store.getState().focus).toEqual({ id: 'rag', depth: 2, direction: 'prerequisites' });
    store.getState().clearFocus();
    expect(store.getState().focus).toBeNull();
    store.getState().toggleFilter('kind', 'service');
    store.getState().setFilterMode('hide');
    store.getState().resetFilters();
    expect(store.getState().filters).toEqual({ ...DEFAULT_FILTERS, mode: 'hide' });
  });
});

describe('visibility', () => {
  it('passes everything by default', () => {
    const v = computeVisibility(atlas, DEFAULT_FILTERS, null, NONE);
    expect(v.passing.size).toBe(atlas.index.graph.nodes.length);
    expect(v.passingEdges.size).toBe(atlas.index.graph.edges.length);
    for (const node of atlas.index.graph.nodes) expect(v.passing.has(node.id)).toBe(true);
    for (const edge of atlas.index.graph.edges) expect(v.passingEdges.has(edge.id)).toBe(true);
    expect(v.inFocus).toBe(v.passing);
  });

  it('narrows to the focus neighbourhood in the chosen direction', () => {
    const v = computeVisibility(atlas, DEFAULT_FILTERS, null, {
      ...NONE,
      focus: { id: 'pandas', depth: 1, direction: 'prerequisites' },
    });
    expect([...v.inFocus].sort()).toEqual(['numpy', 'pandas', 'statistics']);
    const down = computeVisibility(atlas, DEFAULT_FILTERS, null, {
      ...NONE,
      focus: { id: 'pandas', depth: 2, direction: 'dependants' },
    });
    expect([...down.inFocus].sort()).toEqual(['kubernetes', 'pandas', 'rag']);
  });

  it('drops edges of switched-off kinds and edges to filtered nodes', () => {
    const noRequires = computeVisibility(atlas, toggleEdgeKind(DEFAULT_FILTERS, 'requires'), null, NONE);
    expect([...noRequires.passingEdges].some((id) => id.startsWith('requires:'))).toBe(false);
    const noTier3 = computeVisibility(atlas, toggleFilterValue(DEFAULT_FILTERS, 'tier', '3'), null, NONE);
    expect(noTier3.passingEdges.has('requires:kubernetes->rag')).toBe(false);
    expect(noTier3.passingEdges.has('requires:rag->pandas')).toBe(true);
  });
});

describe('focus directions', () => {
  it('follows only prerequisites for "prerequisites", every relation for "both"', () => {
    const pre = computeVisibility(atlas, DEFAULT_FILTERS, null, {
      ...NONE,
      focus: { id: 'tensorflow', depth: 1, direction: 'prerequisites' },
    });
    expect([...pre.inFocus].sort()).toEqual(['numpy', 'tensorflow']);
    const both = computeVisibility(atlas, DEFAULT_FILTERS, null, {
      ...NONE,
      focus: { id: 'tensorflow', depth: 1, direction: 'both' },
    });
    expect([...both.inFocus].sort()).toEqual(['numpy', 'pytorch', 'rag', 'tensorflow']);
  });
});

describe('levels, traces and paths', () => {
  it('scopes to the level: Beginner is Tier 1 only, services outside the tiers come with Tier 2', () => {
    const beginner = computeVisibility(atlas, DEFAULT_FILTERS, 'beginner', NONE);
    expect([...beginner.passing].sort()).toEqual(['numpy', 'pandas', 'python', 'statistics']);
    const intermediate = computeVisibility(atlas, DEFAULT_FILTERS, 'intermediate', NONE);
    expect(intermediate.passing.has('azure-functions')).toBe(true);
    expect(intermediate.passing.has('kubernetes')).toBe(false);
  });

  it('traces the whole prerequisite chain with exactly its requires edges', () => {
    const v = computeVisibility(atlas, DEFAULT_FILTERS, null, {
      ...NONE,
      trace: { mode: 'prerequisites', id: 'rag', alone: false },
    });
    expect([...v.inFocus].sort()).toEqual(['numpy', 'pandas', 'python', 'pytorch', 'rag', 'statistics', 'tensorflow']);
    expect(v.chainEdges!.has('requires:rag->pandas')).toBe(true);
    expect(v.chainEdges!.has('alternative-to:tensorflow->pytorch')).toBe(false);
    const up = computeVisibility(atlas, DEFAULT_FILTERS, null, {
      ...NONE,
      trace: { mode: 'unlocks', id: 'pandas', alone: false },
    });
    expect([...up.inFocus].sort()).toEqual(['kubernetes', 'pandas', 'rag']);
  });

  it('shows a path, or says there is none', () => {
    const found = computeVisibility(atlas, DEFAULT_FILTERS, null, {
      ...NONE,
      path: { from: 'kubernetes', to: 'python', kinds: ['requires'] },
    });
    expect(found.pathFound).toBe(true);
    expect([...found.inFocus]).toEqual(['kubernetes', 'rag', 'pandas', 'numpy', 'python']);
    const none = computeVisibility(atlas, DEFAULT_FILTERS, null, {
      ...NONE,
      path: { from: 'python', to: 'aws-s3', kinds: ['requires'] },
    });
    expect(none.pathFound).toBe(false);
    expect(none.chainEdges!.size).toBe(0);
  });
});
