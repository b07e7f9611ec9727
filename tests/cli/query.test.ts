import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCommands, UnknownNameError } from '../../src/cli/query-commands';
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

  it('equivalents names the counterparts on the other clouds', () => {
    const { text } = commands.equivalents('AWS Lambda');
    expect(text).toContain('Azure Functions — full match');
    expect(text).toContain('Cloud Run functions — full match');
  });

  it('translate maps names, aliases and former names, and lists the unknown', () => {
    const { data } = commands.translate(['S3, Lambda, SageMaker', 'Nonsense'], 'gcp');
    const result = data as { mapped: { from: string; counterparts: { service: string }[] }[]; unknown: string[] };
    expect(result.mapped.map((m) => [m.from, m.counterparts[0]?.service])).toEqual([
      ['aws-s3', 'gcp-cloud-storage'],
      ['aws-lambda', 'gcp-cloud-run-functions'],
      ['aws-sagemaker-ai', 'gcp-vertex-ai'],
    ]);
    expect(result.unknown).toEqual(['Nonsense']);
  });

  it('an unknown name fails with the closest matches', () => {
    expect(() => commands.unlocks('Dokcer')).toThrow(UnknownNameError);
    expect(() => commands.unlocks('Dokcer')).toThrow(/^unknown item "Dokcer"; did you mean: Docker/);
  });
});

describe('the query CLI', () => {
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
