// @vitest-environment node
/**
 * Foreign graphs (Cytoscape JSON, GraphML from Cytoscape desktop, networkx, yEd, Gephi): what
 * each attribute becomes, and that whatever does not fit is said in a warning, never lost
 * silently. An imported graph then survives the app's own exports unchanged.
 */
import { describe, expect, it } from 'vitest';
import {
  exportAppJson,
  exportCytoscapeJson,
  exportGraphJson,
  exportGraphML,
} from '../../../src/domain/formats/export-graph';
import { kebab } from '../../../src/domain/formats/core/foreign';
import {
  DEFAULT_EDGE_KIND,
  DEFAULT_NODE_KIND,
  importGraph,
  type ImportResult,
} from '../../../src/domain/formats/import-graph';
import { Graph } from '../../../src/domain/graph';
import { sorted } from '../../fuzz/targets';

const encoder = new TextEncoder();
const open = (name: string, text: string) => importGraph({ name, bytes: encoder.encode(text) });

function opened(result: ImportResult) {
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  expect(Graph.safeParse(result.graph).success).toBe(true);
  return result;
}

/** What Cytoscape desktop 3.10 writes (File → Export → Network to File → .cyjs). */
const DESKTOP_CYJS = JSON.stringify({
  format_version: '1.0',
  generated_by: 'cytoscape-3.10.2',
  target_cytoscapejs_version: '~2.1',
  data: { shared_name: 'galFiltered.sif', name: 'galFiltered.sif', SUID: 52, __Annotations: [], selected: true },
  elements: {
    nodes: [
      {
        data: { id: '112', shared_name: 'YAL001C', name: 'YAL001C', SUID: 112, selected: false },
        position: { x: 1.5, y: -20 },
        selected: false,
      },
      {
        data: { id: '120', shared_name: 'YAL002W', name: 'YAL002W', SUID: 120, selected: false },
        position: { x: 40, y: 2 },
        selected: false,
      },
    ],
    edges: [
      {
        data: {
          id: '140',
          source: '112',
          target: '120',
          shared_name: 'YAL001C (pp) YAL002W',
          shared_interaction: 'pp',
          name: 'YAL001C (pp) YAL002W',
          interaction: 'pp',
          SUID: 140,
          selected: false,
        },
        selected: false,
      },
    ],
  },
});

/** What networkx 3 writes with write_graphml for an undirected graph with a weight. */
const NETWORKX_GRAPHML = `<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="d1" for="edge" attr.name="weight" attr.type="double" />
  <key id="d0" for="node" attr.name="tier" attr.type="long" />
  <graph edgedefault="undirected">
    <node id="Alice">
      <data key="d0">2</data>
    </node>
    <node id="Bob Smith" />
    <edge source="Alice" target="Bob Smith">
      <data key="d1">1.5</data>
    </edge>
  </graph>
</graphml>
`;

/** What yEd writes: labels live in the node graphics. */
const YED_GRAPHML = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <graph edgedefault="directed" id="G">
    <node id="n0">
      <data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="0" y="0"/><y:NodeLabel alignment="center">Python &amp; friends</y:NodeLabel></y:ShapeNode></data>
    </node>
    <node id="n1">
      <data key="d6"><y:ShapeNode><y:NodeLabel>pandas</y:NodeLabel></y:ShapeNode></data>
    </node>
    <edge id="e0" source="n1" target="n0"><data key="d10"><y:PolyLineEdge><y:EdgeLabel>uses</y:EdgeLabel></y:PolyLineEdge></data></edge>
  </graph>
</graphml>
`;

/** Gephi-like, with a graph attribute, a default, a nested graph, a port and a hyperedge. */
const GEPHI_GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key attr.name="label" attr.type="string" for="node" id="label"/>
  <key attr.name="Edge Label" attr.type="string" for="edge" id="edgelabel"/>
  <key attr.name="weight" attr.type="double" for="edge" id="weight"/>
  <key attr.name="kind" attr.type="string" for="node" id="kind"><default>framework</default></key>
  <key attr.name="tier" attr.type="int" for="node" id="tier"/>
  <key attr.name="r" attr.type="int" for="node" id="r"/>
  <key attr.name="x" attr.type="float" for="node" id="x"/>
  <key attr.name="title" attr.type="string" for="graph" id="title"/>
  <graph edgedefault="directed">
    <data key="title">My graph</data>
    <node id="0"><data key="label">PyTorch</data><data key="r">200</data><data key="x">-12.5</data><data key="tier">2</data></node>
    <node id="1"><data key="label">Python</data><data key="kind">language</data><data key="tier">1</data>
      <port name="p"/>
      <graph id="inner" edgedefault="undirected"><node id="1::a"><data key="label">Inner</data></node><edge source="1::a" target="0"/></graph>
    </node>
    <edge id="0" source="0" target="1"><data key="weight">1.0</data><data key="edgelabel">needs</data><data key="kind2">requires</data></edge>
    <hyperedge><endpoint node="0"/><endpoint node="1"/></hyperedge>
  </graph>
</graphml>
`;

