// @vitest-environment node
/**
 * Ids are data: an id that is also the name of an object property (`constructor`, `__proto__`,
 * `toString`, `hasOwnProperty`) opens, is laid out and exports like any other.
 */
import { describe, expect, it } from 'vitest';
import { createAtlas } from '../../../src/domain/atlas';
import { importGraph } from '../../../src/domain/formats/import-graph';
import { statusOf, withStatus, EMPTY_PROGRESS } from '../../../src/domain/progress';
import { computeLayouts } from '../../../src/layouts/compute-layouts';

const encoder = new TextEncoder();
const open = (name: string, text: string) => {
  const result = importGraph({ name, bytes: encoder.encode(text) });
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result;
};

const PROPERTY_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

describe('ids named like object properties', () => {
  it('open from Cytoscape JSON and are laid out in every layout', () => {
    const { graph } = open('c.json', '{"elements":{"nodes":[{"data":{"id":"constructor"}}]}}');
    expect(graph.nodes.map((n) => n.id)).toEqual(['constructor']);
    const positions = computeLayouts(graph);
    for (const layout of Object.values(positions)) {
      expect(Object.keys(layout)).toEqual(['constructor']);
      const [position] = Object.values(layout);
      expect(Number.isFinite(position!.x) && Number.isFinite(position!.y)).toBe(true);
    }
  });

  it('open from app YAML and are laid out', () => {
    const { graph } = open(
      'a.yaml',
      ['nodes:', '  - { id: constructor, label: C, kind: tool, description: A node. }'].join('\n'),
    );
    expect(graph.nodes.map((n) => n.id)).toEqual(['constructor']);
    expect(Object.keys(computeLayouts(graph).force)).toEqual(['constructor']);
  });

  it('as node and edge ids of every kind, with edges between them, in a force layout', () => {
    const nodes = PROPERTY_NAMES.map((id) => ({ data: { id } }));
    const edges = PROPERTY_NAMES.slice(1).map((id, i) => ({
      data: { id: PROPERTY_NAMES[i], source: PROPERTY_NAMES[i], target: id, kind: 'uses' },
    }));
    const { graph } = open('c.json', JSON.stringify({ elements: { nodes, edges } }));
    expect(graph.nodes).toHaveLength(4);
    expect(graph.edges).toHaveLength(3);
    const positions = computeLayouts(graph);
    for (const layout of Object.values(positions))
      for (const node of graph.nodes) {
        expect(Object.hasOwn(layout, node.id)).toBe(true);
        expect(Number.isFinite(layout[node.id]!.x)).toBe(true);
      }
  });

  it('are found by search and keep their own progress', () => {
    const { graph } = open('c.json', '{"elements":{"nodes":[{"data":{"id":"constructor"}},{"data":{"id":"b"}}]}}');
    const atlas = createAtlas(graph);
    expect(atlas.index.byId.get('constructor')?.label).toBe('constructor');
    expect(atlas.search('constructor')[0]?.id).toBe('constructor');
    expect(statusOf(EMPTY_PROGRESS, 'constructor')).toBe('not-started');
    expect(statusOf(withStatus(EMPTY_PROGRESS, ['constructor'], 'learned'), 'constructor')).toBe('learned');
  });
});
