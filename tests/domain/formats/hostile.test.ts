// @vitest-environment node
/**
 * Files that are broken, hostile or just not graphs: each is refused with a precise problem (the
 * exact message, path and line are checked) or opened with what could not be kept said, and
 * nothing ever throws.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, importGraph, type ImportResult } from '../../../src/domain/formats/import-graph';
import { Graph } from '../../../src/domain/graph';
import { NODE_KINDS } from '../../../src/domain/vocabulary';

const encoder = new TextEncoder();
const open = (name: string, text: string) => importGraph({ name, bytes: encoder.encode(text) });
const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The problems of a refused file (fails the test if it opened). */
function problems(result: ImportResult) {
  if (result.ok) throw new Error(`expected problems, but it opened as ${result.format}`);
  return result.problems;
}

/** The graph of an opened file (fails the test, with its problems, if it did not open). */
function opened(result: ImportResult) {
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  expect(Graph.safeParse(result.graph).success).toBe(true);
  return result;
}

const cy = (nodes: unknown[], edges: unknown[] = []) => json({ elements: { nodes, edges } });
const node = (data: Record<string, unknown>) => ({ data });

afterEach(() => {
  // No input may reach Object.prototype.
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
});

describe('files that cannot be read as text', () => {
  it('refuses a file over 20 MB before reading it', () => {
    expect(importGraph({ name: 'big.json', bytes: new Uint8Array(IMPORT_LIMITS.bytes + 1) })).toEqual({
      ok: false,
      problems: [
        {
          file: 'big.json',
          path: '',
          message: 'the file is 20,000,001 bytes; at most 20,000,000 bytes (20 MB) can be opened',
        },
      ],
    });
  });

  it('refuses bytes that are not UTF-8 (Latin-1, UTF-16) rather than guess', () => {
    const message = 'not UTF-8 text: save the file as UTF-8 and open it again';
    expect(problems(importGraph({ name: 'latin1.json', bytes: new Uint8Array([0x7b, 0xe9, 0x7d]) }))).toEqual([
      { file: 'latin1.json', path: '', message },
    ]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'{"a":1}'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(problems(importGraph({ name: 'utf16.json', bytes: utf16 }))[0]!.message).toBe(message);
  });

  it('reads UTF-8 with a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(cy([node({ id: 'a' })]))]);
    expect(opened(importGraph({ name: 'bom.cyjs', bytes })).graph.nodes).toHaveLength(1);
  });

  it('says an empty file is empty', () => {
    expect(problems(open('empty.json', ' \n\t'))).toEqual([
      { file: 'empty.json', path: '', message: 'the file is empty' },
    ]);
  });

  it('never throws, even without a proper file', () => {
    const bad = importGraph(null as never);
    expect(problems(bad)).toEqual([
      {
        file: '(unnamed file)',
        path: '',
        message: 'no file content was given',
      },
    ]);
    expect(problems(importGraph({ name: 'x.json', bytes: 'text' as never }))).toEqual([
      { file: 'x.json', path: '', message: 'no file content was given' },
    ]);
  });
});

