/**
 * `npm run schema`: writes graph-data/schema.json, the JSON Schema of a data file, generated from
 * the zod schema. Editors read it (each YAML file names it on its first line) to complete fields
 * and flag wrong values while typing; `npm run validate` stays the authority on references,
 * cycles and tiers, which a JSON Schema cannot express.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { graphFileJsonSchema } from '../domain/json-schema.ts';
import { GRAPH_DATA_DIR, SCHEMA_FILE } from './read-graph-data.ts';

export const SCHEMA_PATH = join(GRAPH_DATA_DIR, SCHEMA_FILE);

export const schemaText = () => `${JSON.stringify(graphFileJsonSchema(), null, 2)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_PATH, schemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
}
