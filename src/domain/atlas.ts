/** Everything the queries need about one graph, built once when the graph is loaded. */
import type { Graph } from './graph.ts';
import { buildIndex, type GraphIndex } from './graph-index.ts';
import { createSearch, type Search } from './queries/search.ts';

export interface Atlas {
  index: GraphIndex;
  search: Search;
}

export function createAtlas(graph: Graph): Atlas {
  const index = buildIndex(graph);
  return { index, search: createSearch(index) };
}