describe('nesting and size', () => {
  const deep = 'the data is nested more than 100 levels deep';

  it('refuses deeply nested JSON without overflowing the stack', () => {
    expect(problems(open('deep.json', '['.repeat(200_000) + ']'.repeat(200_000)))).toEqual([
      { file: 'deep.json', path: '', message: deep },
    ]);
    const nested = `{"elements":[{"data":{"id":"a","x":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}}]}`;
    expect(problems(open('deep.cyjs', nested))[0]!.message).toBe(deep);
  });

  it('refuses deeply nested YAML, flow and block, before the YAML parser recurses', () => {
    expect(problems(open('flow.yaml', `a: ${'['.repeat(50_000)}${']'.repeat(50_000)}`))[0]!.message).toBe(deep);
    expect(problems(open('block.yaml', `${'- '.repeat(50_000)}x`))[0]!.message).toBe(deep);
    const indented = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n');
    expect(problems(open('indent.yaml', indented))[0]!.message).toBe(deep);
  });

  it('refuses deeply nested XML', () => {
    const xml = `<graphml><graph><node id="a"><data key="d">${'<x>'.repeat(5000)}${'</x>'.repeat(5000)}</data></node></graph></graphml>`;
    expect(problems(open('deep.graphml', xml))).toEqual([
      { file: 'deep.graphml', path: '', message: 'the XML is nested more than 100 levels deep' },
    ]);
  });

  it('reads nesting up to the limit (and drops what has no field)', () => {
    const value = `${'['.repeat(95)}1${']'.repeat(95)}`;
    const result = opened(open('ok.cyjs', `{"elements":[{"data":{"id":"a","x":${value}}}]}`));
    expect(result.warnings).toContain('dropped attributes the app has no field for: on nodes x (1)');
  });

  it('says which limit a graph passes: nodes or edges', { timeout: 60_000 }, () => {
    const nodes = Array.from({ length: IMPORT_LIMITS.nodes + 1 }, (_, i) => ({ data: { id: `n${i}` } }));
    expect(problems(open('nodes.cyjs', JSON.stringify({ elements: { nodes } })))).toEqual([
      { file: 'nodes.cyjs', path: '', message: 'the graph has 50,001 nodes; at most 50,000 can be opened' },
    ]);
    const edges = Array.from({ length: IMPORT_LIMITS.edges + 1 }, () => ({ data: { source: 'a', target: 'a' } }));
    expect(
      problems(open('edges.cyjs', JSON.stringify({ elements: { nodes: [{ data: { id: 'a' } }], edges } }))),
    ).toEqual([
      { file: 'edges.cyjs', path: '', message: 'the graph has 200,001 edges; at most 200,000 can be opened' },
    ]);
    const docs = Array.from({ length: IMPORT_LIMITS.nodes + 1 }, (_, i) => ({ id: `n${i}` }));
    expect(problems(open('nodes.json', JSON.stringify({ nodes: docs })))).toEqual([
      { file: 'nodes.json', path: '', message: 'the file has 50,001 nodes; at most 50,000 can be opened' },
    ]);
  });

  it('refuses YAML whose aliases multiply (a "billion laughs")', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]']
      .concat(['b', 'c', 'd', 'e'].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcd'[i]}`).join(', ')}]`))
      .join('\n');
    expect(problems(open('bomb.yaml', bomb))).toEqual([
      { file: 'bomb.yaml', path: '', message: 'the YAML repeats its aliases too often to be read safely' },
    ]);
  });

  it('lists at most 200 problems, then how many more', () => {
    const edges = Array.from({ length: 300 }, (_, i) => ({ data: { source: 'a', target: `missing${i}` } }));
    const list = problems(open('many.cyjs', cy([node({ id: 'a' })], edges)));
    expect(list).toHaveLength(201);
    expect(list[200]).toEqual({ file: 'many.cyjs', path: '', message: '… and 100 more problems' });
  });
});

