/**
 * What the canvas writes on nodes beyond their names: the learner's progress (a ring, solid when
 * learned and dashed while learning, and a mark before the name, so neither colour nor theme is
 * needed to tell them apart) and, while a prerequisite chain is traced, each step's number in the
 * learning plan. Pure.
 */
import type { GraphIndex } from '../domain/graph-index';
import type { Progress } from '../domain/progress';
import { learningPlan } from '../domain/queries/plan';
import type { PlanSettings, Trace } from '../store/app-state';

export const LEARNED_MARK = '✓ ';
export const LEARNING_MARK = '◐ ';

/** Plan step numbers of a traced prerequisite chain, counting only what is left to learn. */
export function stepNumbers(
  index: GraphIndex,
  trace: Trace | null,
  progress: Progress,
  plan: PlanSettings,
): Map<string, number> {
  if (!trace || trace.mode !== 'prerequisites') return new Map();
  const known = Object.keys(progress.items).filter((id) => progress.items[id] === 'learned');
  const { steps } = learningPlan(index, [trace.id], {
    known,
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
  return status === 'learned' ? LEARNED_MARK : status === 'learning' ? LEARNING_MARK : undefined;
}
