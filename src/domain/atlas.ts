/** Everything the queries need about one graph, built once when the graph is loaded. */
import type { Graph } from './graph.ts';
import { buildIndex, buildIndexInSteps, type GraphIndex } from './graph-index.ts';
import { createSearch, type Search } from './queries/search.ts';

export interface Atlas {
  index: GraphIndex;
  search: Search;
}

export function createAtlas(graph: Graph): Atlas {
  const index = buildIndex(graph);
  return { index, search: createSearch(index) };
}

/**
 * The same, in steps with `pause()` between them (e.g. a yield to the page's event loop): for a
 * graph of tens of thousands of nodes, the index and the search index each take a few hundred ms,
 * so the index is itself built in steps (buildIndexInSteps).
 */
export async function createAtlasInSteps(graph: Graph, pause: () => Promise<unknown>): Promise<Atlas> {
  const index = await buildIndexInSteps(graph, pause);
  await pause();
  return { index, search: createSearch(index) };
}
