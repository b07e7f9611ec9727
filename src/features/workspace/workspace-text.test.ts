import { describe, expect, it } from 'vitest';
import { exportBaseName, exportFileName, largeGraphMessage, openedMessage, problemPlace } from './workspace-text';

describe('workspace words', () => {
  it('says where a problem is as file:line path', () => {
    expect(problemPlace({ file: 'g.graphml', line: 12, path: 'graphml.graph[0].node[3]', message: 'x' })).toBe(
      'g.graphml:12 graphml.graph[0].node[3]',
    );
    expect(problemPlace({ file: 'g.json', path: '', message: 'x' })).toBe('g.json');
    expect(problemPlace({ file: 'g.json', path: 'nodes[1].id', message: 'x' })).toBe('g.json nodes[1].id');
  });

  it('sums up an opened graph with its warnings', () => {
    expect(openedMessage('a.graphml', 1, 2500, ['Dropped attributes: colour (3 nodes).'])).toBe(
      'Opened a.graphml: 1 node, 2,500 edges. Dropped attributes: colour (3 nodes).',
    );
    expect(largeGraphMessage(12000)).toMatch(/^This graph has 12,000 nodes; it opens in large-graph mode: /);
  });

  it('names exports after the workspace, safely', () => {
    expect(exportBaseName({ kind: 'curriculum' })).toBe('stack-atlas');
    expect(exportBaseName({ kind: 'imported', name: 'my network.graphml' })).toBe('my network');
    expect(exportBaseName({ kind: 'imported', name: 'a/b:c*?.json' })).toBe('a-b-c-');
    expect(exportBaseName({ kind: 'imported', name: '.graphml' })).toBe('graph');
    expect(exportBaseName({ kind: 'imported', name: '...' })).toBe('graph');
    expect(exportFileName({ kind: 'imported', name: 'net.xml' }, 'graphml')).toBe('net.graphml');
    expect(exportFileName({ kind: 'curriculum' }, 'png-visible')).toBe('stack-atlas-visible.png');
    expect(exportFileName({ kind: 'curriculum' }, 'cytoscape')).toBe('stack-atlas.cytoscape.json');
  });
});
