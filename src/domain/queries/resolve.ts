/** Turning what a person types (an id, a label, an alias, a former name) into a node id. */
import { closest } from '../closest.ts';
import type { GraphIndex } from '../graph-index.ts';
import type { Search } from './search.ts';

export type Resolution = { ok: true; id: string } | { ok: false; name: string; suggestions: string[] };

/** Case-insensitive exact match on id, label, alias, former name or checklist name. */
export function resolveName(index: GraphIndex, name: string, search?: Search): Resolution {
  const id = index.byName.get(name.trim().toLowerCase());
  if (id) return { ok: true, id };
  const fuzzy = search?.(name, 3).map((h) => h.id) ?? [];
  const suggestions = fuzzy.length > 0 ? fuzzy : closest(name, index.byId.keys());
  return { ok: false, name, suggestions };
}
