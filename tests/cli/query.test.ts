import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AmbiguousNameError, createCommands, UnknownNameError } from '../../src/cli/query-commands';
import { realAtlas } from '../fixtures/real-atlas';

const commands = createCommands(realAtlas());
const root = resolve(import.meta.dirname, '../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');
const run = (...args: string[]) => spawnSync(tsx, ['src/cli/query.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('query commands', () => {
  it('plan prints an ordered plan starting from Tier 1', () => {
    const { text } = commands.plan(['rag systems']);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Learning plan for RAG Systems: \d+ step\(s\)$/);
    expect(lines[2]).toBe('Tier 1');
    expect(text.indexOf('Python (language')).toBeLessThan(text.indexOf('Embedding Models'));
  });

  it('plan leaves out what is known', () => {
    const { data } = commands.plan(['RAG Systems'], ['python,text mining']);
    const ids = (data as { steps: { id: string }[] }).steps.map((s) => s.id);
    expect(ids).not.toContain('python');
    expect(ids).not.toContain('text-mining');
  });

  it('equivalents names the counterparts on the other clouds, by current name and former names', () => {
    const { text } = commands.equivalents('AWS Lambda');
    expect(text).toContain('Azure Functions — full match');
    expect(text).toContain('Cloud Run functions (formerly Cloud Functions, Google Cloud Functions) — full match');
  });

  it('equivalents takes a service by its full name with or without the abbreviation, or the abbreviation', () => {
    const cases: [string[], string][] = [
      [
        ['Amazon Elastic Kubernetes Service', 'Amazon Elastic Kubernetes Service (EKS)', 'EKS', 'Amazon EKS'],
        'aws-eks',
      ],
      [['Elastic Kubernetes Service'], 'aws-eks'],
      [['Amazon Elastic Container Registry', 'ECR'], 'aws-ecr'],
      [['AWS Key Management Service', 'KMS'], 'aws-kms'],
      [['AWS Identity and Access Management'], 'aws-iam'],
      [['Amazon Managed Workflows for Apache Airflow', 'MWAA'], 'aws-mwaa'],
      [['Amazon Managed Streaming for Apache Kafka', 'MSK'], 'aws-msk'],
    ];
    for (const [names, id] of cases)
      for (const name of names) expect((commands.equivalents(name).data as { id: string }).id, name).toBe(id);
  });

  it('equivalents asks which one when a name fits several services, unless --from settles it', () => {
    expect(() => commands.equivalents('API Gateway')).toThrow(AmbiguousNameError);
    expect(() => commands.equivalents('API Gateway')).toThrow(/Amazon API Gateway .*AWS.*; API Gateway .*Google Cloud/);
    expect(() => commands.equivalents('IAM')).toThrow(AmbiguousNameError);
    expect((commands.equivalents('API Gateway', 'aws').data as { id: string }).id).toBe('aws-api-gateway');
    expect((commands.equivalents('API Gateway', 'gcp').data as { id: string }).id).toBe('gcp-api-gateway');
    expect((commands.equivalents('IAM', 'gcp').data as { id: string }).id).toBe('gcp-iam');
  });

  it('translate reads short names in the light of the stack, and says which cloud it took them from', () => {
    const { text, data } = commands.translate(['S3, Lambda, OpenSearch, CloudFront'], 'azure');
    const result = data as { from: string; fromReason: string; mapped: { id: string }[]; gaps: unknown[] };
    expect(result).toMatchObject({ from: 'aws', fromReason: 'inferred', gaps: [] });
    expect(result.mapped.map((m) => m.id)).toEqual([
      'aws-s3',
      'aws-lambda',
      'aws-opensearch-service',
      'aws-cloudfront',
    ]);
    expect(text.split('\n')[0]).toBe('From AWS (inferred from the other names; say --from to change it).');
    expect(text).toContain('Amazon OpenSearch Service (formerly Amazon Elasticsearch Service) (for "OpenSearch") →');
    expect(text).toContain('  AWS Lambda →'); // "Lambda" is an alias: nothing to explain
    expect(text).toContain('Azure Front Door — full match (Content delivery network (CDN))');
  });

  it('translate lists a name that is still ambiguous with its candidates, and never guesses', () => {
    const { text, data } = commands.translate(['OpenSearch'], 'gcp');
    const result = data as {
      from: null;
      mapped: unknown[];
      ambiguous: { name: string; candidates: { id: string }[] }[];
    };
    expect(result.from).toBeNull();
    expect(result.mapped).toEqual([]);
    expect(result.ambiguous).toEqual([
      {
        name: 'OpenSearch',
        candidates: [
          expect.objectContaining({ id: 'opensearch' }),
          expect.objectContaining({ id: 'aws-opensearch-service' }),
        ],
      },
    ]);
    expect(text).toContain(
      'Ambiguous: "OpenSearch" could mean OpenSearch (database, Tier 2); Amazon OpenSearch Service',
    );
    expect((commands.translate(['OpenSearch'], 'gcp', 'aws').data as { mapped: { id: string }[] }).mapped[0]!.id).toBe(
      'aws-opensearch-service',
    );
  });

  it('translate maps names, aliases and former names, and lists the unknown', () => {
    const { data } = commands.translate(['S3, Lambda, SageMaker', 'Nonsense'], 'gcp');
    const result = data as { mapped: { id: string; counterparts: { id: string }[] }[]; unknown: { name: string }[] };
    expect(result.mapped.map((m) => [m.id, m.counterparts[0]?.id])).toEqual([
      ['aws-s3', 'gcp-cloud-storage'],
      ['aws-lambda', 'gcp-cloud-run-functions'],
      ['aws-sagemaker-ai', 'gcp-vertex-ai'],
    ]);
    expect(result.unknown.map((u) => u.name)).toEqual(['Nonsense']);
  });

  it('translate --json gives each counterpart its name, former names, provider, grade, caveats and sources', () => {
    const { data } = commands.translate(['SageMaker'], 'gcp');
    const [row] = (data as { mapped: { label: string; formerNames: string[]; counterparts: unknown[] }[] }).mapped;
    expect(row).toMatchObject({ label: 'Amazon SageMaker AI', formerNames: ['Amazon SageMaker'] });
    expect(row!.counterparts[0]).toMatchObject({
      id: 'gcp-vertex-ai',
      label: 'Gemini Enterprise Agent Platform',
      formerNames: expect.arrayContaining(['Vertex AI']),
      provider: 'gcp',
      match: expect.stringMatching(/^(full|partial)$/),
      caveats: expect.any(Array),
      sources: expect.arrayContaining([
        expect.objectContaining({ url: expect.stringMatching(/^https:\/\//), checked: expect.any(String) }),
      ]),
    });
  });

  it('says whose each caveat is: the counterpart’s or the translated service’s own', () => {
    const { text, data } = commands.translate(['Amazon MemoryDB'], 'gcp');
    expect(text).toContain('caveat on Amazon MemoryDB: A durable primary database, not only a cache.');
    const caveats = (data as { mapped: { counterparts: { caveats: { service: string; label: string }[] }[] }[] })
      .mapped[0]!.counterparts[0]!.caveats;
    expect(caveats).toContainEqual(expect.objectContaining({ service: 'aws-memorydb', label: 'Amazon MemoryDB' }));
  });

  it('maps managed Airflow to managed Airflow and QuickSight to Power BI (the two old mapping errors)', () => {
    const counterparts = (name: string, to: string) =>
      (
        commands.translate([name], to).data as { mapped: { counterparts: { id: string }[] }[] }
      ).mapped[0]!.counterparts.map((c) => c.id);
    expect(counterparts('MWAA', 'azure')).toEqual(['azure-fabric-airflow-jobs']);
    expect(counterparts('MWAA', 'gcp')).toEqual(['gcp-managed-airflow']);
    expect(counterparts('Managed Service for Apache Airflow', 'aws')).toEqual(['aws-mwaa']);
    expect(counterparts('QuickSight', 'azure')).toContain('power-bi');
    expect(counterparts('QuickSight', 'azure')[0]).toBe('power-bi');
  });

  it('an unknown name fails with the closest matches', () => {
    expect(() => commands.unlocks('Dokcer')).toThrow(UnknownNameError);
    expect(() => commands.unlocks('Dokcer')).toThrow(/^unknown item "Dokcer"; did you mean: Docker/);
  });
});

describe('the query CLI', { timeout: 60_000 }, () => {
  it('prints JSON with --json', () => {
    const out = execFileSync(tsx, ['src/cli/query.ts', 'unlocks', 'Docker', '--json'], { cwd: root, encoding: 'utf8' });
    const data = JSON.parse(out) as { id: string; unlocks: string[] };
    expect(data.id).toBe('docker');
    expect(data.unlocks).toContain('kubernetes');
  });

  it('exits non-zero with suggestions for an unknown name', () => {
    const result = run('path', 'pandsa', 'kubernetes');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown item "pandsa"; did you mean: pandas');
  });
});
