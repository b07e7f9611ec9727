/**
 * The plan as the panel and the exports show it: the domain's ordered steps with labels, grouped
 * by tier and numbered, the any-of choices, and what the learner's progress left out. Pure, so
 * the panel, the Markdown and the CSV can never disagree about the order.
 */
import type { GraphIndex } from '../../domain/graph-index';
import { learnedSet, statusOf, type Progress, type Status } from '../../domain/progress';
import { learningPlan, type Plan } from '../../domain/queries/plan';
import type { Tier } from '../../domain/vocabulary';
import { TIER_NAMES } from '../../encoding/encoding';
import type { PlanSettings } from '../../store/app-state';

export interface ItemRef {
  id: string;
  label: string;
}

export interface StepView extends ItemRef {
  /** 1-based position in the whole plan. */
  order: number;
  kind: string;
  tier?: Tier;
  categoryLabel?: string;
  description: string;
  links: string[];
  /** The items in the plan that need this one directly. */
  via: ItemRef[];
  /** The targets that need it. */
  neededBy: ItemRef[];
  recommendedOnly: boolean;
  isTarget: boolean;
  status: Status;
}

export interface StepGroup {
  key: string;
  title: string;
  steps: StepView[];
}

export interface ChoiceView {
  group: string;
  by: ItemRef;
  options: ItemRef[];
  chosen: string;
  /** The accessible name of the control; unique within the plan. */
  controlLabel: string;
}

export interface PlanView {
  targets: ItemRef[];
  groups: StepGroup[];
  /** All steps, in the order shown (the same as the groups, flattened). */
  steps: StepView[];
  choices: ChoiceView[];
  /** Learned items the plan would otherwise hold, and items only they needed. */
  leftOut: { learned: ItemRef[]; onlyForLearned: ItemRef[] };
  counts: { steps: number; learning: number; recommended: number };
}

const refOf = (index: GraphIndex, id: string): ItemRef => ({ id, label: index.byId.get(id)?.label ?? id });

const GROUP_TITLES: Record<Tier | 'other', string> = { ...TIER_NAMES, other: 'Other items' };
const groupKeyOf = (tier: Tier | undefined): Tier | 'other' => tier ?? 'other';
const GROUP_RANK = (key: Tier | 'other') => (key === 'other' ? 4 : key);

/**
 * What the learner's progress took out of the plan. The domain drops known items silently, so
 * the plan is worked out once more without them; where an any-of group has a learned member, that
 * member is preferred, since that is what satisfied the group.
 */
export function leftOutByProgress(
  index: GraphIndex,
  settings: PlanSettings,
  learned: ReadonlySet<string>,
  plan: Plan,
): PlanView['leftOut'] {
  if (learned.size === 0) return { learned: [], onlyForLearned: [] };
  let choices: Record<string, string> = { ...settings.choices };
  let full = learningPlan(index, settings.targets, { includeRecommended: settings.includeRecommended, choices });
  // Each pass may reach new groups; the graph is small and groups are few, so a handful of passes settle it.
  for (let pass = 0; pass < 4; pass++) {
    const preferred = { ...choices };
    for (const choice of full.choices) {
      const learnedOption = choice.options.find((o) => learned.has(o));
      if (learnedOption && preferred[choice.group] !== learnedOption) preferred[choice.group] = learnedOption;
    }
    if (Object.keys(preferred).every((g) => preferred[g] === choices[g])) break;
    choices = preferred;
    full = learningPlan(index, settings.targets, { includeRecommended: settings.includeRecommended, choices });
  }
  const inPlan = new Set(plan.steps.map((s) => s.id));
  return {
    learned: full.steps.filter((s) => learned.has(s.id)).map((s) => refOf(index, s.id)),
    onlyForLearned: full.steps.filter((s) => !learned.has(s.id) && !inPlan.has(s.id)).map((s) => refOf(index, s.id)),
  };
}

