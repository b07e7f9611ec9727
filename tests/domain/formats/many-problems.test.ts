// @vitest-environment node
/**
 * A file with more problems than the engine's argument limit (one node, 100,000 edges to missing
 * nodes) gets the first problems with their places and "… and N more", also with the small stack
 * of a browser worker: never "nested too deeply", never a stack overflow.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const EDGES = 100_000;
const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Imports a generated file in a Node with a worker-sized stack, and returns the problems. */
function importWithSmallStack(format: string): { path: string; line?: number; message: string }[] {
  const script = `
    import { importGraph } from './src/domain/formats/import-graph.ts';
    const n = ${EDGES};
    const node = { id: 'a', label: 'A', kind: 'tool', description: 'A node.' };
    const files = {
      cytoscape: ['c.json', () => JSON.stringify({ elements: { nodes: [{ data: { id: 'a' } }],
        edges: Array.from({ length: n }, (_, i) => ({ data: { id: 'e' + i, source: 'a', target: 'm' + i } })) } })],
      graph: ['g.json', () => JSON.stringify({ nodes: [node],
        edges: Array.from({ length: n }, (_, i) => ({ id: 'e' + i, kind: 'uses', source: 'a', target: 'm' + i })) })],
      atlas: ['a.json', () => JSON.stringify({ nodes: [{ ...node, uses: Array.from({ length: n }, (_, i) => 'm' + i) }] })],
      graphml: ['g.graphml', () => ['<graphml><graph><node id="a"/>',
        ...Array.from({ length: n }, (_, i) => '<edge source="a" target="m' + i + '"/>'), '</graph></graphml>'].join('\\n')],
    };
    const [name, text] = files[${JSON.stringify(format)}];
    const result = importGraph({ name, bytes: new TextEncoder().encode(text()) });
    process.stdout.write(JSON.stringify(result.ok ? 'opened' : result.problems));
  `;
  const out = execFileSync(
    process.execPath,
    ['--stack-size=400', '--import', 'tsx', '--input-type=module', '-e', script],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return JSON.parse(out) as { path: string; line?: number; message: string }[];
}

describe('100,000 edges to missing nodes', () => {
  it.each(['cytoscape', 'graph', 'atlas', 'graphml'])(
    'in %s: the first problems with places, then how many more',
    (format) => {
      const problems = importWithSmallStack(format);
      expect(problems).toHaveLength(201);
      expect(problems[0]!.path).not.toBe('');
      expect(problems[0]!.line).toBeGreaterThanOrEqual(1);
      expect(problems[0]!.message).toMatch(/m0/);
      expect(problems.every((p) => !/nested too deeply|could not read the file/.test(p.message))).toBe(true);
      expect(problems[200]!.message).toBe('… and 99,800 more problems');
    },
    120_000,
  );
});
