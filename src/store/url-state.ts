/**
 * The view in the URL, e.g. `?sel=rag-systems&focus=rag-systems&depth=2&dir=prerequisites
 * &layout=layered&off.tier=3&edges.off=offered-by&mode=hide&level=intermediate&plan=rag-systems,mlflow`.
 * Parsed back with zod (its tree-shakable `zod/mini` build), key by key: anything malformed or stale falls back to the default for
 * that part only, and is listed so the person can be told what was dropped.
 */
import * as z from 'zod/mini';
import type { GraphIndex } from '../domain/graph-index';
import { LEVELS } from '../domain/levels';
import { EDGE_KINDS, PROVIDERS, type EdgeKind } from '../domain/vocabulary';
import { DEFAULT_PLAN, DEFAULT_TRANSLATION, DEFAULT_VIEW, type ViewState } from './app-state';
import { DEFAULT_FILTERS, FILTER_DIMENSIONS, type Filters } from './filters';
import { DIRECTIONS, FILTER_MODES, LAYOUTS, TRACE_MODES, VIEWS } from './view-options';

// zod/mini: the same checks as zod's, tree-shakable, so parsing the URL at start-up stays small.
const list = z.pipe(
  z.string().check(z.maxLength(4000)),
  z.transform((s: string) => s.split(',').filter(Boolean)),
);
const Id = z.string().check(z.minLength(1), z.maxLength(200));
/** A comma-separated list of at most `max` items, each checked by `item`. */
const listOf = <T>(item: z.ZodMiniType<T, string>, max = 200) =>
  z.optional(z.pipe(list, z.array(item).check(z.maxLength(max))));

const UrlParams = z.object({
  sel: z.optional(Id),
  focus: z.optional(Id),
  depth: z.optional(z.pipe(z.enum(['1', '2', '3']), z.transform(Number))),
  dir: z.optional(z.enum(DIRECTIONS)),
  layout: z.optional(z.enum(LAYOUTS)),
  view: z.optional(z.enum(VIEWS)),
  mode: z.optional(z.enum(FILTER_MODES)),
  level: z.optional(z.enum(LEVELS)),
  trace: z.optional(z.enum(TRACE_MODES)),
  'trace.id': z.optional(Id),
  alone: z.optional(z.literal('1')),
  from: z.optional(Id),
  to: z.optional(Id),
  'path.kinds': listOf(z.enum(EDGE_KINDS)),
  plan: listOf(Id, 50),
  rec: z.optional(z.literal('1')),
  /** Any-of picks as `group~member`, e.g. `rag-systems#any-of-3~langchain`. */
  pick: listOf(z.string().check(z.regex(/^[^~]+~[^~]+$/)), 100),
  'edges.off': listOf(z.enum(EDGE_KINDS)),
  stack: listOf(Id, 100),
  'stack.to': z.optional(z.enum(PROVIDERS)),
  ...Object.fromEntries(FILTER_DIMENSIONS.map((d) => [`off.${d}`, z.optional(list)])),
});
type Key = keyof typeof UrlParams.shape;

export interface ParsedUrl {
  view: ViewState;
  /** What could not be used, in words for the notice. */
  dropped: string[];
}

