import { describe, expect, it } from 'vitest';
import { compareMatrix } from '../../src/domain/queries/compare';
import { planForProvider } from '../../src/domain/queries/cloud-plan';
import { learningPlan } from '../../src/domain/queries/plan';
import { miniAtlas } from '../fixtures/mini-atlas';
import { realAtlas } from '../fixtures/real-atlas';

describe('comparison matrix', () => {
  it('has a row per capability with each provider’s services, full matches first', () => {
    const { index } = miniAtlas();
    expect(compareMatrix(index)).toEqual([
      {
        capability: 'functions',
        area: 'compute',
        cells: {
          aws: [{ service: 'aws-lambda', match: 'full', source: 'https://example.com/compare', checked: '2026-11-01' }],
          azure: [
            { service: 'azure-functions', match: 'full', source: 'https://example.com/compare', checked: '2026-11-01' },
          ],
          gcp: [
            {
              service: 'gcp-run-functions',
              match: 'partial',
              caveat: 'Fewer triggers.',
              source: 'https://example.com/compare',
              checked: '2026-11-01',
            },
          ],
        },
      },
      {
        capability: 'storage',
        area: 'storage',
        cells: {
          aws: [{ service: 'aws-s3', match: 'full', source: 'https://example.com/compare', checked: '2026-11-01' }],
          azure: [],
          gcp: [
            { service: 'gcp-storage', match: 'full', source: 'https://example.com/compare', checked: '2026-11-01' },
          ],
        },
      },
    ]);
  });

  it('shows AWS Lambda, Azure Functions and Cloud Run functions on the serverless functions row of the real data', () => {
    const row = compareMatrix(realAtlas().index).find((r) => r.capability === 'serverless-functions')!;
    expect(row.cells.aws.map((c) => c.service)).toContain('aws-lambda');
    expect(row.cells.azure.map((c) => c.service)).toContain('azure-functions');
    expect(row.cells.gcp.map((c) => c.service)).toContain('gcp-cloud-run-functions');
  });
});

describe('a plan through one cloud', () => {
  it('replaces other providers’ services by their counterparts and flags the ones without', () => {
    const { index } = miniAtlas();
    const plan = learningPlan(index, ['aws-lambda']);
    const steps = planForProvider(index, plan, 'gcp');
    expect(steps.find((s) => s.id === 'python')).toEqual({ id: 'python', kind: 'same' });
    const lambda = steps.find((s) => s.id === 'aws-lambda')!;
    expect(lambda.kind).toBe('replaced');
    expect(lambda.kind === 'replaced' && lambda.by.map((c) => c.service)).toEqual(['gcp-run-functions']);
    const s3 = planForProvider(index, learningPlan(index, ['aws-s3']), 'azure');
    expect(s3).toEqual([{ id: 'aws-s3', kind: 'no-counterpart' }]);
  });
});
