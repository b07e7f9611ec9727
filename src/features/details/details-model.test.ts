import { describe, expect, it } from 'vitest';
import { miniAtlas } from '../../../tests/fixtures/mini-atlas';
import { realAtlas } from '../../../tests/fixtures/real-atlas';
import { tierCountsInWords } from '../../components/count-words';
import { learningPlan } from '../../domain/queries/plan';
import { detailsModel } from './details-model';

const { index } = miniAtlas();
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

describe('detailsModel on the mini fixture', () => {
  it('is undefined for an unknown id', () => {
    expect(detailsModel(index, 'nope')).toBeUndefined();
  });

  it('describes the item itself', () => {
    const rag = detailsModel(index, 'rag')!;
    expect(rag).toMatchObject({
      label: 'RAG Systems',
      kind: 'skill',
      tier: 2,
      tierName: 'Tier 2 — Shipping',
      categoryLabel: 'Basics',
      description: 'Retrieval.',
      aliases: ['RAG'],
      formerNames: [],
    });
    expect(rag.equivalents).toBeUndefined();
    expect(rag.offeredBy).toBeUndefined();
  });

  it('folds an any-of group into one prerequisite', () => {
    const rag = detailsModel(index, 'rag')!;
    expect(rag.prerequisites.map((p) => ({ ...p, items: ids(p.items) }))).toEqual([
      { items: ['pandas'], anyOf: false, recommended: false },
      { items: ['pytorch', 'tensorflow'], anyOf: true, recommended: false },
    ]);
  });

  it('marks recommended prerequisites and lists them after the hard ones', () => {
    const pandas = detailsModel(index, 'pandas')!;
    expect(pandas.prerequisites.map((p) => [ids(p.items), p.recommended])).toEqual([
      [['numpy'], false],
      [['statistics'], true],
    ]);
  });

  it('lists direct unlocks and counts everything downstream', () => {
    const numpy = detailsModel(index, 'numpy')!;
    expect(ids(numpy.unlocksDirectly)).toEqual(['pandas', 'pytorch', 'tensorflow']);
    // pandas, pytorch, tensorflow → rag → kubernetes
    expect(numpy.counts.unlocks.toLearn).toBe(5);
    expect(numpy.counts.unlocks.byTier.reduce((n, t) => n + t.count, 0)).toBe(5);
    expect(detailsModel(index, 'kubernetes')!.counts.unlocks).toEqual({ toLearn: 0, byTier: [], learned: 0 });
    // What is learned is counted apart.
    const known = detailsModel(index, 'numpy', { known: ['pandas'] })!;
    expect(known.counts.unlocks).toMatchObject({ toLearn: 4, learned: 1 });
  });

  it('counts the whole chain of prerequisites, by tier, recommended ones included', () => {
    const rag = detailsModel(index, 'rag')!;
    const tiers = ids([...rag.prerequisites.flatMap((p) => p.items)]).map((id) => index.byId.get(id)?.tier ?? 'none');
    const { chain } = rag.counts;
    expect(chain.toLearn).toBeGreaterThanOrEqual(tiers.length);
    expect(chain.byTier.reduce((n, t) => n + t.count, 0)).toBe(chain.toLearn);
    // Tier order, and no empty tiers.
    expect(chain.byTier.map((t) => t.tier)).toEqual(
      [1, 2, 3, 'none'].filter((t) => chain.byTier.some((c) => c.tier === t)),
    );
    expect(chain.byTier.every((t) => t.count > 0)).toBe(true);
  });

  it('counts the steps before an item as its plan does, and never more than the chain', () => {
    for (const id of ['rag', 'pandas', 'kubernetes']) {
      const { counts } = detailsModel(index, id)!;
      expect(counts.stepsFirst).toBe(learningPlan(index, [id]).steps.length - 1);
      expect(counts.stepsFirst).toBeLessThanOrEqual(counts.chain.toLearn);
    }
    const learned = detailsModel(index, 'rag', { known: ['rag'] })!;
    expect(learned.counts).toMatchObject({ learned: true, stepsFirst: 0 });
  });

  it('finds alternatives in both directions', () => {
    expect(detailsModel(index, 'pytorch')!.relations).toEqual([
      { key: 'alternatives', title: 'Alternatives', items: [expect.objectContaining({ id: 'tensorflow' })] },
    ]);
    expect(ids(detailsModel(index, 'tensorflow')!.relations[0]!.items)).toEqual(['pytorch']);
  });

  it('groups equivalents by the other providers, with grades, caveats and sources', () => {
    const lambda = detailsModel(index, 'aws-lambda')!;
    expect(lambda.providerName).toBe('AWS');
    expect(lambda.equivalents!.map((g) => g.provider)).toEqual(['azure', 'gcp']);
    const [azure, gcp] = lambda.equivalents!;
    expect(azure!.entries).toEqual([
      {
        item: expect.objectContaining({ id: 'azure-functions', label: 'Azure Functions' }),
        match: 'full',
        caveats: [],
        sources: [{ url: 'https://example.com/compare', checked: '2026-11-01' }],
        via: [expect.objectContaining({ id: 'functions' })],
      },
    ]);
    expect(gcp!.entries[0]).toMatchObject({ match: 'partial', caveats: [{ text: 'Fewer triggers.' }] });
    expect(ids(lambda.capabilities.map((c) => c.item))).toEqual(['functions']);
  });

  it('shows an empty provider group when a cloud has no counterpart', () => {
    const s3 = detailsModel(index, 'aws-s3')!;
    expect(s3.equivalents!.map((g) => [g.provider, ids(g.entries.map((e) => e.item))])).toEqual([
      ['azure', []],
      ['gcp', ['gcp-storage']],
    ]);
  });

  it('lists who offers a capability, on every cloud', () => {
    const functions = detailsModel(index, 'functions')!;
    expect(functions.offeredBy!.map((g) => [g.name, g.entries.map((e) => [e.item.id, e.match])])).toEqual([
      ['AWS', [['aws-lambda', 'full']]],
      ['Azure', [['azure-functions', 'full']]],
      ['Google Cloud', [['gcp-run-functions', 'partial']]],
    ]);
    expect(functions.equivalents).toBeUndefined();
  });

  it("lists a provider's services, by label", () => {
    expect(ids(detailsModel(index, 'aws')!.services)).toEqual(['aws-s3', 'aws-lambda']); // Amazon S3, AWS Lambda
    expect(ids(detailsModel(index, 'gcp')!.services)).toEqual(['gcp-run-functions', 'gcp-storage']);
  });

  it('carries former names', () => {
    expect(detailsModel(index, 'gcp-run-functions')!.formerNames).toEqual(['Cloud Functions']);
  });
});

describe('tierCountsInWords', () => {
  it('names the tiers and the items outside them', () => {
    expect(
      tierCountsInWords([
        { tier: 2, count: 3 },
        { tier: 'none', count: 1 },
      ]),
    ).toBe('Tier 2: 3, outside the tiers: 1');
  });
});

describe('detailsModel on the real graph', () => {
  it('builds a model for every node without throwing', () => {
    const real = realAtlas().index;
    for (const id of real.byId.keys()) expect(detailsModel(real, id)?.id).toBe(id);
  });
});