describe('the defaults for what a foreign file does not say', () => {
  it('are a tool for nodes and integrates-with for edges', () => {
    expect(DEFAULT_NODE_KIND).toBe('tool');
    expect(DEFAULT_EDGE_KIND).toBe('integrates-with');
  });
});

describe('Cytoscape JSON', () => {
  it('reads Cytoscape desktop: name is the label, interaction the edge type, the rest said', () => {
    const result = opened(open('galFiltered.cyjs', DESKTOP_CYJS));
    expect(result.format).toBe('cytoscape');
    expect(result.graph).toEqual({
      nodes: [
        { id: '112', label: 'YAL001C', kind: 'tool', description: 'Imported from Cytoscape JSON.' },
        { id: '120', label: 'YAL002W', kind: 'tool', description: 'Imported from Cytoscape JSON.' },
      ],
      edges: [{ id: '140', kind: 'integrates-with', source: '112', target: '120' }],
    });
    expect(result.warnings).toEqual([
      '2 nodes have no kind the app knows and are shown as "tool"',
      '1 edge has no kind the app knows and is shown as "integrates-with" (found: "pp" ×1)',
      'dropped attributes the app has no field for: on nodes selected (2), shared_name (2), SUID (2); on edges name (1), selected (1), shared_interaction (1), shared_name (1), SUID (1)',
      "dropped the network's own attributes: shared_name, name, SUID, __Annotations, selected",
      'ignored the layout and view state of elements: position (2 elements)',
    ]);
  });

  it('maps each attribute it knows, keeps ids unique, and says what it changed', () => {
    const text = JSON.stringify({
      elements: [
        {
          data: {
            id: 'Node A',
            label: 'Alpha',
            name: 'Other name',
            kind: 'Library',
            tier: '2',
            aliases: '["A1","A2"]',
            links: ['https://a.example.com', 'http://insecure.example.com'],
            tags: 'ml',
            priority: 'ESSENTIAL',
            weight: 3,
          },
        },
        { data: { id: 'node a', name: 'Second', kind: 'person', tier: 7, category: 'Not An Id' } },
        { data: { id: 'Ünïcödé!!', description: 'x'.repeat(450) } },
        { data: { id: '!!!', label: 'L'.repeat(100) } },
        { data: { id: 'Node A', source: 'Node A', target: 'node a', kind: 'requires' } },
        { data: { id: 'e2', source: 'node a', target: '!!!', interaction: 'uses', strength: 'Recommended' } },
        { data: { source: '!!!', target: 'Node A', kind: 'pp', caveat: 5 } },
      ],
    });
    const result = opened(open('mapping.json', text));
    expect(result.graph).toEqual({
      nodes: [
        {
          id: 'node-a',
          label: 'Alpha',
          kind: 'library',
          description: 'Imported from Cytoscape JSON.',
          tier: 2,
          aliases: ['A1', 'A2'],
          links: ['https://a.example.com'],
          tags: ['ml'],
          priority: 'essential',
        },
        { id: 'node-a-2', label: 'Second', kind: 'tool', description: 'Imported from Cytoscape JSON.' },
        { id: 'unicode', label: 'Ünïcödé!!', kind: 'tool', description: `${'x'.repeat(399)}…` },
        { id: 'node', label: `${'L'.repeat(79)}…`, kind: 'tool', description: 'L'.repeat(100) },
      ],
      edges: [
        // Edge ids are kept while unique and distinct from node ids ("Node A" is no longer one).
        { id: 'Node A', kind: 'requires', source: 'node-a', target: 'node-a-2', strength: 'hard' },
        { id: 'e2', kind: 'uses', source: 'node-a-2', target: 'node', strength: 'recommended' },
        { id: 'integrates-with:node->node-a', kind: 'integrates-with', source: 'node', target: 'node-a' },
      ],
    });
    expect(result.warnings).toEqual([
      '4 node ids were rewritten in kebab-case: "Node A" → node-a, "node a" → node-a-2, "Ünïcödé!!" → unicode, "!!!" → node',
      '3 nodes have no kind the app knows and are shown as "tool" (found: "person" ×1)',
      '1 edge has no kind the app knows and is shown as "integrates-with" (found: "pp" ×1)',
      'dropped attributes the app has no field for: on nodes name (1), weight (1)',
      'dropped 1 invalid links value on nodes (a link is an https:// URL with a domain name): node-a: "http://insecure.example.com"',
      'dropped 1 invalid tier value on nodes (a tier is 1, 2 or 3): node-a-2: 7',
      'dropped 1 invalid category value on nodes (a category is a kebab-case id): node-a-2: "Not An Id"',
      'dropped 1 invalid caveat value on edges (a caveat is text): integrates-with:node->node-a: 5',
      '1 label longer than 80 characters was shortened (the full text is the description where there was none): node',
      '1 description longer than 400 characters was shortened: unicode',
    ]);
  });

  it('replaces an edge id that is also a node id', () => {
    const text = JSON.stringify([
      { data: { id: 'a' } },
      { data: { id: 'b' } },
      { data: { id: 'a', source: 'a', target: 'b' } },
    ]);
    const result = opened(open('clash.json', text));
    expect(result.graph.edges.map((e) => e.id)).toEqual(['integrates-with:a->b']);
    expect(result.warnings).toContain(
      '1 edge id was replaced, being too long, repeated or the id of a node: "a" → integrates-with:a->b',
    );
  });

  it('merges a relation stated twice into one edge, and says so', () => {
    const text = JSON.stringify([
      { data: { id: 'a' } },
      { data: { id: 'b' } },
      { data: { id: 'e1', source: 'a', target: 'b', kind: 'uses', caveat: 'first' } },
      { data: { id: 'e2', source: 'a', target: 'b', kind: 'uses', caveat: 'second' } },
      { data: { id: 'e3', source: 'a', target: 'b', kind: 'requires' } },
    ]);
    const result = opened(open('multi.json', text));
    expect(result.graph.edges).toEqual([
      { id: 'e1', kind: 'uses', source: 'a', target: 'b', caveat: 'first' },
      { id: 'e3', kind: 'requires', source: 'a', target: 'b', strength: 'hard' },
    ]);
    expect(result.warnings).toContain(
      '1 edge repeated a relation already stated between the same two nodes and was merged into it (keeping the first one\'s attributes): uses "a" → "b"',
    );
  });

  it('reads all three shapes: { elements: { nodes, edges } }, { elements: [...] } and a bare list', () => {
    const elements = [
      { group: 'nodes', data: { id: 'a', kind: 'skill' } },
      { group: 'nodes', data: { id: 'b', kind: 'skill' } },
      { group: 'edges', data: { id: 'e', source: 'a', target: 'b', kind: 'uses' } },
    ];
    const expected = opened(open('list.json', JSON.stringify(elements))).graph;
    expect(opened(open('els.json', JSON.stringify({ elements }))).graph).toEqual(expected);
    const split = { elements: { nodes: elements.slice(0, 2), edges: elements.slice(2) } };
    expect(opened(open('split.json', JSON.stringify(split))).graph).toEqual(expected);
    // And Cytoscape JSON written as YAML.
    const yaml =
      'elements:\n  - data: { id: a, kind: skill }\n  - data: { id: b, kind: skill }\n  - data: { id: e, source: a, target: b, kind: uses }\n';
    expect(opened(open('els.yaml', yaml)).graph).toEqual(expected);
  });
});

