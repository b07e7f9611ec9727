/**
 * `npm run schema`: writes graph-data/schema.json, the JSON Schema of a data file generated from
 * the zod schema, and makes the first line of every YAML file in graph-data/ name it, so editors
 * with the YAML language server complete fields and flag wrong values while typing. Run it after
 * changing src/domain/schema.ts or adding a data file. `npm run validate` stays the authority on
 * references, cycles and tiers, which a JSON Schema cannot express.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { graphFileJsonSchema } from '../domain/json-schema.ts';
import { GRAPH_DATA_DIR, readGraphData, SCHEMA_FILE } from './read-graph-data.ts';

export const SCHEMA_PATH = join(GRAPH_DATA_DIR, SCHEMA_FILE);

export const schemaText = () => `${JSON.stringify(graphFileJsonSchema(), null, 2)}\n`;

const HEADER = '# yaml-language-server: $schema=';

/** The header line for a data file named as readGraphData names it ("graph-data/cloud/aws.yaml"). */
export function schemaHeader(name: string): string {
  const depth = name.split('/').length - 2;
  return `${HEADER}${depth === 0 ? './' : '../'.repeat(depth)}${SCHEMA_FILE}`;
}

/** The text with its first line set to `header` (replacing an older header, never anything else). */
export function withSchemaHeader(text: string, header: string): string {
  if (!text.startsWith(HEADER)) return `${header}\n${text}`;
  const end = text.indexOf('\n');
  return end === -1 ? header : `${header}${text.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_PATH, schemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
  const root = join(GRAPH_DATA_DIR, '..');
  let headed = 0;
  for (const file of readGraphData().filter((f) => /\.ya?ml$/.test(f.name))) {
    const text = withSchemaHeader(file.text, schemaHeader(file.name));
    if (text === file.text) continue;
    writeFileSync(join(root, file.name), text);
    headed++;
  }
  if (headed) console.log(`named the schema on the first line of ${headed} YAML file(s)`);
}