describe('truncated and malformed files', () => {
  it('says a JSON file is cut short', () => {
    expect(problems(open('cut.json', '{"nodes": [{"id": "a", "label": "A"'))).toEqual([
      {
        file: 'cut.json',
        path: '',
        line: 1,
        message: 'not valid JSON: the text ends before the data does (is the file cut short?)',
      },
    ]);
  });

  it('gives the line and column of a JSON syntax error', () => {
    expect(problems(open('bad.json', '{\n  "nodes": [1, 2}\n}\n'))).toEqual([
      {
        file: 'bad.json',
        path: '',
        line: 2,
        message: "not valid JSON: Expected ',' or ']' after array element (line 2, column 17)",
      },
    ]);
  });

  it('says a GraphML file is cut short, or where its XML breaks', () => {
    expect(problems(open('cut.graphml', '<graphml>\n<graph>\n<node id="a"/>'))).toEqual([
      {
        file: 'cut.graphml',
        path: '',
        line: 1,
        message: 'not well-formed XML: <graphml>, <graph> never closed (is the file cut short?)',
      },
    ]);
    expect(problems(open('cut2.graphml', '<graphml>\n<graph>\n<node id="a'))).toEqual([
      {
        file: 'cut2.graphml',
        path: '',
        line: 3,
        message: "not well-formed XML: Attributes for 'node' have open quote. (column 6)",
      },
    ]);
    expect(problems(open('bad.graphml', '<graphml>\n<graph>\n</graphml>'))).toEqual([
      {
        file: 'bad.graphml',
        path: '',
        line: 3,
        message:
          "not well-formed XML: Expected closing tag 'graph' (opened in line 2, col 1) instead of closing tag 'graphml'. (column 1)",
      },
    ]);
  });

  it('gives YAML syntax errors with their line', () => {
    expect(problems(open('bad.yaml', 'nodes:\n  - id: a\n   label: A\n'))).toEqual([
      { file: 'bad.yaml', path: '', line: 3, message: 'not valid YAML/JSON: Sequence item without - indicator' },
    ]);
  });

  it('holds a cut-short app file to the schema, node by node, with lines', () => {
    const text = 'nodes:\n  - id: a\n    label: A\n    kind: tool\n    description: An A.\n  - id: b\n    label: B\n';
    expect(problems(open('cut.yaml', text))).toEqual([
      {
        file: 'cut.yaml',
        path: 'nodes[1].description',
        line: 6,
        message: 'Invalid input: expected string, received undefined',
      },
      {
        file: 'cut.yaml',
        path: 'nodes[1].kind',
        line: 6,
        message: `Invalid option: expected one of ${NODE_KINDS.map((k) => `"${k}"`).join('|')}`,
      },
    ]);
  });
});

describe('a limit of the validator', () => {
  it('opens a valid file with a 10,000-step prerequisite chain', { timeout: 30_000 }, () => {
    // A valid file: 10,000 items, each requiring the one before, listed last first.
    const docs: unknown[] = [
      { id: 'c', label: 'C', kind: 'category', description: 'A category.' },
      { id: 'n0', label: 'N0', kind: 'skill', tier: 1, category: 'c', description: 'First.' },
    ];
    for (let i = 9999; i >= 1; i--)
      docs.push({
        id: `n${i}`,
        label: `N${i}`,
        kind: 'skill',
        tier: 2,
        category: 'c',
        description: 'Next.',
        requires: [`n${i - 1}`],
      });
    const result = open('chain.json', JSON.stringify({ nodes: docs }));
    expect(result.ok && result.graph.nodes).toHaveLength(10_001);
  });
});

describe('values a parser would drop without a word', () => {
  it('refuses a JSON key written twice in one object (JSON.parse keeps only the last)', () => {
    const text = '{"elements": [\n  {"data": {"id": "a", "label": "First", "label": "Second"}}\n]}';
    expect(problems(open('twice.cyjs', text))).toEqual([
      {
        file: 'twice.cyjs',
        path: 'elements[0].data.label',
        line: 2,
        message: 'the key "label" appears twice in one object (JSON would keep only the last value)',
      },
    ]);
    // Spelt differently, the same key.
    expect(problems(open('escaped.json', '[{"data": {"id": "a", "i\\u0064": "b"}}]'))[0]!.path).toBe('[0].data.id');
  });

  it('refuses a YAML key written twice', () => {
    expect(problems(open('twice.yaml', 'nodes:\n  - id: a\n    id: b\n'))).toEqual([
      { file: 'twice.yaml', path: '', line: 3, message: 'not valid YAML/JSON: Map keys must be unique' },
    ]);
  });
});

