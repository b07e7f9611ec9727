/**
 * The baseline page: the very elements, positions and stylesheet the app draws on load, handed to
 * Cytoscape alone (no React, no store, no app), in a full-window container. It is bundled by Vite
 * in production mode, like the app, with the same Cytoscape build (the ES module the app gets).
 *
 * Two pages come out of one build:
 * - `index.html`: the curriculum, its elements inlined in the bundle as the app's are;
 * - `large.html?data=<file>`: fetches a snapshot (`{ elements, style, options }`, see
 *   `bench.snapshot()` in in-page.ts) written next to it with `writeBareData`, and draws it with
 *   the same renderer options the app gave Cytoscape (no other behaviour of the app comes along).
 * Both take `?w=<px>&h=<px>` to size the canvas like the app's instead of the whole window.
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

const LARGE_HTML = INDEX_HTML.replace('/main.js', '/large.js');

/** Sizes the container from ?w=&h= (the app's canvas size), before Cytoscape measures it. */
const SIZE_JS = `export function sizedContainer() {
  const container = document.getElementById('bare-canvas');
  const params = new URLSearchParams(location.search);
  const w = Number(params.get('w'));
  const h = Number(params.get('h'));
  if (w > 0 && h > 0) Object.assign(container.style, { right: 'auto', bottom: 'auto', width: w + 'px', height: h + 'px' });
  return container;
}
`;

const MAIN_JS = `import cytoscape from 'cytoscape';
import { elements, style } from './data.js';
import { sizedContainer } from './size.js';

window.cy = cytoscape({
  container: sizedContainer(),
  elements,
  style,
  layout: { name: 'preset', fit: true, padding: 30 },
});
`;

// Served as .bin (application/octet-stream), so vite preview sends it as it is, without gzipping
// megabytes on every request.
const LARGE_JS = `import cytoscape from 'cytoscape';
import { sizedContainer } from './size.js';

(async () => {
  const file = new URLSearchParams(location.search).get('data');
  const response = await fetch('/' + file);
  const data = JSON.parse(await response.text());
  window.__bareDataAt = performance.now();
  window.cy = cytoscape({
    ...data.options,
    container: sizedContainer(),
    elements: data.elements,
    style: data.style,
    layout: { name: 'preset', fit: true, padding: 30 },
  });
})();
`;

/** Writes a snapshot for large.html; returns the value of its ?data= parameter. */
export function writeBareData(page: BarePage, name: string, json: string): string {
  const file = `${name}.bin`;
  writeFileSync(join(page.outDir, file), json);
  return file;
}

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
  writeFileSync(join(root, 'large.html'), LARGE_HTML);
  writeFileSync(join(root, 'large.js'), LARGE_JS);
  writeFileSync(join(root, 'size.js'), SIZE_JS);
  writeFileSync(
    join(root, 'data.js'),
    // As the app gets its graph (graph-data-plugin.ts): JSON.parse of a string parses faster than a literal.
    `export const elements = JSON.parse(${JSON.stringify(JSON.stringify(elements))});\n` +
      `export const style = JSON.parse(${JSON.stringify(JSON.stringify(STYLESHEETS.light))});\n`,
  );
  // Two builds, so the curriculum page stays one script as before (no chunk shared with large.html).
  for (const [entry, empty] of [
    ['index.html', true],
    ['large.html', false],
  ] as const)
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      // The sources live outside the repository, so point at its Cytoscape explicitly.
      resolve: { alias: { cytoscape: fileURLToPath(import.meta.resolve('cytoscape')) } },
      build: {
        outDir,
        emptyOutDir: empty,
        chunkSizeWarningLimit: 1e6,
        rollupOptions: { input: join(root, entry) },
      },
    });
  return {
    root,
    outDir,
    nodes: elements.filter((e) => e.group === 'nodes').length,
    edges: elements.filter((e) => e.group === 'edges').length,
  };
}
