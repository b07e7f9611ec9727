import { describe, expect, it } from 'vitest';
import { readProgress, withStatus, EMPTY_PROGRESS, statusOf, learnedSet } from '../../src/domain/progress';
import { prerequisitesMet, readyToLearn } from '../../src/domain/queries/ready';
import { inLevel } from '../../src/domain/levels';
import { miniAtlas } from '../fixtures/mini-atlas';

const { index } = miniAtlas();

describe('stored progress', () => {
  it('reads the current version and keeps it', () => {
    const text = JSON.stringify({ version: 2, items: { python: 'learned', numpy: 'learning' } });
    expect(readProgress(text, index)).toEqual({ ok: true, progress: JSON.parse(text), notes: [] });
  });

  it('upgrades version 1 with a note', () => {
    const reading = readProgress(JSON.stringify({ version: 1, learned: ['python'] }), index);
    expect(reading).toEqual({
      ok: true,
      progress: { version: 2, items: { python: 'learned' } },
      notes: ['Progress saved by an older version was upgraded.'],
    });
  });

  it('drops ids the graph no longer has, saying which', () => {
    const reading = readProgress(
      JSON.stringify({ version: 2, items: { python: 'learned', gone: 'learned', __proto__: 'learned' } }),
      index,
    );
    expect(reading.ok && reading.progress.items).toEqual({ python: 'learned' });
    expect(reading.ok && reading.notes[0]).toMatch(/^Dropped \d item\(s\) that are no longer in the graph: gone/);
    expect(({} as Record<string, unknown>).learned).toBeUndefined();
  });

  it('drops an item named __proto__ with a note, never silently', () => {
    const text = '{"version":2,"items":{"python":"learned","__proto__":"learned"}}';
    const reading = readProgress(text, index);
    expect(reading.ok && reading.progress.items).toEqual({ python: 'learned' });
    expect(reading.ok && reading.notes).toEqual(['Dropped 1 item(s) that are no longer in the graph: __proto__.']);
    expect(Object.getPrototypeOf(reading.ok && reading.progress.items)).toBe(Object.prototype);
  });

  it('refuses garbage with a reason, never throwing', () => {
    for (const junk of [
      '{',
      'null',
      '[]',
      '"x"',
      '{"version":3}',
      '{"version":2,"items":{"python":"mastered"}}',
      'x'.repeat(3_000_000),
    ]) {
      const reading = readProgress(junk, index);
      expect(reading.ok, junk.slice(0, 30)).toBe(false);
    }
    expect(readProgress(null, index)).toEqual({ ok: true, progress: EMPTY_PROGRESS, notes: [] });
  });

  it('sets and clears statuses', () => {
    const p = withStatus(withStatus(EMPTY_PROGRESS, ['python', 'numpy'], 'learned'), ['numpy'], 'not-started');
    expect(p.items).toEqual({ python: 'learned' });
    expect(statusOf(p, 'numpy')).toBe('not-started');
    expect(statusOf(p, 'toString')).toBe('not-started');
    expect(learnedSet(p)).toEqual(new Set(['python']));
  });
});

describe('ready to learn', () => {
  it('lists items whose hard prerequisites are all learned, any-of by one member', () => {
    expect(readyToLearn(index, new Set())).toEqual(['python', 'statistics']);
    expect(readyToLearn(index, new Set(['python']))).toEqual(['numpy', 'statistics', 'aws', 'azure', 'gcp']);
    expect(prerequisitesMet(index, 'rag', new Set(['pandas', 'tensorflow']))).toBe(true);
    expect(prerequisitesMet(index, 'rag', new Set(['pandas']))).toBe(false);
  });

  it('scopes levels cumulatively', () => {
    expect(inLevel({ tier: 1 }, 'beginner')).toBe(true);
    expect(inLevel({ tier: 2 }, 'beginner')).toBe(false);
    expect(inLevel({}, 'beginner')).toBe(false);
    expect(inLevel({}, 'intermediate')).toBe(true);
    expect(inLevel({ tier: 3 }, 'advanced')).toBe(true);
    expect(inLevel({ tier: 3 }, null)).toBe(true);
  });
});
