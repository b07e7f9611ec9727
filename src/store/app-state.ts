/**
 * One zustand store made of typed slices. Each slice's transitions are pure functions
 * (`(state, args) => partial state`) that the tests call directly; the actions only `set` them.
 */
import { create, type StateCreator } from 'zustand';
import type { Atlas } from '../domain/atlas';
import type { Level } from '../domain/levels';
import { EMPTY_PROGRESS, withStatus, type Progress, type Status } from '../domain/progress';
import type { EdgeKind, ProviderId } from '../domain/vocabulary';
import { DEFAULT_FILTERS, toggleEdgeKind, toggleFilterValue, type FilterDimension, type Filters } from './filters';
import type { FilterMode, FocusDirection, LayoutName, LayoutPositions, TraceMode, ViewName } from './view-options';

export interface Focus {
  id: string;
  depth: 1 | 2 | 3;
  direction: FocusDirection;
}

export interface Trace {
  mode: TraceMode;
  id: string;
  /** Show only the chain, laid out in layers. */
  alone: boolean;
}

export interface PathQuery {
  from: string;
  to: string;
  kinds: EdgeKind[];
}

export interface PlanSettings {
  targets: string[];
  /** The learner's pick per any-of group (group id → member id). */
  choices: Record<string, string>;
  includeRecommended: boolean;
}

/** The stack being translated to another cloud, in the Compare view. */
export interface Translation {
  services: string[];
  to: ProviderId;
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
  level: Level | null;
  trace: Trace | null;
  path: PathQuery | null;
  plan: PlanSettings;
  translation: Translation;
}

export const DEFAULT_TRANSLATION: Translation = { services: [], to: 'gcp' };

export const DEFAULT_PLAN: PlanSettings = { targets: [], choices: {}, includeRecommended: false };

export const DEFAULT_VIEW: ViewState = {
  selectedId: null,
  focus: null,
  filters: DEFAULT_FILTERS,
  layout: 'force',
  view: 'explore',
  level: null,
  trace: null,
  path: null,
  plan: DEFAULT_PLAN,
  translation: DEFAULT_TRANSLATION,
};

/** Which graph is open: the built-in curriculum, or a graph the person brought. */
export type Workspace = { kind: 'curriculum' } | { kind: 'imported'; name: string };

export interface DataSlice {
  atlas: Atlas;
  positions: LayoutPositions;
  workspace?: Workspace;
}

export interface WorkspaceSlice {
  workspace: Workspace;
  /** Opens another graph: a fresh view and that workspace's own progress. */
  openWorkspace: (data: { atlas: Atlas; positions: LayoutPositions; workspace: Workspace; progress: Progress }) => void;
  /**
   * A large graph's elements going into the canvas (graph-view/add-in-slices.ts): how many of how
   * many; null until the canvas starts. Read by the import's progress, which waits for done = total.
   */
  drawing: { done: number; total: number } | null;
  setDrawing: (drawing: { done: number; total: number } | null) => void;
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
  setView: (view: ViewName) => void;
  setLevel: (level: Level | null) => void;
  traceFrom: (id: string, mode: TraceMode) => void;
  setTraceAlone: (alone: boolean) => void;
  clearTrace: () => void;
  findPath: (from: string, to: string, kinds: EdgeKind[]) => void;
  clearPath: () => void;
  addPlanTarget: (id: string) => void;
  removePlanTarget: (id: string) => void;
  choosePlanOption: (group: string, id: string) => void;
  setIncludeRecommended: (include: boolean) => void;
  clearPlan: () => void;
  setTranslationServices: (ids: string[]) => void;
  setTranslationTarget: (to: ProviderId) => void;
  /** Replaces the whole view, e.g. from the URL on load or on back/forward. */
  applyView: (view: ViewState) => void;
}

export interface ProgressSlice {
  progress: Progress;
  setStatus: (ids: readonly string[], status: Status) => void;
  /** Replaces all progress (an import, or a reset). */
  replaceProgress: (progress: Progress) => void;
}

