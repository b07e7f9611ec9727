// @vitest-environment node
/**
 * A relation stated twice (the same kind between the same two nodes) is refused with its place in
 * the app's formats, which name an edge by exactly that, and merged with a warning in foreign ones;
 * either way no graph opens with two edges sharing an id, and every export opens again.
 */
import { describe, expect, it } from 'vitest';
import { importGraph } from '../../../src/domain/formats/import-graph';
import { loadGraph } from '../../../src/domain/load-graph';
import { checkMutated } from '../../fuzz/targets';

const encoder = new TextEncoder();
const open = (name: string, text: string) => importGraph({ name, bytes: encoder.encode(text) });
const problems = (name: string, text: string) => {
  const result = open(name, text);
  if (result.ok) throw new Error(`opened, with edges ${result.graph.edges.map((e) => e.id).join(', ')}`);
  return result.problems.map(({ path, line, message }) => ({ path, line, message }));
};

const docs = (relation: string) =>
  [
    'nodes:',
    '  - { id: a, label: A, kind: skill, description: An A. }',
    `  - { id: b, label: B, kind: skill, description: A B., ${relation} }`,
  ].join('\n');

describe('a relation stated twice', () => {
  it.each([
    ['requires: [a, a]', 'nodes[1].requires[1]', 'requires'],
    ['requires: [a, { id: a, strength: recommended }]', 'nodes[1].requires[1].id', 'requires'],
    ['requires: [a, { anyOf: [a, c] }]', 'nodes[1].requires[1].anyOf[0]', 'requires'],
    ['uses: [a, a]', 'nodes[1].uses[1]', 'uses'],
  ])('in app YAML (%s) is refused at the repeat', (relation, path, kind) => {
    const text = relation.includes('anyOf')
      ? `${docs(relation)}\n  - { id: c, label: C, kind: skill, description: A C. }`
      : docs(relation);
    const first = path.includes('anyOf') ? 'nodes[1].requires[0]' : `nodes[1].${kind}[0]`;
    expect(problems('repeat.yaml', text)).toEqual([
      {
        path,
        line: 3,
        message: `repeats the ${kind} relation from "b" to "a" (first at ${first}); state it once`,
      },
    ]);
  });

  it('in graph JSON is refused at the second edge, whatever its id', () => {
    const graph = {
      nodes: [
        { id: 'a', label: 'A', kind: 'tool', description: 'An A.' },
        { id: 'b', label: 'B', kind: 'tool', description: 'A B.' },
      ],
      edges: [
        { id: 'one', kind: 'uses', source: 'b', target: 'a' },
        { id: 'two', kind: 'uses', source: 'b', target: 'a' },
      ],
    };
    expect(problems('repeat.json', JSON.stringify(graph, null, 2))).toEqual([
      {
        path: 'edges[1].target',
        line: 27,
        message: 'repeats the uses relation from "b" to "a" (first at edges[0].target); state it once',
      },
    ]);
  });

  it('in graph-data is a validation problem', () => {
    const result = loadGraph([
      {
        name: 'g.yaml',
        text: [
          'nodes:',
          '  - { id: c, label: C, kind: category, description: A category. }',
          '  - { id: a, label: A, kind: skill, tier: 1, category: c, description: An A. }',
          '  - { id: b, label: B, kind: skill, tier: 1, category: c, description: A B., requires: [a, a] }',
        ].join('\n'),
      },
    ]);
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.message])).toEqual([
      ['nodes[2].requires[1]', 'repeats "a" (first at requires[0]); state it once'],
    ]);
  });

  it("the fuzzer's case (seed 888616169): a requires line duplicated in app YAML", () => {
    const graph = {
      nodes: [
        { id: 'a', label: 'A', kind: 'skill' as const, description: 'An A.' },
        { id: 'b', label: 'B', kind: 'skill' as const, description: 'A B.' },
      ],
      edges: [{ id: 'requires:b->a', kind: 'requires' as const, source: 'b', target: 'a', strength: 'hard' as const }],
    };
    const text =
      'nodes:\n  - id: a\n    label: A\n    kind: skill\n    description: An A.\n  - id: b\n    label: B\n    kind: skill\n    description: A B.\n    requires:\n      - a\n      - a\n';
    expect(() =>
      checkMutated({ graph, mutations: [{ op: 'insert', at: 0, text: '' }], name: 'graph.yaml', text }),
    ).not.toThrow();
    expect(problems('graph.yaml', text)[0]).toMatchObject({ path: 'nodes[1].requires[1]', line: 12 });
  });
});