describe('a file full of broken references', () => {
  it('lists the first of them with their places, and how many more', () => {
    const docs = Array.from({ length: 3000 }, (_, i) => ({
      id: `n${i}`,
      label: `N ${i}`,
      kind: 'tool',
      description: 'An item.',
      uses: Array.from({ length: 5 }, (_, j) => `missing-${i}-${j}`),
    }));
    const list = problems(open('broken.json', JSON.stringify({ nodes: docs })));
    expect(list[0]).toMatchObject({ file: 'broken.json', path: 'nodes[0].uses[0]', line: 1 });
    expect(list[0]!.message).toMatch(/^unknown id "missing-0-0"/);
    expect(list.at(-1)).toEqual({ file: 'broken.json', path: '', message: '… and 14,800 more problems' });
  });
});

describe('__proto__ and constructor keys', () => {
  it('are plain attribute names in Cytoscape data (dropped, and said so)', () => {
    const text =
      '{"elements":{"nodes":[{"data":{"id":"a","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}}}}]}}';
    const result = opened(open('proto.cyjs', text));
    expect(result.graph.nodes).toEqual([
      { id: 'a', label: 'a', kind: 'tool', description: 'Imported from Cytoscape JSON.' },
    ]);
    expect(result.warnings).toContain(
      'dropped attributes the app has no field for: on nodes __proto__ (1), constructor (1)',
    );
  });

  it('are unknown fields in the app formats', () => {
    const doc = '{"nodes":[{"id":"a","label":"A","kind":"tool","description":"An A.","__proto__":{"polluted":1}}]}';
    expect(problems(open('proto.json', doc))).toEqual([
      { file: 'proto.json', path: 'nodes[0]', line: 1, message: 'unknown field(s): __proto__' },
    ]);
    const graph =
      '{"__proto__":{"polluted":1},"nodes":[{"id":"a","label":"A","kind":"tool","description":"An A."}],"edges":[]}';
    expect(problems(open('proto-graph.json', graph))).toEqual([
      { file: 'proto-graph.json', path: '', message: 'unknown field(s): __proto__' },
    ]);
    const yaml =
      'nodes:\n  - id: a\n    label: A\n    kind: tool\n    description: An A.\n    __proto__: { polluted: 1 }\n';
    expect(problems(open('proto.yaml', yaml))).toEqual([
      { file: 'proto.yaml', path: 'nodes[0]', line: 2, message: 'unknown field(s): __proto__' },
    ]);
  });

  it('are harmless as GraphML element, attribute and key names', () => {
    const xml =
      '<graphml><key id="k" for="node" attr.name="__proto__"/><key id="c" for="node" attr.name="constructor"/>' +
      '<graph><node id="a" __proto__="x"><data key="k">{"polluted":1}</data><data key="c">x</data><__proto__ polluted="1"/>' +
      '<constructor><prototype polluted="1"/></constructor></node></graph></graphml>';
    const result = opened(open('proto.graphml', xml));
    expect(result.graph.nodes).toEqual([{ id: 'a', label: 'a', kind: 'tool', description: 'Imported from GraphML.' }]);
    expect(result.warnings).toContain(
      'dropped attributes the app has no field for: on nodes __proto__ (1), constructor (1)',
    );
  });

  it('are ids like any other', () => {
    const result = opened(
      open(
        'ids.cyjs',
        cy(
          [node({ id: '__proto__' }), node({ id: 'constructor' })],
          [{ data: { source: '__proto__', target: 'constructor' } }],
        ),
      ),
    );
    expect(result.graph.nodes.map((n) => [n.id, n.label])).toEqual([
      ['proto', '__proto__'],
      ['constructor', 'constructor'],
    ]);
    expect(result.graph.edges[0]).toMatchObject({ source: 'proto', target: 'constructor' });
  });
});

