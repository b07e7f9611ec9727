import { describe, expect, it } from 'vitest';
import { miniAtlas } from '../../../tests/fixtures/mini-atlas';
import { groupByTier, keptItems, readyInLevel } from './ready-groups';

const { index } = miniAtlas();

describe('readyInLevel', () => {
  it('lists the starting points when nothing is learned', () => {
    expect(readyInLevel(index, new Set(), null)).toEqual(['python', 'statistics']);
  });

  it('opens what Python unlocks, scoped to the level', () => {
    const learned = new Set(['python']);
    expect(readyInLevel(index, learned, null)).toEqual(['numpy', 'statistics', 'aws', 'azure', 'gcp']);
    expect(readyInLevel(index, learned, 'beginner')).toEqual(['numpy', 'statistics']);
    expect(readyInLevel(index, learned, 'intermediate')).toEqual(readyInLevel(index, learned, null));
  });
});

describe('keptItems', () => {
  it('keeps listed items that have been learned since, and drops them once unlearned', () => {
    const kept = keptItems(['numpy', 'statistics'], new Set(['python']), new Set(['python', 'numpy']));
    expect([...kept]).toEqual(['python', 'numpy']);
    expect([...keptItems([], kept, new Set(['numpy']))]).toEqual(['numpy']);
  });
});

describe('groupByTier', () => {
  it('groups ready and kept items by tier, leaving out empty tiers', () => {
    const ready = readyInLevel(index, new Set(['python']), null);
    expect(groupByTier(index, ready, new Set(['python']))).toEqual([
      { tier: 1, ready: ['numpy', 'statistics'], kept: ['python'], shown: ['numpy', 'python', 'statistics'] },
      { tier: 2, ready: ['aws', 'azure', 'gcp'], kept: [], shown: ['aws', 'azure', 'gcp'] },
    ]);
  });
});
