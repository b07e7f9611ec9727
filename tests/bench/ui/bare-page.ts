/**
 * The baseline page: what the app's canvas draws, handed to Cytoscape alone (no React, no store, no
 * app), sized like the app's canvas. It is bundled by Vite in production mode, like the app, with
 * the same Cytoscape build (the ES module the app gets).
 *
 * Both pages draw a snapshot of the app's canvas (`bench.snapshot()` in in-page.ts: the elements
 * with their classes and the labels the app placed, the stylesheet, the renderer options and the
 * view), so the two draw the same picture and the ratio is the app's own cost:
 * - `index.html`: the curriculum as the app opens it, inlined in the bundle as the app's graph is;
 * - `large.html?data=<file>`: fetches a snapshot written next to it with `writeBareData`.
 * Both take `?w=<px>&h=<px>` to size the canvas like the app's instead of the whole window.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

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

/**
 * Draws a snapshot (`{ elements, style, options, zoom, pan }`) with Cytoscape alone: the container
 * sized from ?w=&h= (the app's canvas size) before Cytoscape measures it, the app's renderer
 * options, and the app's view when the snapshot has one (fitted otherwise).
 */
const DRAW_JS = `import cytoscape from 'cytoscape';

export function draw(data) {
  const container = document.getElementById('bare-canvas');
  const params = new URLSearchParams(location.search);
  const w = Number(params.get('w'));
  const h = Number(params.get('h'));
  if (w > 0 && h > 0) Object.assign(container.style, { right: 'auto', bottom: 'auto', width: w + 'px', height: h + 'px' });
  const view = typeof data.zoom === 'number' && data.pan;
  window.cy = cytoscape({
    ...data.options,
    container,
    elements: data.elements,
    style: data.style,
    ...(view ? { zoom: data.zoom, pan: data.pan } : {}),
    layout: { name: 'preset', fit: !view, padding: 30 },
  });
}
`;

const MAIN_JS = `import { data } from './data.js';
import { draw } from './draw.js';

draw(data);
`;

// Served as .bin (application/octet-stream), so vite preview sends it as it is, without gzipping
// megabytes on every request.
const LARGE_JS = `import { draw } from './draw.js';

(async () => {
  const file = new URLSearchParams(location.search).get('data');
  const response = await fetch('/' + file);
  const data = JSON.parse(await response.text());
  window.__bareDataAt = performance.now();
  draw(data);
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

/**
 * Writes the bare page's sources under `dir` and bundles them; returns where to serve it from.
 * `curriculum`: a snapshot of what the app's canvas drew when it opened (`bench.snapshot()`, taken
 * at the opening view): the elements with their classes and placed labels, the stylesheet, the
 * renderer options and the view. It is inlined in the bundle, as the app's graph is in the app's.
 */
export async function buildBarePage(dir: string, curriculum: string): Promise<BarePage> {
  const { elements } = JSON.parse(curriculum) as { elements: { group: string }[] };
  const root = join(dir, 'src');
  const outDir = join(dir, 'dist');
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'index.html'), INDEX_HTML);
  writeFileSync(join(root, 'main.js'), MAIN_JS);
  writeFileSync(join(root, 'large.html'), LARGE_HTML);
  writeFileSync(join(root, 'large.js'), LARGE_JS);
  writeFileSync(join(root, 'draw.js'), DRAW_JS);
  // As the app gets its graph (graph-data-plugin.ts): JSON.parse of a string parses faster than a literal.
  writeFileSync(join(root, 'data.js'), `export const data = JSON.parse(${JSON.stringify(curriculum)});\n`);
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
