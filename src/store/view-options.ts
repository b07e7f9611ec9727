/** The named options of the view, shared by the store, the URL and the graph view. */
export const LAYOUTS = ['force', 'layered', 'provider', 'concentric'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  force: 'Force-directed',
  layered: 'Layered (prerequisites)',
  provider: 'Grouped by provider',
  concentric: 'Concentric by tier',
};

/** Focus direction, in learner's words: prerequisites = what it requires; dependants = what requires it. */
export const DIRECTIONS = ['prerequisites', 'dependants', 'both'] as const;
export type FocusDirection = (typeof DIRECTIONS)[number];

export const FILTER_MODES = ['hide', 'fade'] as const;
export type FilterMode = (typeof FILTER_MODES)[number];

/** What the side panel (or, for compare, the main area) shows. */
export const VIEWS = ['explore', 'plan', 'progress', 'compare'] as const;
export type ViewName = (typeof VIEWS)[number];

/** Trace: the whole chain below an item (prerequisites) or above it (unlocks). */
export const TRACE_MODES = ['prerequisites', 'unlocks'] as const;
export type TraceMode = (typeof TRACE_MODES)[number];

export type Point = { x: number; y: number };
/** Precomputed node positions of every built-in layout. */
export type LayoutPositions = Record<LayoutName, Record<string, Point>>;
