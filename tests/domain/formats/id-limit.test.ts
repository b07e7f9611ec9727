// @vitest-environment node
/** One id limit, 200 characters, for every format: no id can make the address outgrow a server. */
import { describe, expect, it } from 'vitest';
import { importGraph } from '../../../src/domain/formats/import-graph';
import { ID_MAX } from '../../../src/domain/schema';

const encoder = new TextEncoder();
const open = (name: string, text: string) => importGraph({ name, bytes: encoder.encode(text) });
const huge = 'a'.repeat(100_000);

describe('an id of 100,000 characters', () => {
  it('is refused in app YAML, with its place', () => {
    const result = open('long.yaml', `nodes:\n  - { id: ${huge}, label: A, kind: tool, description: An A. }\n`);
    expect(ID_MAX).toBe(200);
    expect(result.ok ? [] : result.problems).toEqual([
      { file: 'long.yaml', path: 'nodes[0].id', line: 2, message: 'an id is at most 200 characters' },
    ]);
  });

  it('is refused in graph JSON, with its place', () => {
    const text = JSON.stringify({ nodes: [{ id: huge, label: 'A', kind: 'tool', description: 'An A.' }], edges: [] });
    expect(open('long.json', text)).toMatchObject({
      ok: false,
      problems: [{ path: 'nodes[0].id', message: 'an id is at most 200 characters' }],
    });
  });

  it('is rewritten in Cytoscape JSON and GraphML, as every id the app cannot keep', () => {
    for (const [name, text] of [
      ['long.cyjs', JSON.stringify({ elements: { nodes: [{ data: { id: huge } }] } })],
      ['long.graphml', `<graphml><graph><node id="${huge}"/></graph></graphml>`],
    ]) {
      const result = open(name!, text!);
      if (!result.ok) throw new Error(result.problems[0]!.message);
      expect(result.graph.nodes[0]!.id.length).toBeLessThanOrEqual(ID_MAX);
    }
  });
});
