import { describe, expect, it } from 'vitest';
import { unlocks } from '../../src/domain/queries/closure';
import { countByTier } from '../../src/domain/queries/tier-counts';
import { miniAtlas } from '../fixtures/mini-atlas';

const { index } = miniAtlas();

describe('countByTier', () => {
  it('counts items per tier, in tier order, and leaves empty tiers out', () => {
    expect(countByTier(index, ['kubernetes', 'python', 'rag', 'numpy'])).toEqual([
      { tier: 1, count: 2 },
      { tier: 2, count: 1 },
      { tier: 3, count: 1 },
    ]);
    expect(countByTier(index, unlocks(index, ['pandas']))).toEqual([
      { tier: 2, count: 1 },
      { tier: 3, count: 1 },
    ]);
  });

  it("puts items outside the tiers, and unknown ids, last under 'none'", () => {
    expect(countByTier(index, ['aws-s3', 'functions', 'python', 'no-such-item'])).toEqual([
      { tier: 1, count: 1 },
      { tier: 'none', count: 3 },
    ]);
  });

  it('is empty for no items', () => {
    expect(countByTier(index, [])).toEqual([]);
    expect(countByTier(index, new Set<string>())).toEqual([]);
  });
});
