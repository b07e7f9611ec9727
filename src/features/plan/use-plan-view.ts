/** The plan for the store's targets, choices and progress, worked out once per change. */
import { useMemo } from 'react';
import { useAppStore } from '../../store/store-context';
import { selectIndex, selectPlan, selectPlanSettings, selectProgress } from '../../store/selectors';
import { buildPlanView, type PlanView } from './plan-model';

export function usePlanView(): PlanView {
  const index = useAppStore(selectIndex);
  const settings = useAppStore(selectPlanSettings);
  const progress = useAppStore(selectProgress);
  const plan = useAppStore(selectPlan);
  // The store replaces `plan` and `progress` on every change, so these are exact keys.
  return useMemo(() => buildPlanView(index, settings, progress, plan), [index, settings, progress, plan]);
}
