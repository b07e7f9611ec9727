/**
 * Vite plugin: validates graph-data when Vite builds or serves, and provides `virtual:graph-data`
 * with the normalised graph and the precomputed positions of every built-in layout, and
 * `virtual:graph-text` with its descriptions and links, loaded as a chunk of its own (see
 * packed-graph.ts). Invalid data
 * fails the build with every problem listed; the browser never ships the YAML parser, and never
 * runs a layout at start-up.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadGraph } from '../domain/load-graph.ts';
import type { Graph } from '../domain/graph.ts';
import { packGraph } from '../domain/packed-graph.ts';
import { positionsToJson } from '../layouts/packed-positions.ts';
import { formatProblem } from '../cli/format-problems.ts';
import { GRAPH_DATA_DIR, readGraphData } from '../cli/read-graph-data.ts';
import { computeLayouts } from '../layouts/compute-layouts.ts';
import type { LayoutPositions } from '../store/view-options.ts';

const PUBLIC_ID = 'virtual:graph-data';
const RESOLVED_ID = '\0' + PUBLIC_ID;
/** The long text of the graph (see packed-graph.ts), a chunk of its own. */
const TEXT_ID = 'virtual:graph-text';
const RESOLVED_TEXT_ID = '\0' + TEXT_ID;
const PACKED_GRAPH_MODULE = resolve(GRAPH_DATA_DIR, '../src/domain/packed-graph.ts');
const PACKED_POSITIONS_MODULE = resolve(GRAPH_DATA_DIR, '../src/layouts/packed-positions.ts');
const CACHE_DIR = resolve(GRAPH_DATA_DIR, '../node_modules/.cache/stack-atlas');

/** Layouts take a second or two: keep them per data version, so dev restarts are instant. */
export function layoutsFor(graph: Graph): LayoutPositions {
  // The key covers the data and the layout code, so neither can go stale.
  const layoutDir = resolve(GRAPH_DATA_DIR, '../src/layouts');
  const hash = createHash('sha256').update(JSON.stringify(graph));
  for (const file of readdirSync(layoutDir).sort()) hash.update(readFileSync(resolve(layoutDir, file)));
  const key = hash.digest('hex').slice(0, 16);
  const file = resolve(CACHE_DIR, `layouts-${key}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LayoutPositions;
  } catch {
    const positions = computeLayouts(graph);
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(file, JSON.stringify(positions));
    return positions;
  }
}

/** Every layout's positions as a JSON number array in the graph's node order. */
export function flatPositions(graph: Graph): Record<string, (number | null)[]> {
  const ids = graph.nodes.map((n) => n.id);
  return Object.fromEntries(
    Object.entries(layoutsFor(graph)).map(([name, positions]) => [name, positionsToJson(positions, ids)]),
  );
}

export function graphDataPlugin(): Plugin {
  // Both virtual modules come from one reading of the files, per build or per data change in dev.
  let graph: Graph | undefined;
  return {
    name: 'stack-atlas-graph-data',
    buildStart() {
      graph = undefined;
    },
    resolveId: (id) => (id === PUBLIC_ID ? RESOLVED_ID : id === TEXT_ID ? RESOLVED_TEXT_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID && id !== RESOLVED_TEXT_ID) return undefined;
      const files = readGraphData();
      for (const file of files) this.addWatchFile(resolve(GRAPH_DATA_DIR, '..', file.name));
      if (!graph) {
        const result = loadGraph(files);
        if (!result.ok) this.error(`graph-data is invalid:\n${result.problems.map(formatProblem).join('\n')}`);
        graph = result.graph;
      }
      const { core, text } = packGraph(graph);
      // JSON.parse of a string literal parses faster than the same data as an object literal.
      const literal = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
      if (id === RESOLVED_TEXT_ID) return `export const text = ${literal(text)};`;
      return [
        `import { unpackGraph } from ${JSON.stringify(PACKED_GRAPH_MODULE)};`,
        `import { positionsFromJson } from ${JSON.stringify(PACKED_POSITIONS_MODULE)};`,
        `export const graph = unpackGraph(${literal(core)});`,
        // Positions as number arrays in the graph's node order: the ids are not repeated.
        `const ids = graph.nodes.map((n) => n.id);`,
        `const flat = ${literal(flatPositions(graph))};`,
        `export const positions = Object.fromEntries(Object.entries(flat).map(([name, xy]) => [name, positionsFromJson(ids, xy)]));`,
        `export const loadGraphText = () => import(${JSON.stringify(TEXT_ID)}).then((m) => m.text);`,
      ].join('\n');
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(GRAPH_DATA_DIR)) return;
      graph = undefined;
      for (const id of [RESOLVED_ID, RESOLVED_TEXT_ID]) {
        const module = server.moduleGraph.getModuleById(id);
        if (module) server.moduleGraph.invalidateModule(module);
      }
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
