/**
 * The numbers the app shows, each defined once. Every panel that says how many asks here, so the
 * Details panel, the plan, the trace bar, the filters, the outline and the progress bars cannot
 * disagree about what a number counts:
 *
 * - **steps**: a learning plan's items, hard prerequisites only unless recommended ones are
 *   switched on, one member per any-of group, learned items left out (`learningPlan`);
 * - **chain**: every prerequisite, recommended ones and every member of an any-of group included,
 *   minus what is learned (what "Trace prerequisites" lights);
 * - **items**: the nodes drawn on the canvas (filters, outline);
 * - **checklist rows**: the curriculum checklist's lines (progress), a row being one or more items.
 */
import type { GraphIndex } from '../graph-index.ts';
import { isCurriculumItem, TIERS, type Tier } from '../vocabulary.ts';
import { prerequisiteChain, type Chain } from './closure.ts';
import { learningPlan, type PlanOptions } from './plan.ts';

/** What the Details panel says about learning one item, and what the plan and the trace show for it. */
export interface LearningCounts {
  /** Plan steps before the item: "N steps to learn first". Empty when the item is learned. */
  stepsFirst: string[];
  /** Every prerequisite still to learn, recommended and alternatives included (the trace's count). */
  chain: Chain;
}

export function learningCounts(index: GraphIndex, id: string, options: PlanOptions = {}): LearningCounts {
  const learned = new Set(options.known ?? []);
  const plan = learningPlan(index, [id], { ...options, known: learned });
  return {
    stepsFirst: plan.steps.filter((s) => s.id !== id).map((s) => s.id),
    chain: prerequisiteChain(index, [id], { learned }),
  };
}

/** One line of the curriculum checklist and the node(s) that stand for it. */
export interface ChecklistRow {
  name: string;
  tier: Tier;
  ids: string[];
}

/** The checklist rows, in graph order; a row shared by nodes of different tiers belongs to the lowest. */
export function checklistRows(index: GraphIndex): ChecklistRow[] {
  const byName = new Map<string, ChecklistRow>();
  for (const node of index.graph.nodes) {
    if (!isCurriculumItem(node) || !node.checklist) continue;
    const row = byName.get(node.checklist);
    if (!row) byName.set(node.checklist, { name: node.checklist, tier: node.tier!, ids: [node.id] });
    else {
      row.ids.push(node.id);
      row.tier = Math.min(row.tier, node.tier!) as Tier;
    }
  }
  return [...byName.values()];
}

/** A tier's size both ways: its items (what Filters and the Outline count) and its checklist rows (Progress). */
export interface TierSize {
  tier: Tier;
  /** Curriculum items in the tier: every node the canvas draws with this tier. */
  items: number;
  /** Checklist rows in the tier. */
  checklistRows: number;
  /** Items that are part of no checklist row (added for honest prerequisite chains), in reading order. */
  beyondChecklist: string[];
}

export function tierSizes(index: GraphIndex): TierSize[] {
  const rows = checklistRows(index);
  return TIERS.map((tier) => {
    const ids = index.byTier.get(tier) ?? [];
    return {
      tier,
      items: ids.length,
      checklistRows: rows.filter((r) => r.tier === tier).length,
      beyondChecklist: ids
        .filter((id) => !index.byId.get(id)!.checklist)
        .sort((a, b) => index.order.get(a)! - index.order.get(b)!),
    };
  });
}
