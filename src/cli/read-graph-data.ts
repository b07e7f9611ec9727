/** Reads every graph-data file from disk (Node only), with names relative to the repository. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { SourceFile } from '../domain/parse-files.ts';

export const GRAPH_DATA_DIR = resolve(import.meta.dirname, '../../graph-data');
const DATA_FILE = /\.(ya?ml|json)$/;
/** The JSON Schema that editors read (written by `npm run schema`): not a data file itself. */
export const SCHEMA_FILE = 'schema.json';

export function readGraphData(dir = GRAPH_DATA_DIR): SourceFile[] {
  const root = resolve(dir, '..');
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && DATA_FILE.test(entry.name) && entry.name !== SCHEMA_FILE)
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((path) => ({ name: relative(root, path), text: readFileSync(path, 'utf8') }));
}
