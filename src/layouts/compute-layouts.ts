/**
 * Positions for every built-in layout, computed once (at build time, in Node, with headless
 * Cytoscape) and shipped with the data: the app never runs a layout at start-up, and switching
 * layouts is an animation between known positions.
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Graph } from '../domain/graph.ts';
import type { LayoutPositions, Point } from '../store/view-options.ts';
import { drawnGraph } from '../encoding/drawn-nodes.ts';
import { DRAFT_LIMIT } from '../encoding/large-graph.ts';
import { layeredLayout } from './layered-layout.ts';
import { providerLayout } from './provider-layout.ts';
import { packRegions } from './pack-regions.ts';
import { REGION_ORDER, regionOf, type Region } from './regions.ts';

const REGION_GAP = 260;

cytoscape.use(fcose);

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

/** Plain nodes and edges, without provider groups: concentric rings ignore compound parents. */
function plainElements(graph: Graph): ElementDefinition[] {
  const { nodes, edges } = drawnGraph(graph);
  return [
    ...nodes.map((n) => ({ data: { id: n.id, tier: n.tier ?? 4 } })),
    ...edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target } })),
  ];
}

/** Up to this many nodes the force layout runs at full quality; fcose is cubic-ish beyond. */
export const PROOF_LIMIT = 400;
/** Beyond this many, even fcose's draft mode takes too long: a grid instead (see large-graph.ts). */
export { DRAFT_LIMIT };

/** The force-directed layout, by size: fcose proof, fcose draft, or a plain grid for huge graphs. */
function forceLayout(graph: Graph): Record<string, Point> {
  const count = graph.nodes.length;
  if (count > DRAFT_LIMIT)
    return run(plainElements(graph), {
      name: 'grid',
      avoidOverlap: true,
      animate: false,
      condense: true,
    } as cytoscape.LayoutOptions);
  // Each region (a tier, a cloud, the capabilities) is laid out on its own and the regions are then
  // set side by side, so the map reads as named areas rather than one hairball.
  const { nodes, edges } = drawnGraph(graph);
  const members = new Map<Region, Set<string>>();
  for (const n of nodes) members.set(regionOf(n), (members.get(regionOf(n)) ?? new Set()).add(n.id));
  const laidOut = REGION_ORDER.filter((r) => members.has(r)).map((region) => {
    const ids = members.get(region)!;
    const inside = edges.filter((e) => ids.has(e.source) && ids.has(e.target));
    const at = withSeededRandom(42, () =>
      run(
        [
          ...[...ids].map((id) => ({ data: { id } })),
          ...inside.map((e) => ({ data: { id: e.id, source: e.source, target: e.target } })),
        ],
        {
          name: 'fcose',
          quality: ids.size <= PROOF_LIMIT ? 'proof' : 'draft',
          randomize: true,
          animate: false,
          nodeRepulsion: () => 90000,
          idealEdgeLength: () => 150,
          edgeElasticity: () => 0.3,
          gravity: 0.2,
          nodeSeparation: 150,
          packComponents: true,
        } as cytoscape.LayoutOptions,
      ),
    );
    const xs = Object.values(at).map((p) => p.x);
    const ys = Object.values(at).map((p) => p.y);
    const [minX, minY] = [Math.min(...xs), Math.min(...ys)];
    return { id: region, at, minX, minY, w: Math.max(...xs) - minX, h: Math.max(...ys) - minY };
  });
  // Room between regions for each region's name and its items' labels.
  const offsets = packRegions(laidOut, REGION_GAP);
  const positions: Record<string, Point> = {};
  for (const region of laidOut) {
    const offset = offsets.get(region.id)!;
    for (const [id, p] of Object.entries(region.at))
      positions[id] = { x: Math.round(p.x - region.minX + offset.x), y: Math.round(p.y - region.minY + offset.y) };
  }
  return positions;
}

/** Every built-in layout; `onStep` reports progress (done, total) between layouts. */
export function computeLayouts(
  graph: Graph,
  onStep: (done: number, total: number) => void = () => {},
): LayoutPositions {
  const force = forceLayout(graph);
  onStep(1, 4);
  const layered = layeredLayout(graph);
  onStep(2, 4);
  const provider = providerLayout(graph);
  onStep(3, 4);
  const concentric = run(plainElements(graph), {
    name: 'concentric',
    concentric: (node: cytoscape.NodeSingular) => 5 - Number(node.data('tier')),
    levelWidth: () => 1,
    minNodeSpacing: 28,
    animate: false,
  } as cytoscape.LayoutOptions);

  onStep(4, 4);
  return { force, layered, provider, concentric };
}