export interface NoticeSlice {
  notices: Notice[];
  notify: (message: string) => void;
  dismiss: (id: number) => void;
}

export type AppState = DataSlice & WorkspaceSlice & ViewSlice & ProgressSlice & NoticeSlice;

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
  // One highlight at a time: a focus replaces a trace or a path.
  trace: null,
  path: null,
});

export const patchFocus = (state: ViewState, patch: Partial<Omit<Focus, 'id'>>): Partial<ViewState> =>
  state.focus ? { focus: { ...state.focus, ...patch } } : {};

export const startTrace = (state: ViewState, id: string, mode: TraceMode): Partial<ViewState> => ({
  selectedId: id,
  trace: { mode, id, alone: state.trace?.alone ?? false },
  focus: null,
  path: null,
});

export const startPath = (from: string, to: string, kinds: EdgeKind[]): Partial<ViewState> => ({
  path: { from, to, kinds },
  focus: null,
  trace: null,
});

export const addTarget = (plan: PlanSettings, id: string): PlanSettings =>
  plan.targets.includes(id) ? plan : { ...plan, targets: [...plan.targets, id] };

export const removeTarget = (plan: PlanSettings, id: string): PlanSettings => ({
  ...plan,
  targets: plan.targets.filter((t) => t !== id),
});

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
  setView: (view) => set({ view }),
  setLevel: (level) => set({ level }),
  traceFrom: (id, mode) => set((s) => startTrace(s, id, mode)),
  setTraceAlone: (alone) => set((s) => (s.trace ? { trace: { ...s.trace, alone } } : {})),
  clearTrace: () => set({ trace: null }),
  findPath: (from, to, kinds) => set(startPath(from, to, kinds)),
  clearPath: () => set({ path: null }),
  addPlanTarget: (id) => set((s) => ({ plan: addTarget(s.plan, id) })),
  removePlanTarget: (id) => set((s) => ({ plan: removeTarget(s.plan, id) })),
  choosePlanOption: (group, id) => set((s) => ({ plan: { ...s.plan, choices: { ...s.plan.choices, [group]: id } } })),
  setIncludeRecommended: (include) => set((s) => ({ plan: { ...s.plan, includeRecommended: include } })),
  clearPlan: () => set({ plan: DEFAULT_PLAN }),
  setTranslationServices: (ids) => set((s) => ({ translation: { ...s.translation, services: [...new Set(ids)] } })),
  setTranslationTarget: (to) => set((s) => ({ translation: { ...s.translation, to } })),
  applyView: (view) => set(view),
});

const createProgressSlice: StateCreator<AppState, [], [], ProgressSlice> = (set) => ({
  progress: EMPTY_PROGRESS,
  setStatus: (ids, status) => set((s) => ({ progress: withStatus(s.progress, ids, status) })),
  replaceProgress: (progress) => set({ progress }),
});

const createWorkspaceSlice: StateCreator<AppState, [], [], WorkspaceSlice> = (set) => ({
  workspace: { kind: 'curriculum' },
  openWorkspace: ({ atlas, positions, workspace, progress }) =>
    set({ ...DEFAULT_VIEW, atlas, positions, workspace, progress, drawing: null }),
  drawing: null,
  setDrawing: (drawing) => set({ drawing }),
});

const createNoticeSlice: StateCreator<AppState, [], [], NoticeSlice> = (set) => ({
  notices: [],
  notify: (message) => set((s) => ({ notices: addNotice(s.notices, message) })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});

export type AppStore = ReturnType<typeof createAppStore>;

/** A store for one graph; tests create their own, the app creates one at start. */
export function createAppStore(data: DataSlice, view: Partial<ViewState & { progress: Progress }> = {}) {
  return create<AppState>()((...a) => ({
    ...createViewSlice(...a),
    ...createWorkspaceSlice(...a),
    ...createProgressSlice(...a),
    ...createNoticeSlice(...a),
    ...data,
    ...view,
  }));
}
