/**
 * Translating a stack: reading the pasted names, and one row per input service with its
 * counterparts on the target cloud, or the reason there are none. Pure, tested without a DOM.
 */
import type { GraphIndex } from '../../domain/graph-index';
import {
  groupByService,
  translate,
  type Caveat,
  type ServiceCounterpart,
  type Translation,
} from '../../domain/queries/equivalents';
import { resolveStack, type StackResolution } from '../../domain/queries/resolve-stack';
import type { Search } from '../../domain/queries/search';
import type { ProviderId } from '../../domain/vocabulary';
import { labelOf } from './compare-model';

/** "S3, Lambda\nSageMaker" → ["S3", "Lambda", "SageMaker"]; repeats (in any case) count once. */
export function parseNames(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const raw of text.split(/[,;\r\n]+/)) {
    const name = raw.trim();
    const key = name.toLowerCase();
    if (!name || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

export interface Unrecognised {
  name: string;
  /** Node ids of the closest names: only cloud services when there are any. */
  suggestions: string[];
}

/**
 * The pasted names through the shared resolver (see resolveStack): names that fit several
 * services come back as `ambiguous`, with the candidates as suggestions, for the person to pick.
 */
export function resolveNames(
  index: GraphIndex,
  names: readonly string[],
  search?: Search,
): Pick<StackResolution, 'ids' | 'from' | 'fromReason' | 'resolved'> & {
  unknown: Unrecognised[];
  ambiguous: Unrecognised[];
} {
  const result = resolveStack(index, names, { search });
  // A stack is made of cloud services: when any suggestion is one, the others are noise.
  const unknown = result.unknown.map(({ name, suggestions }) => {
    const services = suggestions.filter((id) => index.byId.get(id)?.kind === 'service');
    return { name, suggestions: services.length > 0 ? services : suggestions };
  });
  const ambiguous = result.ambiguous.map(({ name, candidates }) => ({ name, suggestions: candidates }));
  return { ...result, unknown, ambiguous };
}

/** "On Amazon MWAA: …": a caveat always says which service it is about. */
export const caveatSentences = (index: GraphIndex, caveats: readonly Caveat[]) =>
  caveats.map((c) => `On ${labelOf(index, c.service)}: ${c.text}`);

/** The stack written back as text: official names, then whatever was not recognised, to fix in place. */
export const formatStack = (index: GraphIndex, ids: readonly string[], unknownNames: readonly string[] = []) =>
  [...ids.map((id) => labelOf(index, id)), ...unknownNames].join(', ');

export interface TranslationRow {
  from: string;
  /** One entry per counterpart service, capabilities folded together. */
  counterparts: ServiceCounterpart[];
  /** Capabilities of `from` that nothing on the target covers. */
  missing: string[];
  reason?: Translation['reason'];
  /** The service is already on the target cloud. */
  same: boolean;
}

/** The translation in the order the services were given, mapped or not. */
export function translationRows(index: GraphIndex, services: readonly string[], to: ProviderId): TranslationRow[] {
  const { mapped, gaps } = translate(index, services, to);
  const byFrom = new Map([...mapped, ...gaps].map((t) => [t.from, t]));
  return [...new Set(services)].flatMap((id) => {
    const t = byFrom.get(id);
    if (!t) return [];
    return [
      {
        from: id,
        counterparts: groupByService(t.counterparts),
        missing: t.missing,
        ...(t.reason ? { reason: t.reason } : {}),
        same: index.byId.get(id)?.provider === to,
      },
    ];
  });
}

export const REASON_TEXT: Record<NonNullable<Translation['reason']>, string> = {
  'not-a-service': 'not a cloud service',
  'no-capability': 'no capability recorded for it, so nothing to compare',
  'no-counterpart': 'no counterpart',
};

/** One plain sentence for a service that maps to nothing. */
export function gapSentence(index: GraphIndex, row: TranslationRow, targetName: string): string {
  const name = labelOf(index, row.from);
  if (row.reason === 'not-a-service') return `${name}: ${REASON_TEXT['not-a-service']}.`;
  if (row.reason === 'no-capability') return `${name}: ${REASON_TEXT['no-capability']}.`;
  return `No counterpart on ${targetName} for ${name} (${row.missing.map((c) => labelOf(index, c)).join(', ')}).`;
}

/** The capabilities a mapped service has that the target cloud does not cover. */
export const missingSentence = (index: GraphIndex, row: TranslationRow, targetName: string) =>
  `No counterpart on ${targetName} for ${row.missing.map((c) => labelOf(index, c)).join(', ')}.`;
