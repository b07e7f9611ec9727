/**
 * Positions for every built-in layout, computed once (at build time, in Node, with headless
 * Cytoscape) and shipped with the data: the app never runs a layout at start-up, and switching
 * layouts is an animation between known positions.
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import type { Graph } from '../../domain/graph.ts';
import type { LayoutPositions, Point } from '../../store/view-options.ts';
import { drawnGraph } from '../drawn-nodes.ts';
import { toElements } from '../elements.ts';
import { providerLayout } from './provider-layout.ts';

cytoscape.use(fcose);
cytoscape.use(dagre);

const SIZE_STYLE = [{ selector: 'node', style: { width: 22, height: 22 } }];

/** Runs a layout headlessly and reads back the positions of non-group nodes. */
function run(elements: ElementDefinition[], options: cytoscape.LayoutOptions): Record<string, Point> {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: SIZE_STYLE, elements });
  cy.layout(options).run();
  const positions: Record<string, Point> = {};
  cy.nodes()
    .filter((n) => !n.isParent())
    .forEach((n) => {
      const { x, y } = n.position();
      positions[n.id()] = { x: Math.round(x), y: Math.round(y) };
    });
  cy.destroy();
  return positions;
}

/** A seeded PRNG, so the force layout comes out the same for the same data. */
function withSeededRandom<T>(seed: number, body: () => T): T {
  const original = Math.random;
  let state = seed >>> 0;
  Math.random = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  try {
    return body();
  } finally {
    Math.random = original;
  }
}

function plainElements(graph: Graph, keep: (kind: string) => boolean, reverseRequires = false): ElementDefinition[] {
  const { nodes, edges } = drawnGraph(graph);
  return [
    ...nodes.map((n) => ({ data: { id: n.id, tier: n.tier ?? 4 } })),
    ...edges
      .filter((e) => keep(e.kind))
      .map((e) => ({
        data:
          reverseRequires && e.kind === 'requires'
            ? { id: e.id, source: e.target, target: e.source }
            : { id: e.id, source: e.source, target: e.target },
      })),
  ];
}

/** Lays the items outside the curriculum in a grid under a block of positions. */
function gridBelow(positions: Record<string, Point>, ids: string[], columns = 14): Record<string, Point> {
  const placed = Object.values(positions);
  const minX = Math.min(...placed.map((p) => p.x));
  const maxY = Math.max(...placed.map((p) => p.y));
  const out = { ...positions };
  ids.forEach((id, i) => (out[id] = { x: minX + (i % columns) * 130, y: maxY + 160 + Math.floor(i / columns) * 70 }));
  return out;
}

export function computeLayouts(graph: Graph): LayoutPositions {
  const force = withSeededRandom(42, () =>
    run(toElements(graph), {
      name: 'fcose',
      quality: 'proof',
      randomize: true,
      animate: false,
      nodeRepulsion: () => 45000,
      idealEdgeLength: () => 140,
      edgeElasticity: () => 0.3,
      gravity: 0.1,
      nodeSeparation: 120,
      packComponents: true,
    } as cytoscape.LayoutOptions),
  );

  const curriculum = new Set(graph.nodes.filter((n) => n.tier !== undefined).map((n) => n.id));
  const layeredElements = plainElements(graph, (k) => k === 'requires', true).filter((el) =>
    el.data.source ? curriculum.has(el.data.source) && curriculum.has(el.data.target) : curriculum.has(el.data.id!),
  );
  const layeredCore = run(layeredElements, {
    name: 'dagre',
    rankDir: 'LR',
    nodeSep: 14,
    rankSep: 150,
    ranker: 'network-simplex',
  } as cytoscape.LayoutOptions);
  const outside = drawnGraph(graph)
    .nodes.filter((n) => !curriculum.has(n.id))
    .map((n) => n.id);
  const layered = gridBelow(layeredCore, outside);

  const concentric = run(
    plainElements(graph, () => true),
    {
      name: 'concentric',
      concentric: (node: cytoscape.NodeSingular) => 5 - Number(node.data('tier')),
      levelWidth: () => 1,
      minNodeSpacing: 28,
      animate: false,
    } as cytoscape.LayoutOptions,
  );

  return { force, layered, provider: providerLayout(graph), concentric };
}
