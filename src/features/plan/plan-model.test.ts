import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, withStatus } from '../../domain/progress';
import { DEFAULT_PLAN } from '../../store/app-state';
import { realAtlas } from '../../../tests/fixtures/real-atlas';
import { buildPlanView, listText, plural } from './plan-model';

const { index } = realAtlas();
const rag = { ...DEFAULT_PLAN, targets: ['rag-systems'] };
const ids = (refs: { id: string }[]) => refs.map((r) => r.id);

describe('buildPlanView', () => {
  it('groups the steps by tier and numbers them through the whole plan', () => {
    const view = buildPlanView(index, rag, EMPTY_PROGRESS);
    expect(view.groups.map((g) => g.title)).toEqual(['Tier 1 — Foundation', 'Tier 2 — Shipping']);
    expect(view.steps.map((s) => s.order)).toEqual(view.steps.map((_, i) => i + 1));
    const order = ids(view.steps);
    expect(order.indexOf('python')).toBeLessThan(order.indexOf('embedding-models'));
    expect(order.at(-1)).toBe('rag-systems');
    expect(view.steps.at(-1)).toMatchObject({ isTarget: true, label: 'RAG Systems', tier: 2 });
    expect(view.steps.find((s) => s.id === 'python')).toMatchObject({ categoryLabel: 'Languages', kind: 'language' });
    expect(view.choices).toEqual([
      expect.objectContaining({ chosen: 'python', controlLabel: 'Choice for Data Science Fundamentals' }),
    ]);
    expect(view.counts).toEqual({ steps: view.steps.length, learning: 0, recommended: 0 });
  });

  it('leaves learned items out and says which, preferring a learned any-of member', () => {
    const learnedR = withStatus(EMPTY_PROGRESS, ['r'], 'learned');
    const view = buildPlanView(index, rag, learnedR);
    expect(ids(view.steps)).not.toContain('python');
    expect(ids(view.steps)).not.toContain('r');
    expect(view.choices).toEqual([]); // the group is satisfied by R
    expect(ids(view.leftOut.learned)).toEqual(['r']);
    expect(view.leftOut.onlyForLearned).toEqual([]);

    const learnedDs = withStatus(EMPTY_PROGRESS, ['data-science'], 'learned');
    const ds = buildPlanView(index, rag, learnedDs);
    expect(ids(ds.leftOut.learned)).toEqual(['data-science']);
    expect(ids(ds.leftOut.onlyForLearned)).toContain('python');
  });

  it('counts the steps in progress and the recommended ones', () => {
    const progress = withStatus(EMPTY_PROGRESS, ['python', 'gpt'], 'learning');
    const view = buildPlanView(index, { ...rag, includeRecommended: true }, progress);
    expect(view.counts.learning).toBe(2);
    expect(view.counts.recommended).toBeGreaterThan(0);
    expect(view.steps.find((s) => s.id === 'langchain')?.recommendedOnly).toBe(true);
    expect(view.steps.find((s) => s.id === 'python')?.recommendedOnly).toBe(false);
  });
});

describe('text helpers', () => {
  it('pluralises and joins lists', () => {
    expect(plural(1, 'step')).toBe('1 step');
    expect(plural(3, 'step')).toBe('3 steps');
    expect(listText([])).toBe('');
    expect(listText(['A'])).toBe('A');
    expect(listText(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
