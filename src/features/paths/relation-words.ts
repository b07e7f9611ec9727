/**
 * Relations in words, for the path list and the trace bar. The path finder walks edges either
 * way, so each kind reads in two directions: "LangChain requires Python", "Python is required by
 * LangChain".
 */
import type { GraphEdge } from '../../domain/graph';
import { EDGE_KINDS, type EdgeKind } from '../../domain/vocabulary';
import { EDGE_LOOKS } from '../../encoding/encoding';

export const DEFAULT_PATH_KINDS: readonly EdgeKind[] = ['requires', 'builds-on', 'uses'];

const READINGS: Record<EdgeKind, { forward: string; inverse: string; name: string }> = {
  requires: { forward: 'requires', inverse: 'is required by', name: 'requires' },
  'builds-on': { forward: 'builds on', inverse: 'is built on by', name: 'builds on' },
  uses: { forward: 'uses', inverse: 'is used by', name: 'uses' },
  'integrates-with': { forward: 'integrates with', inverse: 'integrates with', name: 'integrates with' },
  'alternative-to': { forward: 'is an alternative to', inverse: 'is an alternative to', name: 'alternative to' },
  implements: { forward: 'implements', inverse: 'is implemented by', name: 'implements' },
  'offered-by': { forward: 'is offered by', inverse: 'offers', name: 'offered by' },
  'achieved-by': { forward: 'is achieved by', inverse: 'achieves', name: 'achieved by' },
};

/** How the step from `previous` over `edge` reads: the edge's own wording when walked forwards. */
export const relationFrom = (previous: string, edge: GraphEdge): string =>
  edge.source === previous ? READINGS[edge.kind].forward : READINGS[edge.kind].inverse;

/**
 * The checkbox label: the legend's wording, so the panel and the legend name relations alike,
 * without the notes about arrowheads and dashes that only make sense on the canvas.
 */
export const kindLabel = (kind: EdgeKind): string => EDGE_LOOKS[kind].legend.replace(/\s*\(.*\)\s*$/, '');

/** "requires, builds on or uses", in the order of EDGE_KINDS. */
export function kindsInWords(kinds: readonly EdgeKind[]): string {
  const names = EDGE_KINDS.filter((k) => kinds.includes(k)).map((k) => READINGS[k].name);
  if (names.length <= 1) return names[0] ?? 'no relation';
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}
