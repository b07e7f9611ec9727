/**
 * The baseline page: the very elements, positions and stylesheet the app draws on load, handed to
 * Cytoscape alone (no React, no store, no app), in a full-window container. It is bundled by Vite
 * in production mode, like the app, with the same Cytoscape build (the ES module the app gets).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { layoutsFor } from '../../../src/build/graph-data-plugin';
import { readGraphData } from '../../../src/cli/read-graph-data';
import { loadGraph } from '../../../src/domain/load-graph';
import { toElements } from '../../../src/graph-view/elements';
import { STYLESHEETS } from '../../../src/graph-view/stylesheet';

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="icon" href="data:," />
    <title>Bare Cytoscape</title>
    <style>html, body { margin: 0; height: 100%; } #bare-canvas { position: fixed; inset: 0; }</style>
  </head>
  <body>
    <div id="bare-canvas"></div>
    <script type="module" src="/main.js"></script>
  </body>
</html>
`;

const MAIN_JS = `import cytoscape from 'cytoscape';
import { elements, style } from './data.js';

window.cy = cytoscape({
  container: document.getElementById('bare-canvas'),
  elements,
  style,
  layout: { name: 'preset', fit: true, padding: 30 },
});
`;

export interface BarePage {
  /** The root to serve with `vite preview` and the directory the bundle went to. */
  root: string;
  outDir: string;
  nodes: number;
  edges: number;
}

/** Writes the bare page's sources under `dir` and bundles them; returns where to serve it from. */
export async function buildBarePage(dir: string): Promise<BarePage> {
  const result = loadGraph(readGraphData());
  if (!result.ok) throw new Error(`graph-data is invalid (${result.problems.length} problems): run npm run validate`);
  const positions = layoutsFor(result.graph);
  const elements = toElements(result.graph, positions.force);
  const root = join(dir, 'src');
  const outDir = join(dir, 'dist');
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'index.html'), INDEX_HTML);
  writeFileSync(join(root, 'main.js'), MAIN_JS);
  writeFileSync(
    join(root, 'data.js'),
    `export const elements = ${JSON.stringify(elements)};\nexport const style = ${JSON.stringify(STYLESHEETS.light)};\n`,
  );
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    // The sources live outside the repository, so point at its Cytoscape explicitly.
    resolve: { alias: { cytoscape: fileURLToPath(import.meta.resolve('cytoscape')) } },
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 1e6 },
  });
  return {
    root,
    outDir,
    nodes: elements.filter((e) => e.group === 'nodes').length,
    edges: elements.filter((e) => e.group === 'edges').length,
  };
}
