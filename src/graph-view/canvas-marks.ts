/**
 * What the canvas writes before node names: the learner's progress mark (see PROGRESS_MARKS) and,
 * while a prerequisite chain is traced, each step's number in the learning plan. Pure.
 */
import type { GraphIndex } from '../domain/graph-index';
import { learnedSet, type Progress } from '../domain/progress';
import { learningPlan } from '../domain/queries/plan';
import type { PlanSettings, Trace } from '../store/app-state';
import { PROGRESS_MARKS } from '../encoding/encoding';

/** Plan step numbers of a traced prerequisite chain, counting only what is left to learn. */
export function stepNumbers(
  index: GraphIndex,
  trace: Trace | null,
  progress: Progress,
  plan: PlanSettings,
): Map<string, number> {
  if (!trace || trace.mode !== 'prerequisites') return new Map();
  const { steps } = learningPlan(index, [trace.id], {
    known: learnedSet(progress),
    choices: plan.choices,
    includeRecommended: plan.includeRecommended,
  });
  return new Map(steps.map((step, i) => [step.id, i + 1]));
}

/** The text before a node's name: its step number, or its progress mark. */
export function labelPrefix(id: string, steps: ReadonlyMap<string, number>, progress: Progress): string | undefined {
  const step = steps.get(id);
  if (step !== undefined) return `${step}. `;
  const status = Object.hasOwn(progress.items, id) ? progress.items[id] : undefined;
  return status ? `${PROGRESS_MARKS[status].mark} ` : undefined;
}
