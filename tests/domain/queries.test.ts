import { describe, expect, it } from 'vitest';
import { prerequisiteClosure, unlocks } from '../../src/domain/queries/closure';
import { equivalents, groupByService, translate } from '../../src/domain/queries/equivalents';
import { neighbourhood } from '../../src/domain/queries/neighbourhood';
import { shortestPath } from '../../src/domain/queries/path';
import { learningPlan } from '../../src/domain/queries/plan';
import { resolveName } from '../../src/domain/queries/resolve';
import { miniAtlas } from '../fixtures/mini-atlas';

const { index, search } = miniAtlas();
const ids = (steps: { id: string }[]) => steps.map((s) => s.id);

describe('learning plan', () => {
  it('orders prerequisites first, ties by tier then label, and picks one member of an any-of group', () => {
    const plan = learningPlan(index, ['kubernetes']);
    expect(ids(plan.steps)).toEqual(['python', 'numpy', 'pandas', 'pytorch', 'rag', 'kubernetes']);
    expect(plan.choices).toEqual([
      { group: 'rag#any-of-1', by: 'rag', options: ['pytorch', 'tensorflow'], chosen: 'pytorch' },
    ]);
  });

  it('says which target needs each step and through which item', () => {
    const plan = learningPlan(index, ['rag', 'aws-lambda']);
    const python = plan.steps.find((s) => s.id === 'python')!;
    expect(python.neededBy.sort()).toEqual(['aws-lambda', 'rag']);
    expect(python.via.sort()).toEqual(['aws', 'numpy']);
    expect(
      plan.steps
        .filter((s) => s.isTarget)
        .map((s) => s.id)
        .sort(),
    ).toEqual(['aws-lambda', 'rag']);
  });

  it('drops known items and what only they needed', () => {
    const plan = learningPlan(index, ['rag'], { known: ['pandas'] });
    expect(ids(plan.steps)).toEqual(['python', 'numpy', 'pytorch', 'rag']);
  });

  it('treats an any-of group as satisfied by a known member, and honours the learner’s choice', () => {
    expect(learningPlan(index, ['rag'], { known: ['tensorflow'] }).choices).toEqual([]);
    const chosen = learningPlan(index, ['rag'], { choices: { 'rag#any-of-1': 'tensorflow' } });
    expect(ids(chosen.steps)).toContain('tensorflow');
    expect(ids(chosen.steps)).not.toContain('pytorch');
  });

  it('leaves recommended prerequisites out unless asked, and marks them', () => {
    expect(ids(learningPlan(index, ['pandas']).steps)).toEqual(['python', 'numpy', 'pandas']);
    const withRecommended = learningPlan(index, ['pandas'], { includeRecommended: true });
    expect(withRecommended.steps.find((s) => s.id === 'statistics')).toMatchObject({ recommendedOnly: true });
    expect(withRecommended.steps.find((s) => s.id === 'numpy')).toMatchObject({ recommendedOnly: false });
  });

  it('is empty when the target is known or unknown', () => {
    expect(learningPlan(index, ['rag'], { known: ['rag'] }).steps).toEqual([]);
    expect(learningPlan(index, ['no-such-item']).steps).toEqual([]);
  });
});

