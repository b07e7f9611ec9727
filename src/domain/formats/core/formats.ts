/**
 * The graph file formats the app reads and writes ("bring your own graph"), and the limits every
 * import is held to. Pure TypeScript: runs in the browser, a worker and Node alike.
 */

export const FORMATS = ['atlas', 'atlas-graph', 'cytoscape', 'graphml'] as const;
/**
 * - `atlas`: the app's own data format, `{ nodes: [...] }` in YAML or JSON (what graph-data holds
 *   and `exportAppJson` writes), checked by every schema and semantic rule of graph-data;
 * - `atlas-graph`: the normalised graph, `{ nodes, edges }` (the `Graph` of graph.ts);
 * - `cytoscape`: Cytoscape JSON, as Cytoscape.js `cy.json()` and Cytoscape desktop write it;
 * - `graphml`: GraphML (Gephi, yEd, networkx, Cytoscape desktop…).
 */
export type Format = (typeof FORMATS)[number];

export const FORMAT_NAMES: Record<Format, string> = {
  atlas: 'Stack Atlas data (YAML or JSON)',
  'atlas-graph': 'Stack Atlas graph JSON',
  cytoscape: 'Cytoscape JSON',
  graphml: 'GraphML',
};

export const IMPORT_LIMITS = {
  /** Bytes of the file. */
  bytes: 20_000_000,
  nodes: 50_000,
  edges: 200_000,
  /** Levels of nesting of JSON, YAML or XML: far above any graph file, far below any stack. */
  depth: 100,
  /** Problems listed before "… and N more". */
  problems: 200,
} as const;

/** `12345` → `12,345` without locale data (the same in every browser and in Node). */
export const formatCount = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** `1 node`, `3 nodes`. */
export const plural = (n: number, word: string, many = `${word}s`) => `${formatCount(n)} ${n === 1 ? word : many}`;
