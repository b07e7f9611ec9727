// @vitest-environment node
/**
 * Every export reads back as the same graph: same nodes, edges and attributes (compared after
 * sorting), on the real curriculum and on random graphs; and toDocs undoes toGraph.
 */
import cytoscape from 'cytoscape';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';
import { readGraphData } from '../../../src/cli/read-graph-data';
import {
  atlasJsonLosses,
  exportAppJson,
  exportCytoscapeJson,
  exportGraphJson,
  exportGraphML,
  toDocs,
} from '../../../src/domain/formats/export-graph';
import { importGraph, type Format } from '../../../src/domain/formats/import-graph';
import { toGraph, type Graph } from '../../../src/domain/graph';
import { loadGraph } from '../../../src/domain/load-graph';
import { graphArbitrary, randomDag } from '../../fixtures/random-graph';
import { sorted } from '../../fuzz/targets';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) };

const loaded = loadGraph(readGraphData());
if (!loaded.ok) throw new Error('graph-data is invalid');
const real = loaded.graph;

const encoder = new TextEncoder();
const open = (name: string, text: string) => importGraph({ name, bytes: encoder.encode(text) });

const WRITERS: [string, Format, string, (g: Graph) => string][] = [
  ['app JSON', 'atlas', 'atlas.json', exportAppJson],
  ['app YAML', 'atlas', 'atlas.yaml', (g) => toYaml({ nodes: toDocs(g) })],
  ['graph JSON', 'atlas-graph', 'graph.json', exportGraphJson],
  ['Cytoscape JSON', 'cytoscape', 'graph.cyjs', exportCytoscapeJson],
  ['GraphML', 'graphml', 'graph.graphml', exportGraphML],
];

describe.each(WRITERS)('%s', (_, format, name, write) => {
  const roundTrip = (graph: Graph) => {
    const result = open(name, write(graph));
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    expect(result.format).toBe(format);
    expect(result.warnings).toEqual([]);
    expect(sorted(result.graph)).toEqual(sorted(graph));
  };

  it('reads the real graph back unchanged', () => roundTrip(real));

  // Generous limits: the machine may be busy, and these are about results, not speed.
  it('reads random graphs back unchanged', () => {
    fc.assert(fc.property(graphArbitrary(), roundTrip), RUNS);
  }, 60_000);

  it('reads a large random graph back unchanged', () => {
    roundTrip(randomDag({ nodes: 1500, seed: 7, cloud: { capabilities: 12, servicesPerProvider: 6 } }));
  }, 60_000);

  it('keeps markup in labels as text', () => {
    const graph: Graph = {
      nodes: [
        { id: 'x', label: '<script>alert("x")</script> & <b>', kind: 'tool', description: 'Has ]]> and &amp; in it.' },
      ],
      edges: [],
    };
    roundTrip(graph);
  });
});

describe('toDocs', () => {
  it('undoes toGraph on the real graph', () => {
    expect(sorted(toGraph(toDocs(real)))).toEqual(sorted(real));
  });

  it('undoes toGraph on random graphs, any-of group ids included', () => {
    fc.assert(
      fc.property(graphArbitrary(), (graph) => {
        expect(sorted(toGraph(toDocs(graph)))).toEqual(sorted(graph));
      }),
      RUNS,
    );
  });

  it('puts an any-of group back at the index its id names, between plain prerequisites', () => {
    const docs = toDocs(
      toGraph([
        { id: 'a', label: 'A', kind: 'skill', description: 'A.' },
        { id: 'b', label: 'B', kind: 'skill', description: 'B.' },
        { id: 'c', label: 'C', kind: 'skill', description: 'C.' },
        {
          id: 'd',
          label: 'D',
          kind: 'skill',
          description: 'D.',
          requires: ['a', { anyOf: ['b', 'c'], strength: 'recommended' }, { id: 'c', strength: 'recommended' }],
        },
      ]),
    );
    expect(docs[3]!.requires).toEqual([
      'a',
      { anyOf: ['b', 'c'], strength: 'recommended' },
      { id: 'c', strength: 'recommended' },
    ]);
  });
});

