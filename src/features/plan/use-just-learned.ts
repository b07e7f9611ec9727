/**
 * Notices the steps that just left the plan because they were marked learned, so the panel can
 * say so (the row itself is gone), offer to undo, and offer what the status control would have
 * offered had its row stayed: marking the item's unlearned hard prerequisites learned too.
 */
import { useState } from 'react';
import type { GraphIndex } from '../../domain/graph-index';
import { learnedSet, statusOf, type Progress, type Status } from '../../domain/progress';
import { learningPlan, type PlanOptions } from '../../domain/queries/plan';
import { listText, type StepView } from './plan-model';

export interface JustLearned {
  items: { id: string; label: string; before: Status }[];
  /** Unlearned hard prerequisites of those items, offered to be marked learned as well. */
  offer: string[];
}

/**
 * What the plan of `ids` still has before them, in plan order: the same steps the Details panel
 * counts as "to learn first" (hard prerequisites, one member per any-of group, learned ones out).
 */
export function unlearnedPrerequisites(
  index: GraphIndex,
  progress: Progress,
  ids: readonly string[],
  settings: Pick<PlanOptions, 'includeRecommended' | 'choices'> = {},
): string[] {
  const learned = learnedSet(progress);
  const targets = new Set(ids);
  return learningPlan(index, ids, { ...settings, known: [...learned].filter((id) => !targets.has(id)) })
    .steps.map((s) => s.id)
    .filter((id) => !targets.has(id));
}

/** "Also mark its prerequisite Probability learned?" — names while they are few, a count after. */
export function offerQuestion(items: number, prerequisites: readonly string[]): string {
  const whose = items === 1 ? 'its' : 'their';
  const n = prerequisites.length;
  const what =
    n === 1
      ? `prerequisite ${prerequisites[0]}`
      : n <= 3
        ? `prerequisites ${listText(prerequisites)}`
        : `${n} prerequisites`;
  return `Also mark ${whose} ${what} learned?`;
}

export function useJustLearned(
  steps: readonly StepView[],
  index: GraphIndex,
  progress: Progress,
  settings: Pick<PlanOptions, 'includeRecommended' | 'choices'>,
) {
  const [previous, setPrevious] = useState(steps);
  const [justLearned, setJustLearned] = useState<JustLearned | null>(null);
  // Set when the panel itself marks the offered prerequisites: that change is part of this notice.
  const [absorbing, setAbsorbing] = useState(false);
  // Adjusting state while rendering (React's "store information from previous renders"): no effect, no extra paint.
  if (previous !== steps) {
    setPrevious(steps);
    if (absorbing) setAbsorbing(false);
    else {
      const still = new Set(steps.map((s) => s.id));
      const gone = previous.filter((s) => !still.has(s.id) && statusOf(progress, s.id) === 'learned');
      setJustLearned(
        gone.length
          ? {
              items: gone.map((s) => ({ id: s.id, label: s.label, before: s.status })),
              offer: unlearnedPrerequisites(
                index,
                progress,
                gone.map((s) => s.id),
                settings,
              ),
            }
          : null,
      );
    }
  }

  /** Call just before marking `justLearned.offer` learned: the notice takes them in, so Undo covers them. */
  const absorbOffer = () => {
    if (!justLearned) return;
    setAbsorbing(true);
    setJustLearned({
      items: [
        ...justLearned.items,
        ...justLearned.offer.map((id) => ({
          id,
          label: index.byId.get(id)?.label ?? id,
          before: statusOf(progress, id),
        })),
      ],
      offer: [],
    });
  };
  return [justLearned, () => setJustLearned(null), absorbOffer] as const;
}