export function parseUrl(search: string, index: GraphIndex): ParsedUrl {
  let params: Record<string, string>;
  try {
    params = Object.fromEntries(new URLSearchParams(search));
  } catch {
    return { view: DEFAULT_VIEW, dropped: ['the whole query string'] };
  }
  const dropped: string[] = [];
  const value = <K extends Key>(key: K) => {
    if (!Object.hasOwn(params, key)) return undefined;
    const result = UrlParams.shape[key].safeParse(params[key]);
    if (!result.success) dropped.push(`${key}=${String(params[key]).slice(0, 40)}`);
    return result.success ? (result.data as z.infer<(typeof UrlParams.shape)[K]>) : undefined;
  };
  const known = (key: string, id: string | undefined) => {
    if (id === undefined) return null;
    if (index.byId.has(id)) return id;
    dropped.push(`${key}=${id.slice(0, 40)} (no such item)`);
    return null;
  };

  const selectedId = known('sel', value('sel'));
  const focusId = known('focus', value('focus'));
  const depth = value('depth');
  const direction = value('dir');
  const traceMode = value('trace');
  const traceId = known('trace.id', value('trace.id'));
  const alone = value('alone') === '1';
  const from = known('from', value('from'));
  const to = known('to', value('to'));
  const pathKinds = value('path.kinds');
  const targets = (value('plan') ?? []).filter((id) => known('plan', id) !== null);
  const stack = (value('stack') ?? []).filter((id) => known('stack', id) !== null);
  const picks = Object.fromEntries((value('pick') ?? []).map((p) => p.split('~') as [string, string]));
  const filters: Filters = {
    mode: value('mode') ?? DEFAULT_FILTERS.mode,
    offEdgeKinds: (value('edges.off') ?? []) as EdgeKind[],
    off: Object.fromEntries(
      FILTER_DIMENSIONS.map((d) => [d, (value(`off.${d}` as Key) as string[] | undefined) ?? []]),
    ) as Filters['off'],
  };
  // One highlight at a time, as the store keeps it: a path wins over a trace, a trace over a focus.
  const path = from && to ? { from, to, kinds: (pathKinds ?? ['requires']) as EdgeKind[] } : null;
  const trace = !path && traceMode && traceId ? { mode: traceMode, id: traceId, alone } : null;
  const keepFocus = !path && !trace;
  const view: ViewState = {
    selectedId,
    focus:
      keepFocus && focusId ? { id: focusId, depth: (depth ?? 1) as 1 | 2 | 3, direction: direction ?? 'both' } : null,
    filters,
    layout: value('layout') ?? DEFAULT_VIEW.layout,
    view: value('view') ?? DEFAULT_VIEW.view,
    level: value('level') ?? null,
    trace,
    path,
    plan: targets.length ? { targets, choices: picks, includeRecommended: value('rec') === '1' } : DEFAULT_PLAN,
    translation: { services: stack, to: value('stack.to') ?? DEFAULT_TRANSLATION.to },
  };
  return { view, dropped };
}

/** The query string for a view, leaving out whatever equals the default. */
export function formatUrl(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.selectedId) params.set('sel', view.selectedId);
  if (view.focus) {
    params.set('focus', view.focus.id);
    params.set('depth', String(view.focus.depth));
    params.set('dir', view.focus.direction);
  }
  if (view.layout !== DEFAULT_VIEW.layout) params.set('layout', view.layout);
  if (view.view !== DEFAULT_VIEW.view) params.set('view', view.view);
  if (view.level) params.set('level', view.level);
  if (view.trace) {
    params.set('trace', view.trace.mode);
    params.set('trace.id', view.trace.id);
    if (view.trace.alone) params.set('alone', '1');
  }
  if (view.path) {
    params.set('from', view.path.from);
    params.set('to', view.path.to);
    params.set('path.kinds', view.path.kinds.join(','));
  }
  if (view.plan.targets.length) {
    params.set('plan', view.plan.targets.join(','));
    if (view.plan.includeRecommended) params.set('rec', '1');
    const picks = Object.entries(view.plan.choices).map(([group, id]) => `${group}~${id}`);
    if (picks.length) params.set('pick', picks.join(','));
  }
  // With a stack, the target is always written: a shared link must not depend on today's default.
  if (view.translation.services.length) {
    params.set('stack', view.translation.services.join(','));
    params.set('stack.to', view.translation.to);
  } else if (view.translation.to !== DEFAULT_TRANSLATION.to) params.set('stack.to', view.translation.to);
  if (view.filters.mode !== DEFAULT_FILTERS.mode) params.set('mode', view.filters.mode);
  if (view.filters.offEdgeKinds.length) params.set('edges.off', view.filters.offEdgeKinds.join(','));
  for (const d of FILTER_DIMENSIONS)
    if (view.filters.off[d].length) params.set(`off.${d}`, view.filters.off[d].join(','));
  const query = params.toString();
  return query ? `?${query}` : '';
}