describe('what other tools read', () => {
  it('Cytoscape.js builds the same elements from the Cytoscape export, and its cy.json() reads back', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: false,
      elements: JSON.parse(exportCytoscapeJson(real)).elements,
    });
    expect(cy.nodes().length).toBe(real.nodes.length);
    expect(cy.edges().length).toBe(real.edges.length);
    const python = cy.getElementById('python');
    expect(python.data('label')).toBe('Python');
    expect(python.data('name')).toBe('Python');

    // cy.json() adds positions and interaction state: read, left out, and said so.
    const result = open('from-cy.json', JSON.stringify(cy.json()));
    if (!result.ok) throw new Error(result.problems[0]!.message);
    expect(result.format).toBe('cytoscape');
    expect(sorted(result.graph)).toEqual(sorted(real));
    expect(result.warnings).toEqual([
      `ignored the layout and view state of elements: position (${real.nodes.length} elements)`,
    ]);
  });

  it('the GraphML export is well formed and declares every key it uses, for its element', () => {
    const text = exportGraphML(real);
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      isArray: (n) => ['key', 'node', 'edge', 'data'].includes(n),
    }).parse(text) as {
      graphml: {
        key: Record<string, string>[];
        graph: { '@_edgedefault': string; node: Record<string, unknown>[]; edge: Record<string, unknown>[] };
      };
    };
    const keys = new Map(doc.graphml.key.map((k) => [k['@_id'], k]));
    for (const key of keys.values()) {
      expect(['string', 'int']).toContain(key['@_attr.type']);
      expect(key['@_attr.name']).toMatch(/^[a-zA-Z]+$/);
    }
    expect(doc.graphml.graph['@_edgedefault']).toBe('directed');
    const nmtoken = /^[\p{L}\p{N}._:-]+$/u;
    const ids = new Set<string>();
    for (const [element, list] of [
      ['node', doc.graphml.graph.node],
      ['edge', doc.graphml.graph.edge],
    ] as const)
      for (const item of list) {
        const id = item['@_id'] as string;
        expect(id).toMatch(nmtoken);
        expect(ids.has(`${element}:${id}`)).toBe(false);
        ids.add(`${element}:${id}`);
        for (const data of item.data as Record<string, string>[])
          expect(keys.get(data['@_key'])?.['@_for']).toBe(element);
      }
    expect(doc.graphml.graph.node).toHaveLength(real.nodes.length);
    expect(doc.graphml.graph.edge).toHaveLength(real.edges.length);
    // The tier is an int, lists are JSON text.
    expect(text).toContain('<key id="node.tier" for="node" attr.name="tier" attr.type="int"/>');
    expect(text).toMatch(/<data key="node\.aliases">\[&quot;|<data key="node\.aliases">\["/);
  });

  it('writes characters XML cannot carry as U+FFFD, and keeps carriage returns', () => {
    const graph: Graph = {
      nodes: [{ id: 'x', label: 'bell\u0007 and \uD800 lone', kind: 'tool', description: 'line one\r\nline two' }],
      edges: [],
    };
    const text = exportGraphML(graph);
    expect(XMLValidator.validate(text)).toBe(true);
    const result = open('x.graphml', text);
    expect(result.ok && result.graph.nodes[0]).toEqual({
      id: 'x',
      label: 'bell\uFFFD and \uFFFD lone',
      kind: 'tool',
      description: 'line one\r\nline two',
    });
  });
});

describe('a graph that is no curriculum', () => {
  /** Requires without tiers, a self-loop that is not a prerequisite, an http source, own edge ids. */
  const graph: Graph = {
    nodes: [
      { id: 'a', label: 'A', kind: 'tool', description: 'An A.' },
      { id: 'b', label: 'B', kind: 'service', description: 'A B.', provider: 'aws' },
      { id: 'c', label: 'C', kind: 'capability', description: 'A C.' },
    ],
    edges: [
      { id: 'e1', kind: 'requires', source: 'b', target: 'a', strength: 'hard' },
      { id: 'e2', kind: 'uses', source: 'a', target: 'a' },
      {
        id: 'e3',
        kind: 'implements',
        source: 'b',
        target: 'c',
        match: 'full',
        sourceUrl: 'http://example.com/c',
        checked: '2026-01-01',
      },
    ],
  };
  const opened = open('graph.json', exportGraphJson(graph));
  if (!opened.ok) throw new Error(opened.problems[0]!.message);

  it.each(WRITERS.filter(([name]) => !name.startsWith('app')))(
    'opens and exports as %s unchanged',
    (_, __, name, write) => {
      const again = open(name, write(opened.graph));
      if (!again.ok) throw new Error(again.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
      expect(sorted(again.graph)).toEqual(sorted(graph));
    },
  );

  it.each(WRITERS.filter(([name]) => name.startsWith('app')))(
    'exports as %s, which opens again with what Atlas JSON holds, and says what it cannot',
    (_, __, name, write) => {
      const again = open(name, write(opened.graph));
      if (!again.ok) throw new Error(again.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
      // Atlas JSON names edges by kind and ends, needs an https source for a cloud claim, and has no
      // node for the provider "aws" to offer b.
      expect(sorted(again.graph)).toEqual(
        sorted({
          nodes: [graph.nodes[0]!, { ...graph.nodes[1]!, provider: undefined }, graph.nodes[2]!].map((n) =>
            JSON.parse(JSON.stringify(n)),
          ),
          edges: [
            { id: 'requires:b->a', kind: 'requires', source: 'b', target: 'a', strength: 'hard' },
            { id: 'uses:a->a', kind: 'uses', source: 'a', target: 'a' },
          ],
        }),
      );
      expect(atlasJsonLosses(opened.graph)).toEqual([
        'Atlas JSON cannot hold 1 edge of this graph as it is: implements b → c (a cloud claim there needs a match, an https source, a check date, and a caveat when partial); Graph JSON keeps everything.',
        'Atlas JSON cannot hold 1 provider field without a node for its provider: b (aws); Graph JSON keeps everything.',
      ]);
    },
  );
});
