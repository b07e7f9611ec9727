/**
 * Transitive prerequisites ("what must I learn first") and their mirror image, unlocks. An
 * objective's prerequisites are what achieves it (its sub-objectives, then their items), so the
 * same walk answers "what do I learn for Implement RAG systems". Only things to learn are
 * returned: tiers and objectives are waypoints, never counted.
 */
import { inEdges, outEdges, type GraphIndex } from '../graph-index.ts';
import type { GraphEdge } from '../graph.ts';
import { isObjectiveKind } from '../vocabulary.ts';

export interface ClosureOptions {
  /** Follow recommended prerequisites as well as hard ones (default true). */
  includeRecommended?: boolean;
  /** Items the learner has learned: the walk stops at them (what only they needed is known too). */
  learned?: ReadonlySet<string>;
}

/** What must come before `id`: its `requires` edges, or for an objective what achieves it. */
export const needEdges = (index: GraphIndex, id: string): readonly GraphEdge[] => {
  const achieved = outEdges(index, id, 'achieved-by');
  return achieved.length > 0 ? achieved : outEdges(index, id, 'requires');
};

/** Tiers, categories and objectives: nodes a walk passes through but never counts as something to learn. */
export const isWaypoint = (index: GraphIndex, id: string) => {
  const kind = index.byId.get(id)?.kind;
  return kind === 'tier' || kind === 'category' || (kind !== undefined && isObjectiveKind(kind));
};

/** A walk's result: what is still to learn, and the learned items it met (and, walking down, stopped at). */
export interface Chain {
  toLearn: Set<string>;
  learned: Set<string>;
}

function walk(
  index: GraphIndex,
  starts: readonly string[],
  next: (id: string) => readonly GraphEdge[],
  end: (edge: GraphEdge) => string,
  { includeRecommended = true, learned = new Set() }: ClosureOptions,
  stopAtLearned: boolean,
): Chain {
  const seen = new Set<string>(starts);
  const stack = [...starts];
  const chain: Chain = { toLearn: new Set(), learned: new Set() };
  while (stack.length > 0) {
    const id = stack.pop()!;
    for (const edge of next(id)) {
      if (!includeRecommended && edge.strength === 'recommended') continue;
      const other = end(edge);
      if (seen.has(other)) continue;
      seen.add(other);
      const known = learned.has(other);
      if (!isWaypoint(index, other)) (known ? chain.learned : chain.toLearn).add(other);
      if (!(known && stopAtLearned)) stack.push(other);
    }
  }
  return chain;
}

/** Everything the given items require, directly or not (any-of members included), excluding the items. */
export function prerequisiteClosure(index: GraphIndex, ids: readonly string[], options: ClosureOptions = {}) {
  const { toLearn, learned } = prerequisiteChain(index, ids, options);
  return new Set([...toLearn, ...learned]);
}

/**
 * The prerequisites still to learn, and the learned ones the walk stopped at: below a learned item
 * the learner knows the rest, unless something unlearned needs it too.
 */
export const prerequisiteChain = (index: GraphIndex, ids: readonly string[], options: ClosureOptions = {}) =>
  walk(
    index,
    ids,
    (id) => needEdges(index, id),
    (e) => e.target,
    options,
    true,
  );

/** Everything that requires the given items, directly or not: what knowing them opens up. */
export function unlocks(index: GraphIndex, ids: readonly string[], options: ClosureOptions = {}) {
  const { toLearn, learned } = unlockChain(index, ids, options);
  return new Set([...toLearn, ...learned]);
}

/** What the items open up, split into what is still to learn and what is learned already. */
export const unlockChain = (index: GraphIndex, ids: readonly string[], options: ClosureOptions = {}) =>
  walk(
    index,
    ids,
    (id) => inEdges(index, id, 'requires'),
    (e) => e.source,
    options,
    false,
  );
