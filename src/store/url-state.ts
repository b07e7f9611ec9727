/**
 * The view in the URL: `?sel=rag-systems&focus=rag-systems&depth=2&dir=prerequisites&layout=layered
 * &off.tier=3&off.kind=service&edges.off=offered-by&mode=hide`. Parsed back with zod; anything
 * malformed or stale falls back to the default for that part, with a notice saying what was dropped.
 */
import { z } from 'zod';
import type { GraphIndex } from '../domain/graph-index';
import { EDGE_KINDS, type EdgeKind } from '../domain/schema';
import { DEFAULT_VIEW, type ViewState } from './app-state';
import { DEFAULT_FILTERS, FILTER_DIMENSIONS, type Filters } from './filters';
import { DIRECTIONS, FILTER_MODES, LAYOUTS, VIEWS } from './view-options';

const list = z
  .string()
  .max(4000)
  .transform((s) => s.split(',').filter(Boolean));

const UrlParams = z.object({
  sel: z.string().max(200).optional(),
  focus: z.string().max(200).optional(),
  depth: z.coerce.number().int().min(1).max(3).optional(),
  dir: z.enum(DIRECTIONS).optional(),
  layout: z.enum(LAYOUTS).optional(),
  view: z.enum(VIEWS).optional(),
  mode: z.enum(FILTER_MODES).optional(),
  'edges.off': list.pipe(z.array(z.enum(EDGE_KINDS))).optional(),
  ...Object.fromEntries(FILTER_DIMENSIONS.map((d) => [`off.${d}`, list.optional()])),
});

export interface ParsedUrl {
  view: ViewState;
  /** What could not be used, in words for the notice. */
  dropped: string[];
}

export function parseUrl(search: string, index: GraphIndex): ParsedUrl {
  const params = Object.fromEntries(new URLSearchParams(search));
  const dropped: string[] = [];
  // Parse key by key, so one bad value costs only itself.
  const value = <K extends keyof typeof UrlParams.shape>(key: K) => {
    if (!(key in params)) return undefined;
    const result = UrlParams.shape[key].safeParse(params[key]);
    if (!result.success) dropped.push(`${key}=${String(params[key]).slice(0, 40)}`);
    return result.success ? (result.data as z.infer<(typeof UrlParams.shape)[K]>) : undefined;
  };
  const knownId = (key: 'sel' | 'focus') => {
    const id = value(key);
    if (id === undefined) return null;
    if (index.byId.has(id)) return id;
    dropped.push(`${key}=${id.slice(0, 40)} (no such item)`);
    return null;
  };

  const selectedId = knownId('sel');
  const focusId = knownId('focus');
  const filters: Filters = {
    mode: value('mode') ?? DEFAULT_FILTERS.mode,
    offEdgeKinds: (value('edges.off') ?? []) as EdgeKind[],
    off: Object.fromEntries(
      FILTER_DIMENSIONS.map((d) => [
        d,
        (value(`off.${d}` as keyof typeof UrlParams.shape) as string[] | undefined) ?? [],
      ]),
    ) as Filters['off'],
  };
  const view: ViewState = {
    selectedId,
    focus: focusId
      ? { id: focusId, depth: (value('depth') ?? 1) as 1 | 2 | 3, direction: value('dir') ?? 'both' }
      : null,
    filters,
    layout: value('layout') ?? DEFAULT_VIEW.layout,
    view: value('view') ?? DEFAULT_VIEW.view,
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
  if (view.filters.mode !== DEFAULT_FILTERS.mode) params.set('mode', view.filters.mode);
  if (view.filters.offEdgeKinds.length) params.set('edges.off', view.filters.offEdgeKinds.join(','));
  for (const d of FILTER_DIMENSIONS)
    if (view.filters.off[d].length) params.set(`off.${d}`, view.filters.off[d].join(','));
  const query = params.toString();
  return query ? `?${query}` : '';
}
