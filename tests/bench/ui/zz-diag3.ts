// TEMPORARY diagnostic: cytoscape construction the bare way vs the react-cytoscapejs way, same page
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { buildBarePage } from './bare-page';

const temp = mkdtempSync(join(tmpdir(), 'uidiag3-'));
const bare = await buildBarePage(join(temp, 'bare'));
// expose cytoscape + data by rewriting main.js and rebuilding
writeFileSync(join(bare.root, 'main.js'), `import cytoscape from 'cytoscape';
import { elements, style } from './data.js';
window.cytoscape = cytoscape; window.data = { elements, style };`);
const { build } = await import('vite');
const { fileURLToPath } = await import('node:url');
await build({ configFile: false, root: bare.root, logLevel: 'error', resolve: { alias: { cytoscape: fileURLToPath(import.meta.resolve('cytoscape')) } }, build: { outDir: bare.outDir, emptyOutDir: true } });
const s = await preview({ configFile: false, root: bare.root, build: { outDir: bare.outDir }, preview: { host: '127.0.0.1', port: 0 } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(s.resolvedUrls!.local[0]!);
const out = await page.evaluate(`(async () => {
  const { elements, style } = window.data;
  const res = { bare: [], rcy: [], rcyStyleFirst: [], rcyPlusController: [], bareWeightFix: [] };
  const fixed = elements.map(e => e.group === 'nodes' && e.data.weight === undefined ? { ...e, data: { ...e.data, weight: 0 } } : e);
  const clone = (x) => JSON.parse(JSON.stringify(x));
  function box() { const d = document.createElement('div'); d.style.cssText = 'position:fixed;left:0;top:0;width:780px;height:844px'; document.body.appendChild(d); return d; }
  for (let i = 0; i < 6; i++) {
    for (const kind of Object.keys(res)) {
      const d = box(); const els = clone(kind === 'bareWeightFix' ? fixed : elements); const st = clone(style);
      const t0 = performance.now(); let cy;
      if (kind === 'bare' || kind === 'bareWeightFix') cy = window.cytoscape({ container: d, elements: els, style: st, layout: { name: 'preset', fit: true, padding: 30 } });
      else if (kind === 'rcyStyleFirst') { cy = window.cytoscape({ container: d, style: st }); cy.batch(() => { cy.add(els); cy.zoom(1); cy.pan({x:0,y:0}); }); cy.layout({ name: 'preset', fit: true, padding: 30 }).run(); }
      else { cy = window.cytoscape({ container: d }); cy.batch(() => { cy.add(els); cy.style().fromJson(st).update(); cy.zoom(1); cy.pan({x:0,y:0}); }); cy.layout({ name: 'preset', fit: true, padding: 30 }).run();
        if (kind === 'rcyPlusController') { cy.batch(() => { cy.elements().removeClass('filtered-out dimmed highlighted focus-root'); cy.edges().forEach(e => { e.source().id(); e.target().id(); }); }); cy.nodes(':childless').layout({ name: 'preset', positions: (n) => n.position(), fit: true, padding: 30 }).run(); } }
      const t1 = performance.now();
      await new Promise(r => cy.one('render', r));
      const t2 = performance.now();
      if (i > 0) res[kind].push([Math.round(t1 - t0), Math.round(t2 - t1)]);
      cy.destroy(); d.remove();
      await new Promise(r => setTimeout(r, 50));
    }
  }
  return res;
})()`);
console.log(JSON.stringify(out));
await browser.close(); process.exit(0);
