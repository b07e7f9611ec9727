/** Named selectors: one place that says how components read the store. */
import type { AppState } from './app-state';
import { visibilityOf } from './visibility';

export const selectAtlas = (s: AppState) => s.atlas;
export const selectIndex = (s: AppState) => s.atlas.index;
export const selectSelectedId = (s: AppState) => s.selectedId;
export const selectSelectedNode = (s: AppState) => (s.selectedId ? s.atlas.index.byId.get(s.selectedId) : undefined);
export const selectFocus = (s: AppState) => s.focus;
export const selectFilters = (s: AppState) => s.filters;
export const selectLayout = (s: AppState) => s.layout;
export const selectPositions = (s: AppState) => s.positions;
export const selectNotices = (s: AppState) => s.notices;
export const selectVisibility = (s: AppState) => visibilityOf(s.atlas, s.filters, s.level, s.focus, s.trace, s.path);
export const selectTrace = (s: AppState) => s.trace;
export const selectPath = (s: AppState) => s.path;
export const selectPlanSettings = (s: AppState) => s.plan;
export const selectLevel = (s: AppState) => s.level;
export const selectView = (s: AppState) => s.view;
export const selectProgress = (s: AppState) => s.progress;
export const selectTranslation = (s: AppState) => s.translation;
