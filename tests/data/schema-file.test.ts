import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../src/cli/read-graph-data';
import { SCHEMA_PATH, schemaHeader, schemaText, withSchemaHeader } from '../../src/cli/schema';

describe('graph-data/schema.json, the JSON Schema editors use', () => {
  it('is what `npm run schema` generates from the zod schema today (run it after changing schema.ts)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(schemaText());
  });

  it('knows the fields and enums a maintainer types', () => {
    const node = JSON.parse(schemaText()).properties.nodes.items;
    expect(node.additionalProperties).toBe(false);
    expect(node.required).toEqual(expect.arrayContaining(['id', 'label', 'kind', 'description']));
    expect(node.properties.provider.enum).toEqual(['aws', 'azure', 'gcp']);
    expect(node.properties.implements.items.properties.match.enum).toEqual(['full', 'partial']);
    expect(node.properties.links.items.pattern).toBe('^https://');
  });

  it('is named on the first line of every YAML data file, by a path that leads to it (npm run schema adds it)', () => {
    const yaml = readGraphData().filter((f) => /\.ya?ml$/.test(f.name));
    expect(yaml.length).toBeGreaterThan(20);
    const wrong = yaml.filter((f) => f.text.split('\n')[0] !== schemaHeader(f.name)).map((f) => f.name);
    expect(wrong).toEqual([]);
    expect(schemaHeader('graph-data/structure.yaml')).toBe('# yaml-language-server: $schema=./schema.json');
    expect(schemaHeader('graph-data/cloud/aws.yaml')).toBe('# yaml-language-server: $schema=../schema.json');
  });

  it('adds the header line, or replaces an older one, and leaves the data alone', () => {
    const header = schemaHeader('graph-data/tier-1/skills.yaml');
    expect(withSchemaHeader('nodes: []\n', header)).toBe(`${header}\nnodes: []\n`);
    expect(withSchemaHeader('# yaml-language-server: $schema=old.json\nnodes: []\n', header)).toBe(
      `${header}\nnodes: []\n`,
    );
    expect(withSchemaHeader('# a comment\nnodes: []\n', header)).toBe(`${header}\n# a comment\nnodes: []\n`);
  });
});
