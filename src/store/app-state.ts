/**
 * One zustand store made of typed slices. Each slice's transitions are pure functions
 * (`(state, args) => partial state`) that the tests call directly; the actions only `set` them.
 */
import { create, type StateCreator } from 'zustand';
import type { Atlas } from '../domain/atlas';
import type { EdgeKind } from '../domain/schema';
import { DEFAULT_FILTERS, toggleEdgeKind, toggleFilterValue, type FilterDimension, type Filters } from './filters';
import type { FilterMode, FocusDirection, LayoutName, LayoutPositions, ViewName } from './view-options';

export interface Focus {
  id: string;
  depth: 1 | 2 | 3;
  direction: FocusDirection;
}

export interface Notice {
  id: number;
  message: string;
}

/** The part of the state that the URL carries. */
export interface ViewState {
  selectedId: string | null;
  focus: Focus | null;
  filters: Filters;
  layout: LayoutName;
  view: ViewName;
}

export const DEFAULT_VIEW: ViewState = {
  selectedId: null,
  focus: null,
  filters: DEFAULT_FILTERS,
  layout: 'force',
  view: 'explore',
};

export interface DataSlice {
  atlas: Atlas;
  positions: LayoutPositions;
}

export interface ViewSlice extends ViewState {
  select: (id: string | null) => void;
  focusOn: (id: string, patch?: Partial<Omit<Focus, 'id'>>) => void;
  updateFocus: (patch: Partial<Omit<Focus, 'id'>>) => void;
  clearFocus: () => void;
  toggleFilter: (dimension: FilterDimension, value: string) => void;
  toggleEdgeFilter: (kind: EdgeKind) => void;
  setFilterMode: (mode: FilterMode) => void;
  resetFilters: () => void;
  setLayout: (layout: LayoutName) => void;
  /** Replaces the whole view, e.g. from the URL on load or on back/forward. */
  applyView: (view: ViewState) => void;
}

export interface NoticeSlice {
  notices: Notice[];
  notify: (message: string) => void;
  dismiss: (id: number) => void;
}

export type AppState = DataSlice & ViewSlice & NoticeSlice;

// Pure transitions.
export const selectItem = (state: ViewState, id: string | null): Partial<ViewState> => ({
  selectedId: id,
  // Focusing follows the selection once a focus is on, so "what's around this" stays one click away.
  focus: state.focus && id ? { ...state.focus, id } : state.focus,
});

export const focusItem = (
  state: ViewState,
  id: string,
  patch: Partial<Omit<Focus, 'id'>> = {},
): Partial<ViewState> => ({
  selectedId: id,
  focus: { depth: state.focus?.depth ?? 1, direction: state.focus?.direction ?? 'both', ...patch, id },
});

export const patchFocus = (state: ViewState, patch: Partial<Omit<Focus, 'id'>>): Partial<ViewState> =>
  state.focus ? { focus: { ...state.focus, ...patch } } : {};

let noticeCounter = 0;
export const addNotice = (notices: readonly Notice[], message: string): Notice[] =>
  notices.some((n) => n.message === message) ? [...notices] : [...notices, { id: ++noticeCounter, message }];

const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  ...DEFAULT_VIEW,
  select: (id) => set((s) => selectItem(s, id)),
  focusOn: (id, patch) => set((s) => focusItem(s, id, patch)),
  updateFocus: (patch) => set((s) => patchFocus(s, patch)),
  clearFocus: () => set({ focus: null }),
  toggleFilter: (dimension, value) => set((s) => ({ filters: toggleFilterValue(s.filters, dimension, value) })),
  toggleEdgeFilter: (kind) => set((s) => ({ filters: toggleEdgeKind(s.filters, kind) })),
  setFilterMode: (mode) => set((s) => ({ filters: { ...s.filters, mode } })),
  resetFilters: () => set((s) => ({ filters: { ...DEFAULT_FILTERS, mode: s.filters.mode } })),
  setLayout: (layout) => set({ layout }),
  applyView: (view) => set(view),
});

const createNoticeSlice: StateCreator<AppState, [], [], NoticeSlice> = (set) => ({
  notices: [],
  notify: (message) => set((s) => ({ notices: addNotice(s.notices, message) })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});

export type AppStore = ReturnType<typeof createAppStore>;

/** A store for one graph; tests create their own, the app creates one at start. */
export function createAppStore(data: DataSlice, view: Partial<ViewState> = {}) {
  return create<AppState>()((...a) => ({
    ...createViewSlice(...a),
    ...createNoticeSlice(...a),
    ...data,
    ...view,
  }));
}
