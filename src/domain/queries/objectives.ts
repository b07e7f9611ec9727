/**
 * The curriculum's learning objectives: which are met given what the learner has learned, and
 * which objectives an item serves. An objective is achieved by its sub-objectives; a sub-objective
 * by items (an any-of group when one of several is enough), so "met" reads like "prerequisites met".
 */
import { inEdges, outEdges, type GraphIndex } from '../graph-index.ts';
import type { Tier } from '../vocabulary.ts';
import { edgesMet } from './ready.ts';

export interface SubObjectiveProgress {
  id: string;
  /** The items that can achieve it, any-of members included, in the data's order. */
  items: string[];
  /** What it needs: each plain item is one requirement, each any-of group one more. */
  requirements: number;
  /** How many of those are learned (a group by any one member). */
  satisfied: number;
  met: boolean;
}

export interface ObjectiveProgress {
  id: string;
  tier: Tier;
  subObjectives: SubObjectiveProgress[];
  /** How many of its sub-objectives are met. */
  met: number;
}

const byOrder = (index: GraphIndex) => (a: string, b: string) => index.order.get(a)! - index.order.get(b)!;

/** The top-level objectives, tier by tier, in the order the data lists them. */
export const objectiveIds = (index: GraphIndex): string[] =>
  index.graph.nodes.filter((n) => n.kind === 'objective').map((n) => n.id);

export function objectiveProgress(index: GraphIndex, learned: ReadonlySet<string>): ObjectiveProgress[] {
  return objectiveIds(index)
    .map((id): ObjectiveProgress => {
      const subObjectives = outEdges(index, id, 'achieved-by').map(({ target }): SubObjectiveProgress => {
        const edges = outEdges(index, target, 'achieved-by');
        const items = [...new Set(edges.map((e) => e.target))];
        const requirements = new Map<string, boolean>();
        for (const e of edges) {
          const key = e.group ?? e.target;
          requirements.set(key, (requirements.get(key) ?? false) || learned.has(e.target));
        }
        return {
          id: target,
          items,
          requirements: requirements.size,
          satisfied: [...requirements.values()].filter(Boolean).length,
          met: edgesMet(edges, learned),
        };
      });
      return { id, tier: index.byId.get(id)!.tier!, subObjectives, met: subObjectives.filter((s) => s.met).length };
    })
    .sort((a, b) => a.tier - b.tier);
}

/** The objectives an item serves: each sub-objective it helps achieve, with its objective. */
export function objectivesServedBy(index: GraphIndex, id: string): { objective: string; subObjective: string }[] {
  return inEdges(index, id, 'achieved-by')
    .map((e) => e.source)
    .sort(byOrder(index))
    .flatMap((sub) => inEdges(index, sub, 'achieved-by').map((e) => ({ objective: e.source, subObjective: sub })));
}