describe('broken structure', () => {
  it('reads number ids as text, and refuses ids of any other type or none', () => {
    const text = cy(
      [node({ id: 1 }), node({ id: { x: 1 } }), node({ id: null }), node({ id: true }), node({ id: '' }), node({})],
      [{ data: { source: 1, target: [1] } }],
    );
    expect(problems(open('ids.cyjs', text)).map((p) => [p.path, p.message])).toEqual([
      ['elements.nodes[1].data.id', 'node id must be text or a number, not an object'],
      ['elements.nodes[2].data.id', 'node id must be text or a number, not null'],
      ['elements.nodes[3].data.id', 'node id must be text or a number, not true'],
      ['elements.nodes[4].data.id', 'node id must not be empty'],
      ['elements.nodes[5].data.id', 'a node needs an id'],
      ['elements.edges[0].data.target', 'edge target must be text or a number, not a list'],
    ]);
    expect(
      opened(open('num.cyjs', cy([node({ id: 1 }), node({ id: 2 })], [{ data: { source: 1, target: 2 } }]))).graph
        .edges,
    ).toEqual([{ id: 'integrates-with:1->2', kind: 'integrates-with', source: '1', target: '2' }]);
  });

  it('refuses duplicate node and edge ids, naming the first', () => {
    const text = cy(
      [node({ id: 'a' }), node({ id: 'b' }), node({ id: 'a' })],
      [{ data: { id: 'e', source: 'a', target: 'b' } }, { data: { id: 'e', source: 'b', target: 'a' } }],
    );
    expect(problems(open('dup.cyjs', text))).toEqual([
      {
        file: 'dup.cyjs',
        path: 'elements.nodes[2].data.id',
        line: 16,
        message: 'duplicate node id "a" (first used at elements.nodes[0].data.id)',
      },
      {
        file: 'dup.cyjs',
        path: 'elements.edges[1].data.id',
        line: 30,
        message: 'duplicate edge id "e" (first used at elements.edges[0].data.id)',
      },
    ]);
    const xml = '<graphml><graph>\n<node id="a"/>\n<node id="a"/>\n</graph></graphml>';
    expect(problems(open('dup.graphml', xml))).toEqual([
      {
        file: 'dup.graphml',
        path: 'graphml.graph[0].node[1].id',
        line: 3,
        message: 'duplicate node id "a" (first used at graphml.graph[0].node[0].id)',
      },
    ]);
    const graph = json({
      nodes: [
        { id: 'a', label: 'A', kind: 'tool', description: 'An A.' },
        { id: 'a', label: 'A2', kind: 'tool', description: 'Another A.' },
      ],
      edges: [],
    });
    expect(problems(open('dup-graph.json', graph))).toEqual([
      {
        file: 'dup-graph.json',
        path: 'nodes[1].id',
        line: 10,
        message: 'duplicate node id "a" (first used at nodes[0].id)',
      },
    ]);
    const docs =
      'nodes:\n  - { id: a, label: A, kind: tool, description: An A. }\n  - { id: a, label: B, kind: tool, description: A B. }\n';
    expect(problems(open('dup.yaml', docs))).toEqual([
      {
        file: 'dup.yaml',
        path: 'nodes[1].id',
        line: 3,
        message: 'duplicate node id "a" (first used at nodes[0].id)',
      },
    ]);
  });

  it("refuses, in the app's graph JSON, an edge id that is also a node id (found by the fuzzer)", () => {
    const graph = json({
      nodes: [
        { id: 'a', label: 'A', kind: 'tool', description: 'An A.' },
        { id: 'b', label: 'B', kind: 'tool', description: 'A B.' },
      ],
      edges: [{ id: 'a', kind: 'uses', source: 'a', target: 'b' }],
    });
    expect(problems(open('clash.json', graph))).toEqual([
      {
        file: 'clash.json',
        path: 'edges[0].id',
        line: 18,
        message: 'edge id "a" is also the id of a node; ids must be unique',
      },
    ]);
  });

  it('refuses edges to missing nodes, with the closest ids', () => {
    const text = cy(
      [node({ id: 'python' }), node({ id: 'pandas' })],
      [{ data: { source: 'pandas', target: 'pyton' } }, { data: { source: 'x', target: 'python' } }],
    );
    expect(problems(open('dangling.cyjs', text)).map((p) => [p.path, p.message])).toEqual([
      ['elements.edges[0].data.target', 'edge target "pyton" is not a node in this file; closest: python'],
      ['elements.edges[1].data.source', 'edge source "x" is not a node in this file'],
    ]);
    const xml = '<graphml><graph><node id="a"/><edge source="a" target="b"/></graph></graphml>';
    expect(problems(open('dangling.graphml', xml))).toEqual([
      {
        file: 'dangling.graphml',
        path: 'graphml.graph[0].edge[0].target',
        line: 1,
        message: 'edge target "b" is not a node in this file; closest: a',
      },
    ]);
    const graph = json({
      nodes: [{ id: 'a', label: 'A', kind: 'tool', description: 'An A.' }],
      edges: [{ id: 'e', kind: 'uses', source: 'a', target: 'b' }],
    });
    expect(problems(open('dangling.json', graph))).toEqual([
      {
        file: 'dangling.json',
        path: 'edges[0].target',
        line: 15,
        message: 'edge target "b" is not a node in this file; closest: a',
      },
    ]);
  });

  it('refuses prerequisites that require themselves or loop', () => {
    const requires = (source: string, target: string) => ({ data: { source, target, kind: 'requires' } });
    const text = cy(
      [node({ id: 'a' }), node({ id: 'b' }), node({ id: 'c' })],
      [requires('a', 'a'), requires('a', 'b'), requires('b', 'c'), requires('c', 'a')],
    );
    expect(problems(open('loop.cyjs', text)).map((p) => [p.path, p.message])).toEqual([
      ['elements.edges[0].data.target', '"a" requires itself'],
      ['elements.edges[1].data.target', 'requires cycle: a → b → c → a'],
    ]);
    // A loop of other relations is fine: only prerequisites must not loop.
    const uses = cy(
      [node({ id: 'a' }), node({ id: 'b' })],
      [{ data: { source: 'a', target: 'b', kind: 'uses' } }, { data: { source: 'b', target: 'a', kind: 'uses' } }],
    );
    expect(opened(open('uses.cyjs', uses)).graph.edges).toHaveLength(2);
    const xml =
      '<graphml><key id="k" for="edge" attr.name="kind"/><graph><node id="a"/><node id="b"/>' +
      '<edge source="a" target="b"><data key="k">requires</data></edge><edge source="b" target="a"><data key="k">requires</data></edge></graph></graphml>';
    expect(problems(open('loop.graphml', xml)).map((p) => p.message)).toEqual(['requires cycle: a → b → a']);
    const graph = json({
      nodes: [
        { id: 'a', label: 'A', kind: 'skill', description: 'An A.' },
        { id: 'b', label: 'B', kind: 'skill', description: 'A B.' },
      ],
      edges: [
        { id: 'requires:a->b', kind: 'requires', source: 'a', target: 'b' },
        { id: 'requires:b->a', kind: 'requires', source: 'b', target: 'a' },
      ],
    });
    expect(problems(open('loop.json', graph)).map((p) => [p.path, p.message])).toEqual([
      ['edges[0].target', 'requires cycle: a → b → a'],
    ]);
  });

  it('holds the app format to the rules of every graph: no prerequisite of itself', () => {
    const docs = [
      'nodes:',
      '  - { id: a, label: A, kind: skill, tier: 1, category: c, description: An A., requires: [a] }',
      '  - { id: c, label: C, kind: category, description: A category. }',
    ].join('\n');
    expect(problems(open('self.yaml', docs))).toEqual([
      { file: 'self.yaml', path: 'nodes[0].requires[0]', line: 2, message: '"a" requires itself' },
    ]);
  });

  it('refuses Cytoscape elements that are not elements', () => {
    expect(
      problems(open('arr.json', '[1, {"data": 2}, {"group": "x", "data": {}}]')).map((p) => [p.path, p.message]),
    ).toEqual([
      ['[0]', 'a Cytoscape element is an object with a data object, not the number 1'],
      ['[1].data', 'a Cytoscape element needs a data object, not the number 2'],
      ['[2].group', 'group must be "nodes" or "edges", not the text "x"'],
    ]);
    expect(problems(open('els.json', '{"elements": 3}'))[0]!.message).toBe(
      'elements must be a list or { nodes, edges }, not the number 3',
    );
  });
});

