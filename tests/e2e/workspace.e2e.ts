/**
 * Bring your own graph, in Chromium against the production build: a broken file changes nothing,
 * a 3,000-node GraphML opens (laid out in a worker, drawn in large-graph mode), exports and reads
 * back as the same graph, its labels stay text, and the curriculum comes back with its progress.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraphML } from '../../src/domain/formats/export-graph';
import { importGraph } from '../../src/domain/formats/import-graph';
import type { Graph } from '../../src/domain/graph';
import { drawnGraph } from '../../src/encoding/drawn-nodes';
import { realAtlas } from '../fixtures/real-atlas';
import { generateLargeGraph } from '../fixtures/random-graph';
import {
  canvasState,
  launchBrowser,
  openApp,
  screenshot,
  searchAndSelect,
  seriousViolations,
  waitForCanvas,
  openHeaderMenu,
} from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const curriculum = realAtlas().index.graph;
const XSS_LABEL = '<img src=x onerror="window.__xss=1">';

/** Four problems: a duplicate id, two edges to nowhere (one named like markup), a requires loop. */
const BROKEN = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k" for="edge" attr.name="kind" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="alpha"/>
    <node id="alpha"/>
    <node id="beta"/>
    <edge source="beta" target="&lt;img src=x onerror=window.__xss=2&gt;"/>
    <edge source="ghost" target="alpha"/>
    <edge source="alpha" target="beta"><data key="k">requires</data></edge>
    <edge source="beta" target="alpha"><data key="k">requires</data></edge>
  </graph>
</graphml>
`;

const details = (page: Page) => page.getByRole('region', { name: 'Details', exact: true });
const fileInput = (page: Page) => page.getByLabel('Open a graph file');
const learnedRadio = (page: Page, label: string) =>
  details(page)
    .getByRole('radiogroup', { name: `Progress on ${label}`, exact: true })
    .getByRole('radio', {
      name: 'Learned',
    });
const storedProgress = (page: Page) => page.evaluate(() => localStorage.getItem('stack-atlas:progress'));
const xss = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);

/** The ids of the items on the canvas (provider groups left out). */
async function drawnIds(page: Page) {
  const state = await canvasState(page);
  return state.nodeIds.filter((id) => !id.startsWith('group-')).sort();
}

/** The app's Export menu: picks one entry and returns the download it starts. */
async function exportAs(page: Page, label: string) {
  await openHeaderMenu(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: 'Export as' }).getByRole('button', { name: label, exact: true }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

async function openFile(page: Page, name: string, text: string | Buffer) {
  await fileInput(page).setInputFiles({
    name,
    mimeType: 'application/xml',
    buffer: typeof text === 'string' ? Buffer.from(text) : text,
  });
}

function expectedGraph(name: string, bytes: Uint8Array): Graph {
  const result = importGraph({ name, bytes });
  if (!result.ok) throw new Error(`${name}: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.graph;
}

