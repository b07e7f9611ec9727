/**
 * The view in the URL, e.g. `?sel=rag-systems&focus=rag-systems&depth=2&dir=prerequisites
 * &layout=layered&off.tier=3&edges.off=offered-by&mode=hide&level=intermediate&plan=rag-systems,mlflow`.
 * Parsed back with zod (its tree-shakable `zod/mini` build), key by key: anything malformed or stale falls back to the default for
 * that part only, and is listed so the person can be told what was dropped.
 */
import * as z from 'zod/mini';
import type { GraphIndex } from '../domain/graph-index';
import { LEVELS } from '../domain/levels';
import { EDGE_KINDS, ID_MAX, NODE_KINDS, PRIORITIES, PROVIDERS, type EdgeKind } from '../domain/vocabulary';
import { DEFAULT_PLAN, DEFAULT_TRANSLATION, DEFAULT_VIEW, type ViewState } from './app-state';
import { DEFAULT_FILTERS, FILTER_DIMENSIONS, nodeValue, type FilterDimension, type Filters } from './filters';
import { DIRECTIONS, FILTER_MODES, LAYOUTS, TRACE_MODES, VIEWS } from './view-options';

// zod/mini: the same checks as zod's, tree-shakable, so parsing the URL at start-up stays small.
// Long enough for the longest list a view holds (a stack of 100 ids); the address itself is capped
// by URL_QUERY_LIMIT, and a history entry's state may hold the whole view (see use-url-sync).
const list = z.pipe(
  z.string().check(z.maxLength(100 * (ID_MAX + 1))),
  z.transform((s: string) => s.split(',').filter(Boolean)),
);
const Id = z.string().check(z.minLength(1), z.maxLength(ID_MAX));
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
  const filterValues = (dimension: FilterDimension, values: string[]) => {
    const valid = filterValuesOf(index, dimension);
    const junk = values.filter((v) => !valid.has(v));
    if (junk.length) dropped.push(`off.${dimension}=${junk.join(',').slice(0, 40)} (no such value)`);
    return values.filter((v) => valid.has(v));
  };
  const picks = Object.fromEntries((value('pick') ?? []).map((p) => p.split('~') as [string, string]));
  const filters: Filters = {
    mode: value('mode') ?? DEFAULT_FILTERS.mode,
    offEdgeKinds: (value('edges.off') ?? []) as EdgeKind[],
    off: Object.fromEntries(
      FILTER_DIMENSIONS.map((d) => [d, filterValues(d, (value(`off.${d}` as Key) as string[] | undefined) ?? [])]),
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
  for (const key of Object.keys(params))
    if (!Object.hasOwn(UrlParams.shape, key)) dropped.push(`${key.slice(0, 40)} (unknown)`);
  return { view, dropped };
}

/** The values a filter can switch off: the vocabulary's, or (categories) the graph's; `none` always. */
function filterValuesOf(index: GraphIndex, dimension: FilterDimension): ReadonlySet<string> {
  const fixed: Record<Exclude<FilterDimension, 'category'>, readonly string[]> = {
    tier: ['1', '2', '3'],
    kind: NODE_KINDS,
    provider: PROVIDERS,
    priority: PRIORITIES,
  };
  const values = dimension === 'category' ? index.graph.nodes.map((n) => nodeValue(n, 'category')) : fixed[dimension];
  return new Set([...values, 'none']);
}

/**
 * Servers refuse a request line past about 8 KB (HTTP 431), and then the app is gone: the query
 * string stays well inside that, whatever the view (fifty 200-character plan targets alone would
 * not).
 */
export const URL_QUERY_LIMIT = 6_000;

/** The query string for a view, leaving out whatever equals the default (and what does not fit). */
export const formatUrl = (view: ViewState): string => viewLink(view).query;

/**
 * The query string for a view, at most `limit` characters: parts of the view in order of
 * importance (selection first, filters last), each written whole or not at all; `left` names the
 * parts left out, for a notice.
 */
export function viewLink(view: ViewState, limit = URL_QUERY_LIMIT): { query: string; left: string[] } {
  const parts: [string, [string, string][]][] = [];
  const part = (name: string, ...params: [string, string][]) => void parts.push([name, params]);
  if (view.selectedId) part('the selection', ['sel', view.selectedId]);
  if (view.focus)
    part('the focus', ['focus', view.focus.id], ['depth', String(view.focus.depth)], ['dir', view.focus.direction]);
  if (view.layout !== DEFAULT_VIEW.layout) part('the layout', ['layout', view.layout]);
  if (view.view !== DEFAULT_VIEW.view) part('the tab', ['view', view.view]);
  if (view.level) part('the level', ['level', view.level]);
  if (view.trace)
    part(
      'the trace',
      ['trace', view.trace.mode],
      ['trace.id', view.trace.id],
      ...(view.trace.alone ? [['alone', '1'] as [string, string]] : []),
    );
  if (view.path)
    part('the path', ['from', view.path.from], ['to', view.path.to], ['path.kinds', view.path.kinds.join(',')]);
  if (view.plan.targets.length) {
    const picks = Object.entries(view.plan.choices).map(([group, id]) => `${group}~${id}`);
    part(
      'the plan',
      ['plan', view.plan.targets.join(',')],
      ...(view.plan.includeRecommended ? [['rec', '1'] as [string, string]] : []),
      ...(picks.length ? [['pick', picks.join(',')] as [string, string]] : []),
    );
  }
  // With a stack, the target is always written: a shared link must not depend on today's default.
  if (view.translation.services.length)
    part('the stack', ['stack', view.translation.services.join(',')], ['stack.to', view.translation.to]);
  else if (view.translation.to !== DEFAULT_TRANSLATION.to) part('the target cloud', ['stack.to', view.translation.to]);
  if (view.filters.mode !== DEFAULT_FILTERS.mode) part('the filter mode', ['mode', view.filters.mode]);
  if (view.filters.offEdgeKinds.length)
    part('the relation filters', ['edges.off', view.filters.offEdgeKinds.join(',')]);
  for (const d of FILTER_DIMENSIONS)
    if (view.filters.off[d].length) part(`the ${d} filter`, [`off.${d}`, view.filters.off[d].join(',')]);

  const params = new URLSearchParams();
  const left: string[] = [];
  let length = 1; // the "?"
  for (const [name, entries] of parts) {
    const written = new URLSearchParams(entries).toString();
    const added = written.length + (params.size ? 1 : 0);
    if (length + added > limit) {
      left.push(name);
      continue;
    }
    for (const [key, value] of entries) params.set(key, value);
    length += added;
  }
  const query = params.toString();
  return { query: query ? `?${query}` : '', left };
}
