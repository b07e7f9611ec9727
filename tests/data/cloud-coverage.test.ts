/**
 * The cloud map against the providers' own comparison tables: every row resolves, by the names
 * the pages use, to services that the graph holds as counterparts; and a realistic AWS AI/ML and
 * data stack translates to Azure and Google Cloud with every name resolved and no false gap.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { equivalents, translate } from '../../src/domain/queries/equivalents';
import { resolveName, shortForms } from '../../src/domain/queries/resolve';
import { resolveStack } from '../../src/domain/queries/resolve-stack';
import { AREAS, PROVIDERS, type ProviderId } from '../../src/domain/vocabulary';
import { realAtlas } from '../fixtures/real-atlas';

const { index } = realAtlas();

const rows = readFileSync(resolve(import.meta.dirname, '../fixtures/reference/cloud-comparison-rows.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .slice(1)
  .map((line) => line.split('\t'));

const service = (name: string, provider: ProviderId) => {
  const r = resolveName(index, name, { provider, services: true });
  const node = r.status === 'found' ? index.byId.get(r.id) : undefined;
  return node?.kind === 'service' && node.provider === provider ? node.id : `${name}: ${JSON.stringify(r)}`;
};

describe('the comparison pages’ rows', () => {
  it('are about a hundred, over every area the curriculum touches', () => {
    expect(rows.length).toBeGreaterThanOrEqual(100);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(AREAS));
  });

  it('name, in each column, a service of that cloud', () => {
    const wrong = rows.flatMap(([, ...names]) =>
      PROVIDERS.flatMap((p, i) => (names[i] === '-' ? [] : [service(names[i]!, p)])).filter((id) => id.includes(':')),
    );
    expect(wrong).toEqual([]);
  });

  it('hold services that the graph makes counterparts of each other', () => {
    const missing: string[] = [];
    for (const [, ...names] of rows) {
      const ids = PROVIDERS.map((p, i) => (names[i] === '-' ? undefined : service(names[i]!, p)));
      for (const [i, a] of ids.entries())
        for (const b of ids.slice(i + 1))
          if (a && b && !equivalents(index, a).some((c) => c.service === b)) missing.push(`${a} ↔ ${b}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('service names', () => {
  it('lead back to their service: label, aliases, former names and short forms, with its cloud in context', () => {
    const astray: string[] = [];
    for (const node of index.graph.nodes) {
      if (node.kind !== 'service' || !node.provider) continue;
      const names = [node.label, ...(node.aliases ?? []), ...(node.formerNames ?? [])];
      for (const name of [...names, ...names.flatMap((n) => shortForms(n, node.provider!))]) {
        const r = resolveName(index, name, { provider: node.provider, services: true });
        if (r.status !== 'found' || r.id !== node.id) astray.push(`${name} → ${JSON.stringify(r)}`);
      }
    }
    expect(astray).toEqual([]);
  });

  it('have the short forms people type', () => {
    expect(shortForms('Amazon Elastic Kubernetes Service (EKS)', 'aws')).toEqual(
      expect.arrayContaining(['Amazon Elastic Kubernetes Service', 'Elastic Kubernetes Service', 'EKS', 'Amazon EKS']),
    );
    expect(shortForms('Amazon Virtual Private Cloud (Amazon VPC)', 'aws')).toEqual(expect.arrayContaining(['VPC']));
    expect(shortForms('Azure Speech in Foundry Tools', 'azure')).toEqual(
      expect.arrayContaining(['Azure Speech', 'Speech']),
    );
    expect(shortForms('Amazon OpenSearch Service', 'aws')).toEqual(expect.arrayContaining(['OpenSearch']));
  });
});

describe('the services the cloud-map issue found missing', () => {
  const named = [
    'CloudFront',
    'AWS Batch',
    'SNS',
    'Amazon MQ',
    'Kendra',
    'Textract',
    'Transcribe',
    'Comprehend',
    'Rekognition',
    'Cognito',
    'Amazon Q Developer',
    'Timestream',
    'FSx for Lustre',
    'Deep Learning AMIs',
    'EC2 GPU instances',
    'SageMaker Autopilot',
    'Glue Data Catalog',
    'OpenSearch Service',
    'MWAA',
    'QuickSight',
  ];
  it('are all there, each with counterparts on Azure and on Google Cloud', () => {
    const lacking = named.flatMap((name) => {
      const id = service(name, 'aws');
      return (['azure', 'gcp'] as const)
        .filter((p) => equivalents(index, id, p).length === 0)
        .map((p) => `${name} (${id}) → ${p}`);
    });
    expect(lacking).toEqual([]);
  });
});

describe('a stack of 20 common AWS AI/ML and data services', () => {
  const stack = [
    'S3',
    'Lambda',
    'SageMaker',
    'Bedrock',
    'DynamoDB',
    'Redshift',
    'Athena',
    'Glue',
    'Glue Data Catalog',
    'EMR',
    'Kinesis',
    'Firehose',
    'MSK',
    'MWAA',
    'Step Functions',
    'OpenSearch',
    'QuickSight',
    'ECR',
    'EKS',
    'CloudWatch',
  ];
  for (const to of ['azure', 'gcp'] as const)
    it(`translates to ${to} with every name resolved, read as AWS, and no gap`, () => {
      const read = resolveStack(index, stack);
      expect(read).toMatchObject({ from: 'aws', fromReason: 'inferred', ambiguous: [], unknown: [] });
      expect(read.ids).toHaveLength(20);
      const result = translate(index, read.ids, to);
      expect(result.gaps).toEqual([]);
      expect(result.mapped.filter((m) => m.missing.length > 0).map((m) => [m.from, m.missing])).toEqual([]);
    });
});
