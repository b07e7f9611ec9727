/**
 * Cross-cloud equivalence, derived from shared capabilities: two services are counterparts when
 * they implement the same capability. Nothing is written pairwise, so it is symmetric by design.
 */
import { inEdges, outEdges, type GraphIndex } from '../graph-index.ts';
import type { GraphEdge } from '../graph.ts';
import type { Match, ProviderId } from '../vocabulary.ts';

/** A limitation, and whose it is: the counterpart's, or the service being compared's own. */
export interface Caveat {
  service: string;
  text: string;
}

export interface Counterpart {
  service: string;
  provider: ProviderId;
  capability: string;
  /** The weaker of the two services' grades for the shared capability. */
  match: Match;
  /** Caveats of either side, when partial, each with the service it is about. */
  caveats: Caveat[];
  /** Where the claims come from, and when they were last checked. */
  sources: { url: string; checked: string }[];
}

const claim = (e: GraphEdge) => ({ url: e.sourceUrl ?? '', checked: e.checked ?? '' });
const caveatOf = (service: string, e: GraphEdge): Caveat | undefined =>
  e.caveat ? { service, text: e.caveat } : undefined;

/** The counterparts of a service on the other providers (or on `only`), one row per shared capability. */
export function equivalents(index: GraphIndex, serviceId: string, only?: ProviderId): Counterpart[] {
  const own = index.byId.get(serviceId)?.provider;
  const rows: Counterpart[] = [];
  for (const mine of outEdges(index, serviceId, 'implements'))
    for (const theirs of inEdges(index, mine.target, 'implements')) {
      const other = index.byId.get(theirs.source);
      if (!other?.provider || other.provider === own || (only && other.provider !== only)) continue;
      const partial = mine.match === 'partial' || theirs.match === 'partial';
      rows.push({
        service: other.id,
        provider: other.provider,
        capability: mine.target,
        match: partial ? 'partial' : 'full',
        caveats: [caveatOf(serviceId, mine), caveatOf(other.id, theirs)].filter((c): c is Caveat => !!c),
        sources: [
          claim(mine),
          ...(theirs.sourceUrl === mine.sourceUrl && theirs.checked === mine.checked ? [] : [claim(theirs)]),
        ],
      });
    }
  return rows.sort(
    (a, b) =>
      a.provider.localeCompare(b.provider) ||
      (a.match === b.match ? 0 : a.match === 'full' ? -1 : 1) ||
      a.capability.localeCompare(b.capability) ||
      a.service.localeCompare(b.service),
  );
}

export interface Translation {
  from: string;
  counterparts: Counterpart[];
  /** Capabilities of `from` with no counterpart on the target provider. */
  missing: string[];
  /** Why nothing could be mapped at all, when that is the case. */
  reason?: 'not-a-service' | 'no-capability' | 'no-counterpart';
}

/**
 * Maps each service to the target provider. Every input lands in `mapped` (at least one
 * counterpart) or in `gaps` (none, with the reason), so nothing is dropped silently.
 */
export function translate(index: GraphIndex, serviceIds: readonly string[], to: ProviderId) {
  const mapped: Translation[] = [];
  const gaps: Translation[] = [];
  for (const from of new Set(serviceIds)) {
    const node = index.byId.get(from);
    const capabilities = outEdges(index, from, 'implements').map((e) => e.target);
    if (node?.kind !== 'service') {
      gaps.push({ from, counterparts: [], missing: [], reason: 'not-a-service' });
      continue;
    }
    if (capabilities.length === 0) {
      gaps.push({ from, counterparts: [], missing: [], reason: 'no-capability' });
      continue;
    }
    // A service already on the target provider is its own counterpart.
    const counterparts =
      node.provider === to
        ? capabilities.map((capability) => selfMatch(index, from, capability))
        : equivalents(index, from, to);
    const covered = new Set(counterparts.map((c) => c.capability));
    const missing = capabilities.filter((c) => !covered.has(c));
    if (counterparts.length > 0) mapped.push({ from, counterparts, missing });
    else gaps.push({ from, counterparts, missing, reason: 'no-counterpart' });
  }
  return { mapped, gaps };
}

function selfMatch(index: GraphIndex, id: string, capability: string): Counterpart {
  const edge = outEdges(index, id, 'implements').find((e) => e.target === capability)!;
  return {
    service: id,
    provider: index.byId.get(id)!.provider!,
    capability,
    match: edge.match ?? 'full',
    caveats: edge.caveat ? [{ service: id, text: edge.caveat }] : [],
    sources: [claim(edge)],
  };
}

export interface ServiceCounterpart {
  service: string;
  provider: ProviderId;
  /** `partial` if any shared capability is only partly matched. */
  match: Match;
  capabilities: string[];
  caveats: Caveat[];
  sources: { url: string; checked: string }[];
}

/** Folds per-capability rows into one entry per counterpart service, in first-seen order. */
export function groupByService(rows: readonly Counterpart[]): ServiceCounterpart[] {
  const grouped = new Map<string, ServiceCounterpart>();
  for (const row of rows) {
    const entry = grouped.get(row.service);
    if (!entry) {
      grouped.set(row.service, {
        ...row,
        capabilities: [row.capability],
        caveats: [...row.caveats],
        sources: [...row.sources],
      });
      continue;
    }
    entry.capabilities.push(row.capability);
    if (row.match === 'partial') entry.match = 'partial';
    for (const caveat of row.caveats)
      if (!entry.caveats.some((c) => c.service === caveat.service && c.text === caveat.text))
        entry.caveats.push(caveat);
    for (const source of row.sources) if (!entry.sources.some((s) => s.url === source.url)) entry.sources.push(source);
  }
  return [...grouped.values()];
}
