/**
 * The learning plan: everything one or several targets need, in an order where every
 * prerequisite comes before what needs it, minus what the learner already knows. A target may be a
 * learning objective ("Implement RAG systems"): the plan then holds what achieves it, and the
 * objective itself, not being something to learn, is not a step.
 */
import type { GraphIndex } from '../graph-index.ts';
import type { GraphEdge } from '../graph.ts';
import { isWaypoint, needEdges } from './closure.ts';
import { MinHeap } from './min-heap.ts';

export interface PlanOptions {
  /** Items the learner knows: they and whatever only they needed drop out. */
  known?: Iterable<string>;
  /** Follow recommended prerequisites too (default false: hard ones only). */
  includeRecommended?: boolean;
  /** The learner's pick for an any-of group (group id → member id). */
  choices?: Readonly<Record<string, string>>;
}

/** An any-of group met along the way, and the member the plan went with. */
export interface PlanChoice {
  group: string;
  /** The item that requires one of the options. */
  by: string;
  options: string[];
  chosen: string;
}

export interface PlanStep {
  id: string;
  /** Which of the targets need this step (a target needs itself). */
  neededBy: string[];
  /** The items in the plan that require this one directly. */
  via: string[];
  /** True when only recommended prerequisites lead here. */
  recommendedOnly: boolean;
  isTarget: boolean;
}

export interface Plan {
  targets: string[];
  steps: PlanStep[];
  choices: PlanChoice[];
}

export function learningPlan(index: GraphIndex, targetIds: readonly string[], options: PlanOptions = {}): Plan {
  const known = new Set(options.known ?? []);
  // Ties go to the lower tier, then the label: the index holds that order as one number per node.
  const rank = (id: string) => index.order.get(id) ?? Infinity;
  const targets = [...new Set(targetIds)].filter((id) => index.byId.has(id));
  const choices: PlanChoice[] = [];

  // 1. Collect the plan's items and the prerequisite edges between them.
  const requiredBy = new Map<string, Set<string>>(); // item → items in the plan that need it
  const needs = new Map<string, GraphEdge[]>(); // item → its chosen prerequisite edges in the plan
  const hardReach = new Set<string>();
  const included = new Set<string>();
  const queue: string[] = [];
  const include = (id: string) => {
    if (included.has(id)) return;
    included.add(id);
    queue.push(id);
  };
  for (const target of targets) if (!known.has(target)) include(target);

  for (let head = 0; head < queue.length; head++) {
    const item = queue[head]!;
    const chosen: GraphEdge[] = [];
    const groups = new Map<string, GraphEdge[]>();
    for (const edge of needEdges(index, item)) {
      if (edge.strength === 'recommended' && !options.includeRecommended) continue;
      if (edge.group) groups.set(edge.group, [...(groups.get(edge.group) ?? []), edge]);
      else if (!known.has(edge.target)) chosen.push(edge);
    }
    for (const [group, members] of groups) {
      if (members.some((m) => known.has(m.target))) continue; // satisfied by what the learner knows
      const pick =
        members.find((m) => m.target === options.choices?.[group]) ??
        members.find((m) => included.has(m.target)) ??
        members.reduce((best, m) => (rank(m.target) < rank(best.target) ? m : best));
      choices.push({ group, by: item, options: members.map((m) => m.target), chosen: pick.target });
      chosen.push(pick);
    }
    needs.set(item, chosen);
    for (const edge of chosen) {
      const by = requiredBy.get(edge.target) ?? new Set<string>();
      by.add(item);
      requiredBy.set(edge.target, by);
      include(edge.target);
    }
  }

  // 2. Which targets need each item, and which items are reached through hard edges alone.
  const neededBy = new Map<string, string[]>();
  for (const target of targets) {
    if (!included.has(target)) continue;
    const stack = [target];
    const seen = new Set([target]);
    while (stack.length > 0) {
      const id = stack.pop()!;
      neededBy.set(id, [...(neededBy.get(id) ?? []), target]);
      for (const { target: next } of needs.get(id) ?? [])
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
    }
  }
  const hardStack = targets.filter((t) => included.has(t));
  hardStack.forEach((t) => hardReach.add(t));
  while (hardStack.length > 0) {
    const id = hardStack.pop()!;
    // Only the edges the plan took: an any-of member that was not chosen is not needed through it.
    for (const edge of needs.get(id) ?? [])
      if (edge.strength === 'hard' && !hardReach.has(edge.target)) {
        hardReach.add(edge.target);
        hardStack.push(edge.target);
      }
  }

  // 3. Order: Kahn's algorithm, always taking the lowest tier, then label, among the ready items.
  const waiting = new Map<string, number>();
  const heap = new MinHeap<string>((a, b) => rank(a) < rank(b));
  for (const id of included) {
    const count = needs.get(id)?.length ?? 0;
    waiting.set(id, count);
    if (count === 0) heap.push(id);
  }
  const targetSet = new Set(targets);
  const steps: PlanStep[] = [];
  while (heap.size > 0) {
    const id = heap.pop()!;
    if (!isWaypoint(index, id))
      steps.push({
        id,
        neededBy: neededBy.get(id) ?? [],
        via: [...(requiredBy.get(id) ?? [])].sort(),
        recommendedOnly: !hardReach.has(id),
        isTarget: targetSet.has(id),
      });
    for (const dependant of requiredBy.get(id) ?? []) {
      const left = waiting.get(dependant)! - 1;
      waiting.set(dependant, left);
      if (left === 0) heap.push(dependant);
    }
  }
  return { targets, steps, choices };
}
