/** Named selectors: one place that says how components read the store. */
import type { AppState } from './app-state';
import { learnedSet } from '../domain/progress';
import { learningPlan } from '../domain/queries/plan';
import { memoLast, visibilityOf } from './visibility';

export const selectAtlas = (s: AppState) => s.atlas;
export const selectIndex = (s: AppState) => s.atlas.index;
export const selectSelectedId = (s: AppState) => s.selectedId;
export const selectSelectedNode = (s: AppState) => (s.selectedId ? s.atlas.index.byId.get(s.selectedId) : undefined);
export const selectFocus = (s: AppState) => s.focus;
export const selectFilters = (s: AppState) => s.filters;
export const selectLayout = (s: AppState) => s.layout;
export const selectPositions = (s: AppState) => s.positions;
export const selectNotices = (s: AppState) => s.notices;
export const selectVisibility = (s: AppState) =>
  visibilityOf(s.atlas, s.filters, s.level, s.focus, s.trace, s.path, s.progress);
export const selectTrace = (s: AppState) => s.trace;
export const selectPath = (s: AppState) => s.path;
export const selectPlanSettings = (s: AppState) => s.plan;
export const selectLevel = (s: AppState) => s.level;
export const selectView = (s: AppState) => s.view;
export const selectProgress = (s: AppState) => s.progress;
export const selectTranslation = (s: AppState) => s.translation;

const learnedMemo = memoLast((progress: AppState['progress']) => learnedSet(progress));
/** The learned items, as a set (memoised on the progress object). */
export const selectLearned = (s: AppState) => learnedMemo(s.progress);

const planMemo = memoLast((atlas: AppState['atlas'], plan: AppState['plan'], progress: AppState['progress']) =>
  learningPlan(atlas.index, plan.targets, {
    known: learnedSet(progress),
    includeRecommended: plan.includeRecommended,
    choices: plan.choices,
  }),
);
/** The learning plan for the plan settings, learned items left out: the one plan every panel shows. */
export const selectPlan = (s: AppState) => planMemo(s.atlas, s.plan, s.progress);
