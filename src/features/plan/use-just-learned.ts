/**
 * Notices the steps that just left the plan because they were marked learned, so the panel can
 * say so (the row itself is gone) and offer to undo.
 */
import { useState } from 'react';
import type { Status } from '../../domain/progress';
import type { StepView } from './plan-model';

export interface JustLearned {
  items: { id: string; label: string; before: Status }[];
}

export function useJustLearned(steps: readonly StepView[], isLearned: (id: string) => boolean) {
  const [previous, setPrevious] = useState(steps);
  const [justLearned, setJustLearned] = useState<JustLearned | null>(null);
  // Adjusting state while rendering (React's "store information from previous renders"): no effect, no extra paint.
  if (previous !== steps) {
    setPrevious(steps);
    const still = new Set(steps.map((s) => s.id));
    const gone = previous.filter((s) => !still.has(s.id) && isLearned(s.id));
    setJustLearned(gone.length ? { items: gone.map((s) => ({ id: s.id, label: s.label, before: s.status })) } : null);
  }
  return [justLearned, () => setJustLearned(null)] as const;
}
