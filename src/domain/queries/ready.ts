/** "Ready to learn now": what the learner can start, given what they have learned. */
import { outEdges, type GraphIndex } from '../graph-index.ts';
import type { GraphEdge } from '../graph.ts';
import { isCurriculumItem } from '../vocabulary.ts';

/** Whether every hard edge is met by a learned item (an any-of group needs one learned member). */
export function edgesMet(edges: readonly GraphEdge[], learned: ReadonlySet<string>): boolean {
  const groups = new Map<string, boolean>();
  for (const edge of edges) {
    if (edge.strength !== 'hard') continue;
    if (edge.group) groups.set(edge.group, (groups.get(edge.group) ?? false) || learned.has(edge.target));
    else if (!learned.has(edge.target)) return false;
  }
  return [...groups.values()].every(Boolean);
}

/** Whether every hard prerequisite of `id` is learned (an any-of group needs one learned member). */
export const prerequisitesMet = (index: GraphIndex, id: string, learned: ReadonlySet<string>): boolean =>
  edgesMet(outEdges(index, id, 'requires'), learned);

/** Curriculum items not learned yet whose hard prerequisites are all learned, in reading order. */
export function readyToLearn(index: GraphIndex, learned: ReadonlySet<string>): string[] {
  return index.graph.nodes
    .filter((n) => isCurriculumItem(n) && !learned.has(n.id) && prerequisitesMet(index, n.id, learned))
    .map((n) => n.id)
    .sort((a, b) => index.order.get(a)! - index.order.get(b)!);
}
