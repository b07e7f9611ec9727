/**
 * One truth in every view: the numbers the Details panel, the plan, the trace, the filters, the
 * outline, the progress bars and the levels show for the real curriculum agree, because each comes
 * from one definition (src/domain/queries/counts.ts). Then one test per contradiction once seen
 * in the app: RAG Systems 17 vs 11, Docker 14 vs 2, Tier 1 57 vs 56, AWS 39 vs 26.
 */
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, learnedSet, withStatus, type Progress } from '../../src/domain/progress';
import { prerequisiteClosure } from '../../src/domain/queries/closure';
import { tierSizes } from '../../src/domain/queries/counts';
import { LEVELS, LEVEL_TIERS } from '../../src/domain/levels';
import { readyInLevel } from '../../src/features/progress/ready-groups';
import { TIERS } from '../../src/domain/vocabulary';
import { DetailsPanel } from '../../src/features/details/details-panel';
import { detailsModel } from '../../src/features/details/details-model';
import { nodeFilterGroups } from '../../src/features/filters/filter-options';
import { buildOutline } from '../../src/features/outline/outline-groups';
import { buildPlanView, planLengthInWords } from '../../src/features/plan/plan-model';
import { unlearnedPrerequisites } from '../../src/features/plan/use-just-learned';
import { ProgressPanel } from '../../src/features/progress/progress-panel';
import { progressStats } from '../../src/features/progress/progress-stats';
import { DEFAULT_PLAN } from '../../src/store/app-state';
import { DEFAULT_FILTERS } from '../../src/store/filters';
import { computeVisibility } from '../../src/store/visibility';
import { renderWithStore } from '../fixtures/render-app';
import { realAtlas } from '../fixtures/real-atlas';

afterEach(cleanup);

const atlas = realAtlas();
const { index } = atlas;
const ITEMS = ['rag-systems', 'docker', 'mlflow', 'kubernetes', 'pandas'];
const PROGRESS: Record<string, Progress> = {
  'no progress': EMPTY_PROGRESS,
  'Python, SQL and NumPy learned': withStatus(EMPTY_PROGRESS, ['python', 'sql', 'numpy'], 'learned'),
};
const traced = (id: string, mode: 'prerequisites' | 'unlocks', progress: Progress) =>
  computeVisibility(
    atlas,
    DEFAULT_FILTERS,
    null,
    { focus: null, path: null, trace: { id, mode, alone: false } },
    learnedSet(progress),
  );

describe('an item: details, plan, trace and the "mark its prerequisites" offer agree', () => {
  for (const [name, progress] of Object.entries(PROGRESS))
    it(`with ${name}`, () => {
      const known = learnedSet(progress);
      for (const id of ITEMS) {
        const { counts } = detailsModel(index, id, { known })!;
        const plan = buildPlanView(index, { ...DEFAULT_PLAN, targets: [id] }, progress);
        // "N steps to learn first" is the plan without the item…
        expect(counts.stepsFirst, id).toBe(plan.steps.length - 1);
        expect(planLengthInWords(plan)).toBe(
          counts.stepsFirst === 0
            ? '1 step'
            : `${plan.steps.length} steps: ${counts.stepsFirst} to learn first, then ${plan.targets[0]!.label}`,
        );
        // …and exactly what marking it learned offers to mark too.
        expect(unlearnedPrerequisites(index, progress, [id]), id).toHaveLength(counts.stepsFirst);
        // "(M counting recommended and alternatives)" is what the trace lights, learned items apart.
        const prerequisites = traced(id, 'prerequisites', progress);
        expect(prerequisites.inFocus.size - 1, id).toBe(counts.chain.toLearn);
        expect(prerequisites.learnedInHighlight.size, id).toBe(counts.chain.learned);
        for (const learned of known) expect(prerequisites.inFocus.has(learned)).toBe(false);
        const unlocks = traced(id, 'unlocks', progress);
        expect(unlocks.inFocus.size - 1, id).toBe(counts.unlocks.toLearn);
      }
    });
});

