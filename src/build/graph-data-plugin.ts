/**
 * Vite plugin: validates graph-data at build (and dev) time and serves the normalised graph as
 * `virtual:graph-data`. Invalid data fails the build with every problem listed; the browser gets
 * plain JSON and never ships the YAML parser.
 */
import type { Plugin } from 'vite';
import { loadGraph } from '../domain/load-graph.ts';
import { formatProblem } from '../cli/format-problems.ts';
import { GRAPH_DATA_DIR, readGraphData } from '../cli/read-graph-data.ts';

const PUBLIC_ID = 'virtual:graph-data';
const RESOLVED_ID = '\0' + PUBLIC_ID;

export function graphDataPlugin(): Plugin {
  return {
    name: 'stack-atlas-graph-data',
    resolveId: (id) => (id === PUBLIC_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const files = readGraphData();
      for (const file of files) this.addWatchFile(`${GRAPH_DATA_DIR}/../${file.name}`);
      const result = loadGraph(files);
      if (!result.ok) this.error(`graph-data is invalid:\n${result.problems.map(formatProblem).join('\n')}`);
      return `export default ${JSON.stringify(result.graph)};`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(GRAPH_DATA_DIR)) return;
      const module = server.moduleGraph.getModuleById(RESOLVED_ID);
      if (module) server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