describe('labels are text', () => {
  it('keeps <script> and entities as the text they are, in every format', () => {
    const label = '<script>alert("x")</script>';
    expect(opened(open('s.cyjs', cy([node({ id: 'x', label })]))).graph.nodes[0]!.label).toBe(label);
    const xml =
      '<graphml><key id="l" for="node" attr.name="label"/><graph><node id="x"><data key="l">&lt;script&gt;alert("x")&lt;/script&gt;</data></node></graph></graphml>';
    expect(opened(open('s.graphml', xml)).graph.nodes[0]!.label).toBe(label);
    const cdata =
      '<graphml><key id="l" for="node" attr.name="label"/><graph><node id="x"><data key="l"><![CDATA[<script>alert("x")</script>]]></data></node></graph></graphml>';
    expect(opened(open('c.graphml', cdata)).graph.nodes[0]!.label).toBe(label);
    const doc = json({ nodes: [{ id: 'x', label, kind: 'tool', description: '<img src=x onerror=alert(1)>' }] });
    expect(opened(open('s.json', doc)).graph.nodes[0]).toMatchObject({
      label,
      description: '<img src=x onerror=alert(1)>',
    });
  });
});

describe('files that are not graphs, or not graphs the app reads', () => {
  const expected =
    'expected a Stack Atlas file ({ nodes: [...] } in YAML or JSON, or { nodes, edges }), Cytoscape JSON ({ elements: ... }) or GraphML';
  it.each([
    ['plain.txt', 'hello world', `not a graph format the app reads: found plain text; ${expected}`],
    ['num.json', '42', `not a graph format the app reads: found the number 42; ${expected}`],
    [
      'obj.json',
      '{"a": 1, "b": 2}',
      `not a graph format the app reads: found an object with the fields a, b; ${expected}`,
    ],
    [
      'nodelink.json',
      '{"directed": true, "nodes": [{"id": 1}], "links": [{"source": 1, "target": 1}]}',
      `not a graph format the app reads: this looks like networkx/D3 node-link JSON; export GraphML instead (networkx: write_graphml), or bring ${expected.replace('expected ', '')}`,
    ],
    ['graph.dot', 'digraph G {\n  a -> b;\n}\n', `Graphviz DOT is not a graph format the app reads; ${expected}`],
    ['edges.csv', 'source,target\na,b\n', `CSV is not a graph format the app reads; ${expected}`],
    [
      'graph.gexf',
      '<?xml version="1.0"?><gexf><graph/></gexf>',
      'XML, but not GraphML: the root element is <gexf> (GEXF: export GraphML from Gephi instead)',
    ],
    [
      'pic.svg',
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'XML, but not GraphML: the root element is <svg> (a picture or page, not a graph)',
    ],
    ['x.graphml', '{"nodes": []}', 'the file is named .graphml but holds no XML'],
    ['empty.graphml', '<graphml/>', 'GraphML without a <graph> element'],
  ])('%s', (name, text, message) => {
    expect(problems(open(name, text)).map((p) => p.message)).toEqual([message]);
  });

  it('refuses a graph without nodes', () => {
    for (const [name, text] of [
      ['e.cyjs', '{"elements": {"nodes": [], "edges": []}}'],
      ['e.json', '{"nodes": []}'],
      ['e.graphml', '<graphml><graph/></graphml>'],
    ])
      expect(problems(open(name!, text!))).toEqual([
        { file: name, path: '', message: 'the graph is empty: the file holds no nodes' },
      ]);
  });
});