describe('tiers, providers and levels: filters, outline and progress agree', () => {
  const filterCount = (dimension: 'tier' | 'provider', value: string) =>
    nodeFilterGroups(index.graph, [dimension])[0]!.options.find((o) => o.value === value)!.count;
  const outline = buildOutline(index, () => true);
  const stats = progressStats(index, EMPTY_PROGRESS);

  it('counts the same items per tier in Filters and the Outline, and rows plus the rest in Progress', () => {
    for (const size of tierSizes(index)) {
      const section = outline.sections.find((s) => s.tier === size.tier)!;
      expect(filterCount('tier', String(size.tier))).toBe(size.items);
      expect(section.count).toBe(size.items);
      const tier = stats.tiers.find((t) => t.tier === size.tier)!;
      expect(tier.checklist.total).toBe(size.checklistRows);
      expect(tier.further.ids).toEqual(size.beyondChecklist);
      // Every item is either part of a checklist row or named as beyond the checklist.
      const inRows = (index.byTier.get(size.tier) ?? []).filter((id) => index.byId.get(id)!.checklist).length;
      expect(inRows + size.beyondChecklist.length).toBe(size.items);
    }
  });

  it('counts a provider the same in Filters and across the Outline', () => {
    for (const provider of ['aws', 'azure', 'gcp']) {
      const inOutline = outline.sections
        .flatMap((s) => s.groups.flatMap((g) => g.items))
        .filter((item) => index.byId.get(item.id)!.provider === provider).length;
      expect(inOutline, provider).toBe(filterCount('provider', provider));
    }
  });

  it('makes each level the sum of its tiers, and keeps "ready to learn" inside it', () => {
    for (const level of LEVELS) {
      const own = stats.levels.find((l) => l.level === level)!;
      const sum = stats.tiers
        .filter((t) => LEVEL_TIERS[level].includes(t.tier))
        .reduce((n, t) => n + t.checklist.total, 0);
      expect(own.checklist.total).toBe(sum);
      for (const id of readyInLevel(index, new Set(), level)) {
        const tier = index.byId.get(id)!.tier;
        expect(tier === undefined || LEVEL_TIERS[level].includes(tier)).toBe(true);
      }
    }
    expect(TIERS).toHaveLength(3);
  });
});

describe('the contradictions once seen in the app', () => {
  it("RAG Systems: the details say the plan's length, then the whole chain, each named", () => {
    const { store } = renderWithStore(<DetailsPanel />, { view: { selectedId: 'rag-systems' } });
    const plan = buildPlanView(index, { ...DEFAULT_PLAN, targets: ['rag-systems'] }, store.getState().progress);
    const chain = prerequisiteClosure(index, ['rag-systems']).size;
    expect(chain).toBeGreaterThan(plan.steps.length - 1); // the two numbers that once looked contradictory
    expect(screen.getByRole('button', { name: 'Trace prerequisites' })).toHaveAccessibleDescription(
      `${plan.steps.length - 1} steps to learn first (${chain} counting recommended prerequisites and alternatives)`,
    );
    expect(planLengthInWords(plan)).toBe(
      `${plan.steps.length} steps: ${plan.steps.length - 1} to learn first, then RAG Systems`,
    );
  });

  it('Docker: marking it learned offers exactly the steps the details count', async () => {
    const { user } = renderWithStore(<DetailsPanel />, { view: { selectedId: 'docker' } });
    const description = screen.getByRole('button', { name: 'Trace prerequisites' }).getAttribute('aria-describedby')!;
    const steps = Number(/^(\d+) steps? to learn first/.exec(document.getElementById(description)!.textContent!)![1]);
    expect(steps).toBeGreaterThan(0);
    const control = screen.getByRole('radiogroup', { name: 'Progress on Docker' });
    await user.click(within(control).getByRole('radio', { name: 'Learned' }));
    expect(
      screen.getByText(`Also mark its ${steps} prerequisite${steps === 1 ? '' : 's'} learned?`),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Mark ${steps} learned` })).toBeInTheDocument();
  });

  it('Tier 1: Progress counts checklist rows and says how many items the Filters count', () => {
    renderWithStore(<ProgressPanel />);
    const tier1 = tierSizes(index)[0]!;
    expect(tier1.items).not.toBe(tier1.checklistRows); // 57 items, 56 rows: both true, both said
    const row = screen.getAllByRole('listitem').find((li) => /^Tier 1/.test(li.textContent ?? ''))!;
    expect(row).toHaveTextContent(`0 of ${tier1.checklistRows} checklist rows learned`);
    expect(row).toHaveTextContent(`${tier1.items} items in all, as the Filters and the Outline count them`);
  });

  it('AWS: the Outline names its group of services outside the curriculum as such', () => {
    const outline = buildOutline(index, () => true);
    const outside = outline.sections.find((s) => s.tier === 'none')!;
    const group = outside.groups.find((g) => g.key.endsWith('provider:aws'))!;
    expect(group.label).toBe('AWS services not in the curriculum');
    const aws = index.graph.nodes.filter((n) => n.provider === 'aws');
    expect(group.items.length).toBe(aws.filter((n) => n.tier === undefined).length);
    expect(group.items.length).toBeLessThan(aws.length);
  });

  it('a trace started from the plan lights nothing already learned', () => {
    const { store } = renderWithStore(<DetailsPanel />, { view: { selectedId: 'rag-systems' } });
    act(() => store.getState().setStatus(['python', 'statistics'], 'learned'));
    act(() => store.getState().traceFrom('rag-systems', 'prerequisites'));
    const visibility = computeVisibility(
      atlas,
      DEFAULT_FILTERS,
      null,
      { focus: null, path: null, trace: store.getState().trace },
      learnedSet(store.getState().progress),
    );
    expect(visibility.inFocus.has('python')).toBe(false);
    expect(visibility.inFocus.has('statistics')).toBe(false);
    expect([...visibility.learnedInHighlight].sort()).toEqual(['python', 'statistics']);
  });
});
