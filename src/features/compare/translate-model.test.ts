import { describe, expect, it } from 'vitest';
import { miniAtlas } from '../../../tests/fixtures/mini-atlas';
import { realAtlas } from '../../../tests/fixtures/real-atlas';
import { formatStack, gapSentence, parseNames, resolveNames, translationRows } from './translate-model';

const atlas = realAtlas();
const { index } = atlas;

describe('parseNames', () => {
  it('splits on commas, semicolons and line breaks, trims, and drops blanks and repeats', () => {
    expect(parseNames(' S3, Lambda\nSageMaker;\r\n\n, s3 ,DynamoDB ')).toEqual([
      'S3',
      'Lambda',
      'SageMaker',
      'DynamoDB',
    ]);
    expect(parseNames('   ')).toEqual([]);
  });
});

describe('resolveNames', () => {
  it('resolves ids, labels, aliases and former names, and lists the rest with suggestions', () => {
    const { ids, unknown } = resolveNames(
      index,
      ['S3', 'aws lambda', 'Amazon SageMaker', 'Vertex AI', 'Lamda', 'Zzqx'],
      atlas.search,
    );
    expect(ids).toEqual(['aws-s3', 'aws-lambda', 'aws-sagemaker-ai', 'gcp-vertex-ai']);
    expect(unknown.map((u) => u.name)).toEqual(['Lamda', 'Zzqx']);
    expect(unknown[0]!.suggestions).toContain('aws-lambda');
  });

  it('suggests only cloud services when any is close, anything close otherwise', () => {
    const { unknown } = resolveNames(index, ['Lamda', 'Pytorh'], atlas.search);
    expect(unknown[0]!.suggestions).toEqual(['aws-lambda']);
    expect(unknown[1]!.suggestions).toContain('pytorch');
  });
});

describe('formatStack', () => {
  it('writes official names, then the names that were not recognised', () => {
    expect(formatStack(index, ['aws-s3', 'gcp-vertex-ai'], ['Foo'])).toBe(
      'Amazon S3, Gemini Enterprise Agent Platform, Foo',
    );
  });
});

describe('translationRows', () => {
  it('keeps the input order and folds counterparts per service', () => {
    const rows = translationRows(index, ['aws-sagemaker-ai', 'aws-s3'], 'gcp');
    expect(rows.map((r) => r.from)).toEqual(['aws-sagemaker-ai', 'aws-s3']);
    expect(rows[0]!.counterparts.map((c) => c.service)).toEqual(['gcp-vertex-ai']);
    expect(rows[0]!.counterparts[0]!.capabilities.length).toBeGreaterThan(1);
    expect(rows[1]!.counterparts.map((c) => c.service)).toEqual(['gcp-cloud-storage']);
  });

  it('marks services already on the target, and explains what maps to nothing', () => {
    const rows = translationRows(index, ['gcp-bigquery', 'python'], 'gcp');
    expect(rows[0]).toMatchObject({ from: 'gcp-bigquery', same: true });
    expect(rows[1]).toMatchObject({ from: 'python', reason: 'not-a-service', counterparts: [] });
    expect(gapSentence(index, rows[1]!, 'Google Cloud')).toBe('Python: not a cloud service.');
  });

  it('names the capabilities with no counterpart on the target', () => {
    // In the mini graph, Amazon S3's object storage has nothing on Azure.
    const mini = miniAtlas().index;
    const [row] = translationRows(mini, ['aws-s3'], 'azure');
    expect(row).toMatchObject({ reason: 'no-counterpart', missing: ['storage'] });
    expect(gapSentence(mini, row!, 'Azure')).toBe('No counterpart on Azure for Amazon S3 (Object storage).');
  });
});