describe('GraphML', () => {
  it('reads networkx: typed data, ids rewritten, undirected edges said', () => {
    const result = opened(open('nx.graphml', NETWORKX_GRAPHML));
    expect(result.format).toBe('graphml');
    expect(result.graph).toEqual({
      nodes: [
        { id: 'alice', label: 'Alice', kind: 'tool', description: 'Imported from GraphML.', tier: 2 },
        { id: 'bob-smith', label: 'Bob Smith', kind: 'tool', description: 'Imported from GraphML.' },
      ],
      edges: [
        { id: 'integrates-with:alice->bob-smith', kind: 'integrates-with', source: 'alice', target: 'bob-smith' },
      ],
    });
    expect(result.warnings).toEqual([
      '2 node ids were rewritten in kebab-case: "Alice" → alice, "Bob Smith" → bob-smith',
      '2 nodes have no kind the app knows and are shown as "tool"',
      '1 edge has no kind the app knows and is shown as "integrates-with"',
      'dropped attributes the app has no field for: on edges weight (1)',
      '1 undirected edge was read as directed from source to target',
    ]);
  });

  it('reads yEd: the label from the node graphics', () => {
    const result = opened(open('yed.graphml', YED_GRAPHML));
    expect(result.graph.nodes.map((n) => [n.id, n.label])).toEqual([
      ['n0', 'Python & friends'],
      ['n1', 'pandas'],
    ]);
    expect(result.graph.edges).toEqual([{ id: 'e0', kind: 'integrates-with', source: 'n1', target: 'n0' }]);
    expect(result.warnings).toContain(
      "left out yEd's drawing (shapes, colours, positions): nodegraphics of nodes (2), edgegraphics of edges (1)",
    );
  });

  it('reads Gephi-like files: defaults, nested graphs flattened, and everything left out said', () => {
    const result = opened(open('gephi.graphml', GEPHI_GRAPHML));
    expect(result.graph).toEqual({
      nodes: [
        { id: '0', label: 'PyTorch', kind: 'framework', description: 'Imported from GraphML.', tier: 2 },
        { id: '1', label: 'Python', kind: 'language', description: 'Imported from GraphML.', tier: 1 },
        { id: '1-a', label: 'Inner', kind: 'framework', description: 'Imported from GraphML.' },
      ],
      edges: [
        { id: 'integrates-with:0->1', kind: 'integrates-with', source: '0', target: '1' },
        { id: 'integrates-with:1-a->0', kind: 'integrates-with', source: '1-a', target: '0' },
      ],
    });
    expect(result.warnings).toEqual([
      '1 node id was rewritten in kebab-case: "1::a" → 1-a',
      '2 edges have no kind the app knows and are shown as "integrates-with"',
      'dropped attributes the app has no field for: on nodes r (1), x (1); on edges Edge Label (1), kind2 (1), weight (1)',
      '1 edge id was replaced, being too long, repeated or the id of a node: "0" → integrates-with:0->1',
      '1 undirected edge was read as directed from source to target',
      '1 nested graph was flattened into one graph',
      "1 hyperedge was left out: the app's edges join two nodes",
      'ports were left out: edges join the nodes themselves',
      "dropped the graph's own attributes: title",
      'read <data> with undeclared keys by their key: kind2',
    ]);
  });

  it('reads lists written as JSON text, and numbers and booleans by their key type', () => {
    const xml = `<graphml>
      <key id="a" for="node" attr.name="aliases"/><key id="t" for="node" attr.name="tier" attr.type="string"/>
      <key id="f" for="node" attr.name="flag" attr.type="boolean"/>
      <graph><node id="x"><data key="a">["Ex", "X"]</data><data key="t"> 3 </data><data key="f">TRUE</data></node></graph>
    </graphml>`;
    const result = opened(open('types.graphml', xml));
    expect(result.graph.nodes[0]).toEqual({
      id: 'x',
      label: 'x',
      kind: 'tool',
      description: 'Imported from GraphML.',
      aliases: ['Ex', 'X'],
      tier: 3,
    });
    expect(result.warnings).toContain('dropped attributes the app has no field for: on nodes flag (1)');
  });
});

