import { describe, expect, it } from 'vitest';
import { miniAtlas } from '../../../tests/fixtures/mini-atlas';
import { realAtlas } from '../../../tests/fixtures/real-atlas';
import { compareMatrix } from '../../domain/queries/compare';
import { AREAS } from '../../domain/vocabulary';
import { filterMatrix, groupByArea, hostOf, isSafeLink, NO_FILTER } from './compare-model';

const { index } = realAtlas();
const rows = compareMatrix(index);
const capabilities = (list: { capability: string }[]) => list.map((r) => r.capability);

describe('filterMatrix', () => {
  it('keeps every row without filters', () => {
    expect(filterMatrix(index, rows, NO_FILTER)).toEqual(rows);
  });

  it('matches capability labels, service labels, aliases and former names, case-insensitively', () => {
    expect(capabilities(filterMatrix(index, rows, { ...NO_FILTER, text: 'serverless FUNCTIONS' }))).toContain(
      'serverless-functions',
    );
    // "Cloud Functions" is the former name of Cloud Run functions.
    expect(capabilities(filterMatrix(index, rows, { ...NO_FILTER, text: 'cloud functions' }))).toEqual([
      'serverless-functions',
    ]);
    // "S3" is an alias of Amazon S3, which offers two capabilities, and part of the S3 Glacier classes' name.
    expect(capabilities(filterMatrix(index, rows, { ...NO_FILTER, text: 's3' })).sort()).toEqual([
      'archive-storage',
      'data-lake',
      'object-storage',
    ]);
    // Words may sit in different names of the row.
    expect(capabilities(filterMatrix(index, rows, { ...NO_FILTER, text: 'sagemaker notebooks' }))).toEqual([
      'ml-notebooks',
    ]);
    expect(filterMatrix(index, rows, { ...NO_FILTER, text: 'no such thing anywhere' })).toEqual([]);
  });

  it('keeps one area, and rows with a curriculum service', () => {
    const storage = filterMatrix(index, rows, { ...NO_FILTER, area: 'storage' });
    expect(storage.length).toBeGreaterThan(0);
    expect(storage.every((r) => r.area === 'storage')).toBe(true);

    const curriculum = filterMatrix(index, rows, { ...NO_FILTER, curriculumOnly: true });
    expect(curriculum.length).toBeLessThan(rows.length);
    for (const row of curriculum) {
      const services = Object.values(row.cells).flatMap((cells) => cells.map((c) => index.byId.get(c.service)));
      expect(services.some((n) => n?.tier !== undefined)).toBe(true);
    }
  });
});

describe('groupByArea', () => {
  it('groups rows by area in the order of AREAS and drops empty areas', () => {
    const groups = groupByArea(rows);
    expect(groups.map((g) => g.area)).toEqual(AREAS.filter((a) => rows.some((r) => r.area === a)));
    expect(groups.flatMap((g) => g.rows)).toEqual(rows);
    const mini = groupByArea(compareMatrix(miniAtlas().index));
    expect(mini.map((g) => g.area)).toEqual(['compute', 'storage']);
  });
});

describe('links', () => {
  it('shortens a URL to its host and refuses anything but https', () => {
    expect(hostOf('https://www.example.com/docs/page')).toBe('example.com');
    expect(isSafeLink('https://example.com/x')).toBe(true);
    expect(isSafeLink('http://example.com')).toBe(false);
    expect(isSafeLink('javascript:alert(1)')).toBe(false);
    expect(isSafeLink('https://')).toBe(false);
  });
});
