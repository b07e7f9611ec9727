import { describe, expect, it } from 'vitest';
import { miniAtlas } from '../../../tests/fixtures/mini-atlas';
import { EMPTY_PROGRESS, readProgress, withStatus } from '../../domain/progress';
import { fileSizeProblem, MAX_FILE_BYTES, progressFileText, readProgressFile } from './progress-file';

const { index } = miniAtlas();
const progress = withStatus(withStatus(EMPTY_PROGRESS, ['python', 'numpy'], 'learned'), ['pandas'], 'learning');

describe('progressFileText', () => {
  it('writes the stored format, items sorted by id', () => {
    const text = progressFileText(progress);
    expect(JSON.parse(text)).toEqual({
      version: 2,
      items: { python: 'learned', numpy: 'learned', pandas: 'learning' },
    });
    expect(Object.keys(JSON.parse(text).items as object)).toEqual(['numpy', 'pandas', 'python']);
  });

  it('reads back as the same progress', () => {
    expect(readProgress(progressFileText(progress), index)).toEqual({ ok: true, progress, notes: [] });
    expect(JSON.parse(progressFileText(EMPTY_PROGRESS))).toEqual(EMPTY_PROGRESS);
  });
});

describe('readProgressFile', () => {
  const file = (text: string) => new Blob([text], { type: 'application/json' });

  it('reads a valid file', async () => {
    expect(await readProgressFile(file(progressFileText(progress)), index)).toMatchObject({ ok: true, progress });
  });

  it('refuses broken, empty, wrongly shaped and oversized files', async () => {
    expect(await readProgressFile(file('{'), index)).toEqual({
      ok: false,
      error: 'the progress data is not valid JSON',
    });
    expect(await readProgressFile(file('  '), index)).toEqual({ ok: false, error: 'the file is empty' });
    expect(await readProgressFile(file('{"version":2,"items":[1]}'), index)).toMatchObject({ ok: false });
    const big = new Blob([new Uint8Array(MAX_FILE_BYTES + 1)]);
    expect(await readProgressFile(big, index)).toEqual({
      ok: false,
      error: 'the file is too large (2.1 MB); a progress file can be at most 2 MB',
    });
  });

  it('says how large a file was', () => {
    expect(fileSizeProblem(MAX_FILE_BYTES)).toBeNull();
    expect(fileSizeProblem(3 * 1024 * 1024)).toBe(
      'the file is too large (3.0 MB); a progress file can be at most 2 MB',
    );
  });
});
