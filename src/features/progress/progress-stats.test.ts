import { describe, expect, it } from 'vitest';
import { realAtlas } from '../../../tests/fixtures/real-atlas';
import type { GraphNode } from '../../domain/graph';
import { buildIndex } from '../../domain/graph-index';
import { LEVEL_TIERS } from '../../domain/levels';
import { EMPTY_PROGRESS, withStatus } from '../../domain/progress';
import type { Tier } from '../../domain/vocabulary';
import {
  checklistItems,
  combinedStatus,
  describeFurther,
  describeTally,
  progressStats,
  tallyWidths,
} from './progress-stats';

const node = (id: string, tier?: Tier, checklist?: string): GraphNode => ({
  id,
  label: id.toUpperCase(),
  kind: tier === undefined ? 'service' : 'skill',
  description: 'x',
  ...(tier !== undefined && { tier, category: 'c' }),
  ...(checklist && { checklist }),
});

// Tier 1: rows A, B plus one node outside the checklist; Tier 2: row X (two nodes) and C;
// Tier 3: row D; and a service with no tier, which no bar counts.
const small = buildIndex({
  nodes: [
    node('a', 1, 'A'),
    node('b', 1, 'B'),
    node('extra', 1),
    node('x1', 2, 'X'),
    node('x2', 2, 'X'),
    node('c', 2, 'C'),
    node('d', 3, 'D'),
    node('svc'),
  ],
  edges: [],
});

describe('checklistItems', () => {
  it('makes one item per checklist name, with all its nodes', () => {
    expect(checklistItems(small)).toEqual([
      { name: 'A', tier: 1, ids: ['a'] },
      { name: 'B', tier: 1, ids: ['b'] },
      { name: 'X', tier: 2, ids: ['x1', 'x2'] },
      { name: 'C', tier: 2, ids: ['c'] },
      { name: 'D', tier: 3, ids: ['d'] },
    ]);
  });
});

describe('combinedStatus', () => {
  it('is learned only when every node is, learning when any has started', () => {
    expect(combinedStatus(['learned', 'learned'])).toBe('learned');
    expect(combinedStatus(['learned', 'not-started'])).toBe('learning');
    expect(combinedStatus(['learning', 'not-started'])).toBe('learning');
    expect(combinedStatus(['not-started', 'not-started'])).toBe('not-started');
    expect(combinedStatus([])).toBe('not-started');
  });
});

describe('progressStats', () => {
  it('counts checklist items per tier and level, and the further items apart', () => {
    let progress = withStatus(EMPTY_PROGRESS, ['a', 'x1', 'extra'], 'learned');
    progress = withStatus(progress, ['d'], 'learning');
    const stats = progressStats(small, progress);
    expect(stats.tiers.map((t) => [t.tier, t.checklist])).toEqual([
      [1, { learned: 1, learning: 0, total: 2 }],
      // X is half learned, so it counts as learning.
      [2, { learned: 0, learning: 1, total: 2 }],
      [3, { learned: 0, learning: 1, total: 1 }],
    ]);
    expect(stats.tiers[0]!.further).toEqual({ learned: 1, learning: 0, total: 1, ids: ['extra'] });
    expect(stats.tiers[1]!.further.total).toBe(0);
    expect(stats.levels.map((l) => [l.level, l.checklist])).toEqual([
      ['beginner', { learned: 1, learning: 0, total: 2 }],
      ['intermediate', { learned: 1, learning: 1, total: 4 }],
      ['advanced', { learned: 1, learning: 2, total: 5 }],
    ]);
  });

  it('counts a shared row learned once all its nodes are', () => {
    const progress = withStatus(EMPTY_PROGRESS, ['x1', 'x2'], 'learned');
    expect(progressStats(small, progress).tiers[1]!.checklist).toEqual({ learned: 1, learning: 0, total: 2 });
  });

  it('on the real graph: one item per distinct checklist name per tier (56 in Tier 1)', () => {
    const { index } = realAtlas();
    const stats = progressStats(index, EMPTY_PROGRESS);
    for (const t of stats.tiers) {
      const names = new Set(index.graph.nodes.filter((n) => n.tier === t.tier && n.checklist).map((n) => n.checklist));
      expect(t.checklist).toEqual({ learned: 0, learning: 0, total: names.size });
      // Tier nodes and objectives carry a tier too, but are not items.
      const notItems = ['tier', 'objective', 'sub-objective'];
      const further = index.graph.nodes.filter(
        (n) => n.tier === t.tier && !n.checklist && !notItems.includes(n.kind),
      ).length;
      expect(t.further.total).toBe(further);
    }
    expect(stats.tiers[0]!.checklist.total).toBe(56); // the checklist's Tier 1 rows, as a cross-check
    for (const l of stats.levels)
      expect(l.checklist.total).toBe(
        stats.tiers.filter((t) => LEVEL_TIERS[l.level].includes(t.tier)).reduce((n, t) => n + t.checklist.total, 0),
      );
  });
});

describe('wording', () => {
  it('says the counts in words', () => {
    expect(describeTally({ learned: 12, learning: 3, total: 56 })).toBe('12 of 56 checklist rows learned, 3 learning');
  });

  it('names the further items and their status', () => {
    const label = (id: string) => id.toUpperCase();
    expect(describeFurther({ learned: 0, learning: 0, total: 0, ids: [] }, label)).toBe(
      'No further items outside the checklist.',
    );
    expect(describeFurther({ learned: 1, learning: 0, total: 1, ids: ['sqlite'] }, label)).toBe(
      'Plus 1 further item outside the checklist, not counted above: SQLITE (1 learned).',
    );
    expect(describeFurther({ learned: 0, learning: 2, total: 6, ids: ['a', 'b', 'c', 'd', 'e', 'f'] }, label)).toBe(
      'Plus 6 further items outside the checklist, not counted above: A, B, C, D, E and 1 more (2 learning).',
    );
  });

  it('turns a tally into bar widths, and an empty one into an empty bar', () => {
    expect(tallyWidths({ learned: 1, learning: 1, total: 4 })).toEqual({ learned: 25, learning: 25 });
    expect(tallyWidths({ learned: 0, learning: 0, total: 0 })).toEqual({ learned: 0, learning: 0 });
  });
});