/** Names the choice controls; an item with two any-of groups gets numbered names. */
function choiceViews(index: GraphIndex, plan: Plan): ChoiceView[] {
  const perItem = new Map<string, number>();
  for (const c of plan.choices) perItem.set(c.by, (perItem.get(c.by) ?? 0) + 1);
  const seen = new Map<string, number>();
  return plan.choices.map((c) => {
    const by = refOf(index, c.by);
    const nth = (seen.get(c.by) ?? 0) + 1;
    seen.set(c.by, nth);
    return {
      group: c.group,
      by,
      options: c.options.map((o) => refOf(index, o)),
      chosen: c.chosen,
      controlLabel: `Choice for ${by.label}${(perItem.get(c.by) ?? 0) > 1 ? ` (${nth})` : ''}`,
    };
  });
}

/** The plan for the settings and progress, ready to show or export. */
export function buildPlanView(
  index: GraphIndex,
  settings: PlanSettings,
  progress: Progress,
  // The store's selectPlan gives the same plan, memoised; tests and exports may leave it out.
  plan: Plan = learningPlan(index, settings.targets, {
    known: learnedSet(progress),
    includeRecommended: settings.includeRecommended,
    choices: settings.choices,
  }),
): PlanView {
  const learned = learnedSet(progress);

  // Prerequisites never sit in a higher tier than what needs them (the validator checks it), so
  // grouping by tier keeps the plan's order; the sort is stable within a tier.
  const byGroup = new Map<Tier | 'other', typeof plan.steps>();
  for (const step of plan.steps) {
    const key = groupKeyOf(index.byId.get(step.id)?.tier);
    byGroup.set(key, [...(byGroup.get(key) ?? []), step]);
  }
  const keys = [...byGroup.keys()].sort((a, b) => GROUP_RANK(a) - GROUP_RANK(b));

  let order = 0;
  const groups: StepGroup[] = keys.map((key) => ({
    key: String(key),
    title: GROUP_TITLES[key],
    steps: byGroup.get(key)!.map((step): StepView => {
      const node = index.byId.get(step.id);
      const category = node?.category ? index.byId.get(node.category) : undefined;
      return {
        ...refOf(index, step.id),
        order: ++order,
        kind: node?.kind ?? 'item',
        ...(node?.tier === undefined ? {} : { tier: node.tier }),
        ...(node?.category ? { categoryLabel: category?.label ?? node.category } : {}),
        description: node?.description ?? '',
        links: (node?.links ?? []).filter((url) => url.startsWith('https://')),
        via: step.via.map((id) => refOf(index, id)),
        neededBy: step.neededBy.map((id) => refOf(index, id)),
        recommendedOnly: step.recommendedOnly,
        isTarget: step.isTarget,
        status: statusOf(progress, step.id),
      };
    }),
  }));
  const steps = groups.flatMap((g) => g.steps);

  return {
    targets: settings.targets.filter((id) => index.byId.has(id)).map((id) => refOf(index, id)),
    groups,
    steps,
    choices: choiceViews(index, plan),
    leftOut: leftOutByProgress(index, settings, learned, plan),
    counts: {
      steps: steps.length,
      learning: steps.filter((s) => s.status === 'learning').length,
      recommended: steps.filter((s) => s.recommendedOnly).length,
    },
  };
}

/**
 * The plan's length, in the Details panel's terms: "11 steps: 10 to learn first, then RAG Systems".
 * A plan for an objective has no target step (the objective is reached through its items): "5 steps".
 */
export function planLengthInWords(view: Pick<PlanView, 'steps'>): string {
  const targets = view.steps.filter((s) => s.isTarget);
  const total = plural(view.steps.length, 'step');
  if (targets.length === 0 || targets.length === view.steps.length) return total;
  return `${total}: ${view.steps.length - targets.length} to learn first, then ${listText(targets.map((t) => t.label))}`;
}

/** "1 step" / "3 steps". */
export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** "A", "A and B", "A, B and C". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
