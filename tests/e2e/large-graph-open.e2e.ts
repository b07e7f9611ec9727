/**
 * Opening a very large graph (issue 14 §1) in Chromium against the production build: after "Open
 * anyway" the page keeps answering while the graph goes into the canvas, shows how far it has got,
 * shows the graph's overview image before every element is in, and Cancel puts back the graph the
 * person had. No test depends on the machine being idle: the one timing asserted (a key press
 * answered) has a bound several times what a loaded machine needs, yet far below the seconds-long
 * freeze this replaced.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportAppJson } from '../../src/domain/formats/export-graph';
import { drawnGraph } from '../../src/encoding/drawn-nodes';
import { generateLargeGraph } from '../fixtures/random-graph';
import { launchBrowser, openApp, screenshot, selectedIds } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const SIZE = 20_000;
const graph = generateLargeGraph(SIZE);
const drawnNodes = drawnGraph(graph).nodes.length;
const FILE = Buffer.from(exportAppJson(graph));
/** A key press must be handled within this of being sent while the graph goes in (was: 6 s and more). */
const KEY_ANSWER_MS = 1000;

const progress = (page: Page) => page.getByRole('progressbar', { name: 'Opening big.json' });
const cyNodes = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __stackAtlasCy: { nodes(): { length: number } } }).__stackAtlasCy.nodes().length,
  );

/** Chooses the file, clicks "Open anyway", and waits until the elements are going into the canvas. */
async function startOpening(page: Page) {
  await page
    .getByLabel('Open a graph file')
    .setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: FILE });
  await page.getByRole('button', { name: 'Open anyway', exact: true }).click({ timeout: 120_000 });
  await expect
    .poll(() => progress(page).getAttribute('aria-valuetext'), { timeout: 120_000, interval: 50 })
    .toMatch(/^Drawing [\d,]+ of [\d,]+…$/);
}

/** Delay between a key press being sent and its keydown handler running, as the page saw it. */
async function keyAnswer(page: Page): Promise<number> {
  // A string, not a function: the handler is defined in the page as it is.
  await page.evaluate(
    `window.__keyDelay = null; window.addEventListener('keydown', (e) => { window.__keyDelay = performance.now() - e.timeStamp; }, { once: true, capture: true });`,
  );
  await page.keyboard.press('Shift');
  await page.waitForFunction('window.__keyDelay !== null', null, { timeout: 30_000 });
  return (await page.evaluate('window.__keyDelay')) as number;
}

describe(`opening a graph of ${SIZE.toLocaleString('en')} nodes`, () => {
  it('shows progress and the overview, answers keys, and Cancel restores the previous graph', async () => {
    const { page, context, errors } = await openApp(browser, '/?sel=docker');
    const before = await cyNodes(page);
    await startOpening(page);

    // Before every element is in: the overview image is on screen and the page answers a key.
    const midway = await page.evaluate(() => {
      const overview = document.querySelector<HTMLElement>('[data-testid="graph-overview"]');
      const cy = (window as unknown as { __stackAtlasCy: { nodes(): { length: number } } }).__stackAtlasCy;
      return { overviewShown: !!overview && !overview.hidden && overview.offsetWidth > 0, nodes: cy.nodes().length };
    });
    expect(midway.overviewShown).toBe(true);
    expect(midway.nodes).toBeLessThan(drawnNodes);
    await screenshot(page, 'large-open-01-drawing');
    const delay = await keyAnswer(page);
    console.log(`key answered ${delay.toFixed(0)} ms after it was sent, while the graph went in`);
    expect(delay).toBeLessThan(KEY_ANSWER_MS);
    // Still drawing (the key did not wait for the end): the progress bar is there and moving.
    const valueNow = Number(await progress(page).getAttribute('aria-valuenow'));
    expect(valueNow).toBeGreaterThan(0);
    expect(valueNow).toBeLessThan(Number(await progress(page).getAttribute('aria-valuemax')));

    // Cancel: the previous graph and its selection come back, and the progress goes.
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(() => cyNodes(page), { timeout: 60_000 }).toBe(before);
    await expect.poll(() => progress(page).count()).toBe(0);
    expect(await selectedIds(page)).toEqual(['docker']);
    expect(await page.locator('[data-testid="graph-overview"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  const labelledNodes = (page: Page) =>
    page.evaluate(
      () =>
        (window as unknown as { __stackAtlasCy: { nodes(s: string): unknown[] } }).__stackAtlasCy.nodes('.lbl').length,
    );

  it('ends with every element in, the overview standing in at the opening view and Cytoscape drawing when zoomed in', async () => {
    const { page, context, errors } = await openApp(browser);
    await startOpening(page);
    await expect.poll(() => progress(page).count(), { timeout: 180_000 }).toBe(0);
    expect(await cyNodes(page)).toBeGreaterThanOrEqual(drawnNodes);
    await page
      .getByText(/^Opened big\.json/)
      .first()
      .waitFor({ timeout: 30_000 });
    // The whole graph is in view: the overview image stands in for Cytoscape.
    const overview = page.locator('[data-testid="graph-overview"]');
    expect(await overview.isVisible()).toBe(true);
    // Labels would not be seen under the image: none is chosen (a pass over 45,000 nodes for nothing).
    expect(await labelledNodes(page)).toBe(0);
    await screenshot(page, 'large-open-02-overview');
    // Zoomed in on one node, few nodes are in view: Cytoscape draws and the image goes.
    await page.evaluate(() => {
      type Cy = { zoom(z: number): void; center(e: unknown): void; nodes(s: string): unknown[] };
      const cy = (window as unknown as { __stackAtlasCy: Cy }).__stackAtlasCy;
      cy.zoom(2);
      cy.center(cy.nodes(':childless')[0]);
    });
    await expect.poll(() => overview.isVisible(), { timeout: 30_000 }).toBe(false);
    // Drawing resumed: the nodes in view are named.
    await expect.poll(() => labelledNodes(page), { timeout: 30_000 }).toBeGreaterThan(3);
    await screenshot(page, 'large-open-03-zoomed-in');
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
