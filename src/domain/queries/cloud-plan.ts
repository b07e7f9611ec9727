/**
 * A learning plan seen through one cloud: each cloud service in the plan from another provider
 * is replaced by its counterparts on the chosen one, and those without a counterpart are flagged.
 */
import type { GraphIndex } from '../graph-index.ts';
import type { ProviderId } from '../vocabulary.ts';
import { equivalents, groupByService, type ServiceCounterpart } from './equivalents.ts';
import type { Plan } from './plan.ts';

export type CloudStep =
  | { id: string; kind: 'same' }
  | { id: string; kind: 'replaced'; by: ServiceCounterpart[] }
  | { id: string; kind: 'no-counterpart' };

export function planForProvider(index: GraphIndex, plan: Plan, provider: ProviderId): CloudStep[] {
  return plan.steps.map(({ id }): CloudStep => {
    const node = index.byId.get(id);
    if (node?.kind !== 'service' || !node.provider || node.provider === provider) return { id, kind: 'same' };
    const by = groupByService(equivalents(index, id, provider));
    return by.length ? { id, kind: 'replaced', by } : { id, kind: 'no-counterpart' };
  });
}