describe('an imported graph belongs to the app', () => {
  it.each([
    ['galFiltered.cyjs', DESKTOP_CYJS],
    ['nx.graphml', NETWORKX_GRAPHML],
    ['yed.graphml', YED_GRAPHML],
    ['gephi.graphml', GEPHI_GRAPHML],
  ])('%s survives every export unchanged, without a warning', (name, text) => {
    const { graph } = opened(open(name, text));
    for (const [file, write] of [
      ['again.json', exportGraphJson],
      ['again.cyjs', exportCytoscapeJson],
      ['again.graphml', exportGraphML],
    ] as const) {
      const result = opened(open(file, write(graph)));
      expect(result.warnings).toEqual([]);
      expect(sorted(result.graph)).toEqual(sorted(graph));
    }
    // The data format has no edge ids: edges come back with the app's own, kind:source->target.
    const result = opened(open('again-app.json', exportAppJson(graph)));
    expect(result.warnings).toEqual([]);
    expect(sorted(result.graph)).toEqual(
      sorted({ ...graph, edges: graph.edges.map((e) => ({ ...e, id: `${e.kind}:${e.source}->${e.target}` })) }),
    );
  });
});

describe('kebab', () => {
  it.each([
    ['Node A', 'node-a'],
    ['  PyTorch 2.0 (CUDA)  ', 'pytorch-2-0-cuda'],
    ['Ünïcödé', 'unicode'],
    ['日本語', 'node'],
    ['---', 'node'],
    ['a'.repeat(100), 'a'.repeat(64)],
  ])('%s → %s', (text, id) => {
    expect(kebab(text)).toBe(id);
  });
});