describe('bring your own graph', () => {
  it('lists every problem of a broken file, and leaves the graph and the progress alone', async () => {
    const { page, context, errors } = await openApp(browser);
    // Some progress, set through the UI: Python learned.
    await searchAndSelect(page, 'Python');
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Python');
    await learnedRadio(page, 'Python').check();
    await expect.poll(() => storedProgress(page)).toContain('"python":"learned"');
    const progressBefore = await storedProgress(page);
    const idsBefore = await drawnIds(page);
    const edgesBefore = (await canvasState(page)).edgeCount;
    const urlBefore = page.url();
    expect(idsBefore).toEqual(
      drawnGraph(curriculum)
        .nodes.map((n) => n.id)
        .sort(),
    );

    await openFile(page, 'broken.graphml', BROKEN);
    const dialog = page.getByRole('dialog', { name: 'Import problems' });
    await dialog.waitFor();
    const expected = importGraph({ name: 'broken.graphml', bytes: Buffer.from(BROKEN) });
    if (expected.ok) throw new Error('the fixture should be broken');
    const listed = await dialog.getByRole('listitem').allTextContents();
    expect(listed).toEqual(expected.problems.map((p) => `broken.graphml:${p.line} ${p.path} — ${p.message}`));
    expect(listed).toHaveLength(4);
    expect(listed.join('\n')).toContain('<img src=x onerror=window.__xss=2>');
    await screenshot(page, 'workspace-01-import-problems');
    expect(await seriousViolations(page, '.workspace-dialog')).toEqual([]);

    // Nothing changed: the same drawing, the same view, the same progress.
    expect(await drawnIds(page)).toEqual(idsBefore);
    expect((await canvasState(page)).edgeCount).toBe(edgesBefore);
    expect(await storedProgress(page)).toBe(progressBefore);
    expect(page.url()).toBe(urlBefore);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Python');
    expect(await learnedRadio(page, 'Python').isChecked()).toBe(true);
    expect(await xss(page)).toBeUndefined();

    // The same file dropped anywhere on the window: an overlay while it is dragged, the same answer.
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.graphml', { type: 'application/xml' }));
      return data;
    }, BROKEN);
    await page.dispatchEvent('.app-main', 'dragenter', { dataTransfer: transfer });
    const overlay = page.getByText('Drop a graph file to open it');
    await overlay.waitFor();
    await screenshot(page, 'workspace-01b-drop-overlay');
    await page.dispatchEvent('.app-main', 'drop', { dataTransfer: transfer });
    await expect.poll(() => overlay.count()).toBe(0);
    await dialog.waitFor();
    expect(await dialog.getByRole('listitem').count()).toBe(4);
    expect(await dialog.textContent()).toContain('dropped.graphml could not be opened');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await drawnIds(page)).toEqual(idsBefore);
    expect(await storedProgress(page)).toBe(progressBefore);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a 3,000-node GraphML, exports it, reads it back, and returns to the curriculum', async () => {
    const { page, context, errors } = await openApp(browser);
    await searchAndSelect(page, 'Python');
    await learnedRadio(page, 'Python').check();
    await expect.poll(() => storedProgress(page)).toContain('"python":"learned"');
    const curriculumProgress = await storedProgress(page);

    const source = generateLargeGraph(3000);
    const target = source.nodes.find((n) => n.kind === 'skill')!;
    target.label = XSS_LABEL;
    const text = exportGraphML(source);
    const graph = expectedGraph('big.graphml', Buffer.from(text));
    const drawn = drawnGraph(graph);
    expect(drawn.nodes.length).toBeGreaterThan(1500);

    const started = Date.now();
    await openFile(page, 'big.graphml', text);
    const bar = page.getByRole('progressbar');
    await bar.waitFor();
    await expect.poll(() => bar.getAttribute('aria-valuetext'), { timeout: 30_000 }).toMatch(/^Laying out… \d of 4$/);
    await screenshot(page, 'workspace-02-laying-out');
    const banner = page.getByRole('group', { name: 'Open graph' });
    await banner.waitFor({ timeout: 120_000 });
    console.log(`3,000-node GraphML: read, laid out and opened in ${Date.now() - started} ms`);
    expect(await banner.textContent()).toContain('Viewing: big.graphml');
    await expect.poll(async () => (await drawnIds(page)).length, { timeout: 30_000 }).toBe(drawn.nodes.length);
    expect(await drawnIds(page)).toEqual(drawn.nodes.map((n) => n.id).sort());
    expect((await canvasState(page)).edgeCount).toBe(drawn.edges.length);
    expect(await page.getByRole('note').textContent()).toBe('Large graph: simplified drawing while moving');
    expect(await page.locator('.notice').allTextContents()).toContainEqual(
      expect.stringContaining(
        `Opened big.graphml: ${graph.nodes.length.toLocaleString('en-US')} nodes, ${graph.edges.length.toLocaleString('en-US')} edges.`,
      ),
    );
    // The view started afresh, the curriculum's progress did not come along, nor was it touched.
    expect(new URL(page.url()).search).toBe('');
    expect(await storedProgress(page)).toBe(curriculumProgress);
    await screenshot(page, 'workspace-03-large-graph');

    // A label written as markup is shown as text, and runs nothing.
    await searchAndSelect(page, 'onerror');
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe(XSS_LABEL);
    expect(await details(page).locator('img').count()).toBe(0);
    expect((await canvasState(page)).selected).toEqual([target.id]);
    expect(await xss(page)).toBeUndefined();
    await screenshot(page, 'workspace-04-markup-label-as-text');

    // Export GraphML: named after the workspace, and it reads back as the same graph.
    const exported = await exportAs(page, 'GraphML');
    expect(exported.name).toBe('big.graphml');
    const again = expectedGraph('big-again.graphml', exported.bytes);
    expect(again.nodes.map((n) => n.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    expect(again.edges.map((e) => e.id).sort()).toEqual(graph.edges.map((e) => e.id).sort());

    // Pictures: a PNG of the visible part and an SVG of the whole graph.
    const png = await exportAs(page, 'PNG of the visible part');
    expect(png.name).toBe('big-visible.png');
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    const svg = await exportAs(page, 'SVG image');
    expect(svg.name).toBe('big.svg');
    const svgText = svg.bytes.toString('utf8');
    expect(svgText.slice(0, 400)).toMatch(/<svg/);
    // The markup label is drawn as escaped text, never as an element.
    expect(svgText.includes('&lt;img src=x')).toBe(true);
    expect(svgText.includes('<img')).toBe(false);
    // Look at it: the SVG drawn on a blank page (the visible part as PNG, too).
    const viewer = await context.newPage();
    await viewer.setContent(
      `<body style="margin:0">${svgText.replace(/^<svg /, '<svg style="max-width:100%;height:auto" ')}` +
        `<img alt="" style="max-width:100%" src="data:image/png;base64,${png.bytes.toString('base64')}"></body>`,
    );
    await screenshot(viewer, 'workspace-05-exported-svg-and-png');
    await viewer.close();

    // Re-import the exported file in the app: the same nodes and edges on the canvas.
    await openFile(page, 'big-again.graphml', exported.bytes);
    await expect.poll(() => banner.textContent(), { timeout: 120_000 }).toContain('Viewing: big-again.graphml');
    await expect.poll(async () => (await drawnIds(page)).length, { timeout: 30_000 }).toBe(drawn.nodes.length);
    expect(await drawnIds(page)).toEqual(drawn.nodes.map((n) => n.id).sort());
    expect((await canvasState(page)).edgeCount).toBe(drawn.edges.length);
    await screenshot(page, 'workspace-06-reimported');

    // Back to the curriculum: its graph, its progress.
    await page.getByRole('button', { name: 'Back to the curriculum' }).click();
    await waitForCanvas(page);
    await expect
      .poll(async () => (await drawnIds(page)).length, { timeout: 30_000 })
      .toBe(drawnGraph(curriculum).nodes.length);
    expect(await banner.count()).toBe(0);
    expect(await page.getByRole('note').count()).toBe(0);
    await searchAndSelect(page, 'Python');
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Python');
    expect(await learnedRadio(page, 'Python').isChecked()).toBe(true);
    expect(await storedProgress(page)).toBe(curriculumProgress);
    await screenshot(page, 'workspace-07-back-to-curriculum');
    expect(await xss(page)).toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('fits a phone in the dark theme: open graph, the banner, the export menu', async () => {
    const { page, context, errors } = await openApp(browser, '/', {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      colorScheme: 'dark',
    });
    const small = generateLargeGraph(60);
    await openFile(page, 'small network.graphml', exportGraphML(small));
    // On a phone the banner is in the header's menu, with the other tools.
    await openHeaderMenu(page);
    const banner = page.getByRole('group', { name: 'Open graph' });
    await banner.waitFor({ timeout: 60_000 });
    expect(await banner.textContent()).toContain('Viewing: small network.graphml');
    await expect.poll(async () => (await drawnIds(page)).length).toBe(drawnGraph(small).nodes.length);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('group', { name: 'Export as' }).waitFor();
    await screenshot(page, 'workspace-08-phone-dark-export-menu');
    expect(await seriousViolations(page, '.app-header')).toEqual([]);
    // Nothing sticks out sideways: the header wraps instead.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.keyboard.press('Escape');
    const exported = await exportAs(page, 'Atlas JSON');
    await openHeaderMenu(page);
    expect(exported.name).toBe('small network.atlas.json');
    expect(expectedGraph(exported.name, exported.bytes).nodes).toHaveLength(small.nodes.length);
    await page.getByRole('button', { name: 'Back to the curriculum' }).click();
    await expect.poll(async () => (await drawnIds(page)).length).toBe(drawnGraph(curriculum).nodes.length);
    await screenshot(page, 'workspace-09-phone-dark-back');
    // The curriculum exports whole: its descriptions and links, shipped in a later chunk, included.
    const whole = await exportAs(page, 'Atlas JSON');
    expect(expectedGraph(whole.name, whole.bytes)).toEqual(curriculum);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
