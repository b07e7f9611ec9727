import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH, schemaText } from '../../src/cli/schema';

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
});
