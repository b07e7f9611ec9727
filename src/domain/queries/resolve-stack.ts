/**
 * Reading a stack of service names ("S3, Lambda, OpenSearch, CloudFront") for translation. Names
 * that fit several services are settled by the cloud the stack comes from: given, or inferred
 * from the names that are unambiguous (most of them on one provider). What is still ambiguous or
 * unknown is returned as such, for the caller to ask about.
 */
import type { GraphIndex } from '../graph-index.ts';
import type { ProviderId } from '../vocabulary.ts';
import { resolveName, type Resolution } from './resolve.ts';
import type { Search } from './search.ts';

export interface StackResolution {
  /** The cloud the stack is read as coming from, if any. */
  from?: ProviderId;
  /** How `from` was decided: given by the caller, or inferred from these names' providers. */
  fromReason: 'given' | 'inferred' | 'none';
  /** Resolved ids in the order given, each once. */
  ids: string[];
  /** Which name gave which id, for saying "OpenSearch → Amazon OpenSearch Service". */
  resolved: { name: string; id: string }[];
  ambiguous: { name: string; candidates: string[] }[];
  unknown: { name: string; suggestions: string[] }[];
}

/** The provider most of the unambiguous services belong to; none on a tie or when there are none. */
function majorityProvider(index: GraphIndex, results: readonly Resolution[]): ProviderId | undefined {
  const counts = new Map<ProviderId, number>();
  for (const r of results) {
    const provider = r.status === 'found' ? index.byId.get(r.id)?.provider : undefined;
    if (provider) counts.set(provider, (counts.get(provider) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0]![1] === ranked[1]![1])) return undefined;
  return ranked[0]![0];
}

export function resolveStack(
  index: GraphIndex,
  names: readonly string[],
  options: { from?: ProviderId; search?: Search } = {},
): StackResolution {
  const context = { services: true, search: options.search };
  const from =
    options.from ??
    majorityProvider(
      index,
      names.map((n) => resolveName(index, n, context)),
    );
  const result: StackResolution = {
    ...(from ? { from } : {}),
    fromReason: options.from ? 'given' : from ? 'inferred' : 'none',
    ids: [],
    resolved: [],
    ambiguous: [],
    unknown: [],
  };
  for (const name of names) {
    const r = resolveName(index, name, { ...context, ...(from ? { provider: from } : {}) });
    if (r.status === 'found') {
      result.resolved.push({ name, id: r.id });
      if (!result.ids.includes(r.id)) result.ids.push(r.id);
    } else if (r.status === 'ambiguous') result.ambiguous.push({ name, candidates: r.candidates });
    else result.unknown.push({ name, suggestions: r.suggestions });
  }
  return result;
}