describe('closure, unlocks, neighbourhood and path', () => {
  it('collects every prerequisite, including all any-of members', () => {
    expect([...prerequisiteClosure(index, ['rag'])].sort()).toEqual(
      ['numpy', 'pandas', 'python', 'pytorch', 'statistics', 'tensorflow'].sort(),
    );
    expect(prerequisiteClosure(index, ['pandas'], { includeRecommended: false })).toEqual(new Set(['numpy', 'python']));
  });

  it('finds everything downstream', () => {
    expect([...unlocks(index, ['pandas'])].sort()).toEqual(['kubernetes', 'rag']);
  });

  it('walks a neighbourhood by depth and direction', () => {
    const out = neighbourhood(index, 'rag', { depth: 1, direction: 'out', kinds: ['requires'] });
    expect(Object.fromEntries(out)).toEqual({ rag: 0, pandas: 1, pytorch: 1, tensorflow: 1 });
    const back = neighbourhood(index, 'numpy', { depth: 2, direction: 'in', kinds: ['requires'] });
    expect(Object.fromEntries(back)).toEqual({ numpy: 0, pandas: 1, pytorch: 1, tensorflow: 1, rag: 2 });
  });

  it('finds the shortest path over chosen edge kinds, or none', () => {
    const path = shortestPath(index, 'kubernetes', 'python', { kinds: ['requires'], directed: true });
    expect(path?.nodes).toEqual(['kubernetes', 'rag', 'pandas', 'numpy', 'python']);
    expect(path?.edges.map((e) => e.kind)).toEqual(['requires', 'requires', 'requires', 'requires']);
    expect(shortestPath(index, 'python', 'kubernetes', { kinds: ['requires'], directed: true })).toBeNull();
    expect(shortestPath(index, 'python', 'aws-s3', { kinds: ['requires'] })).toBeNull();
  });
});

describe('cloud equivalents', () => {
  it('derives counterparts from shared capabilities, with the weaker grade and its caveat', () => {
    expect(equivalents(index, 'aws-lambda')).toEqual([
      {
        service: 'azure-functions',
        provider: 'azure',
        capability: 'functions',
        match: 'full',
        caveats: [],
        sources: [{ url: 'https://example.com/compare', checked: '2026-11-01' }],
      },
      {
        service: 'gcp-run-functions',
        provider: 'gcp',
        capability: 'functions',
        match: 'partial',
        // The caveat is Cloud Run functions' own, and says so.
        caveats: [{ service: 'gcp-run-functions', text: 'Fewer triggers.' }],
        sources: [{ url: 'https://example.com/compare', checked: '2026-11-01' }],
      },
    ]);
  });

  it('translates a stack and lists the gaps with their reason', () => {
    const result = translate(index, ['aws-lambda', 'aws-s3', 'python'], 'azure');
    expect(result.mapped.map((m) => [m.from, m.counterparts.map((c) => c.service)])).toEqual([
      ['aws-lambda', ['azure-functions']],
    ]);
    expect(result.gaps.map((g) => [g.from, g.reason])).toEqual([
      ['aws-s3', 'no-counterpart'],
      ['python', 'not-a-service'],
    ]);
  });

  it('groups rows by service', () => {
    const rows = equivalents(index, 'aws-lambda');
    expect(
      groupByService([
        ...rows,
        { ...rows[0]!, capability: 'storage', match: 'partial', caveats: [{ service: 'aws-lambda', text: 'x' }] },
      ]),
    ).toMatchObject([
      {
        service: 'azure-functions',
        match: 'partial',
        capabilities: ['functions', 'storage'],
        caveats: [{ service: 'aws-lambda', text: 'x' }],
      },
      { service: 'gcp-run-functions', match: 'partial', capabilities: ['functions'] },
    ]);
  });
});

describe('names and search', () => {
  it('resolves ids, labels, aliases and former names in any case', () => {
    expect(resolveName(index, 'RAG systems')).toEqual({ status: 'found', id: 'rag' });
    expect(resolveName(index, 'K8S')).toEqual({ status: 'found', id: 'kubernetes' });
    expect(resolveName(index, 'cloud functions')).toEqual({ status: 'found', id: 'gcp-run-functions' });
    expect(resolveName(index, 'pandas')).toEqual({ status: 'found', id: 'pandas' });
  });

  it('suggests the closest names for an unknown one', () => {
    expect(resolveName(index, 'pytorhc', { search })).toEqual({
      status: 'unknown',
      name: 'pytorhc',
      suggestions: ['pytorch'],
    });
  });

  it('finds by prefix, typo and alias, exact names first', () => {
    expect(search('kube')[0]?.id).toBe('kubernetes');
    expect(search('tensorflwo')[0]?.id).toBe('tensorflow');
    expect(search('S3')[0]?.id).toBe('aws-s3');
    expect(search('py')[0]?.id).toBe('python');
    expect(search('   ')).toEqual([]);
  });
});
