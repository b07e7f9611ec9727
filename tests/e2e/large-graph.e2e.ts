/**
 * The large-graph mode in Chromium against the production build: a 3,000-node graph opened from a
 * file is drawn with the cheap stylesheet, the WebGL frame-rate check runs by itself once the canvas
 * is idle, and — this machine has no GPU, so WebGL is software GL (SwiftShader) and slower, or
 * unavailable — the canvas renderer stays. WebGL can still be chosen by hand and back, on the same
 * Cytoscape instance. No timings are asserted: the check's own figures are printed.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportAppJson } from '../../src/domain/formats/export-graph';
import { drawnGraph } from '../../src/encoding/drawn-nodes';
import { generateLargeGraph } from '../fixtures/random-graph';
import { baseUrl, launchBrowser, openApp, screenshot, selectedIds, waitForCanvas } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const graph = generateLargeGraph(3000);
const drawn = drawnGraph(graph);
const FILE = Buffer.from(exportAppJson(graph));

const drawing = (page: Page) => page.getByRole('group', { name: 'Drawing' });
const drawingStatus = (page: Page) => drawing(page).getByRole('status');
const rendererButton = (page: Page, name: 'Canvas' | 'WebGL') =>
  drawing(page).getByRole('button', { name, exact: true });

/** Opens the generated graph through the header's file input and waits until every node is drawn. */
async function openLargeGraph(page: Page) {
  await page
    .getByLabel('Open a graph file')
    .setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: FILE });
  await page.getByRole('group', { name: 'Open graph' }).waitFor({ timeout: 120_000 });
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            (window as unknown as { __stackAtlasCy: { nodes(): { length: number } } }).__stackAtlasCy.nodes().length,
        ),
      {
        timeout: 60_000,
      },
    )
    .toBeGreaterThanOrEqual(drawn.nodes.length);
}

/** How the canvas is drawn: the renderer option, its canvas layers, and any check left behind. */
function drawingState(page: Page) {
  return page.evaluate(() => {
    type Cy = {
      _private: { options: { webgl?: boolean } };
      container(): HTMLElement;
      edges(): { length: number; style(name: string): string };
      nodes(selector?: string): { length: number };
      destroyed(): boolean;
    };
    const cy = (window as unknown as { __stackAtlasCy: Cy }).__stackAtlasCy;
    const layers = [...cy.container().querySelectorAll('canvas')].map((c) => c.dataset.id ?? '');
    return {
      webgl: cy._private.options.webgl === true,
      layers,
      nodes: cy.nodes().length,
      // The check's off-screen samples are removed when it ends.
      leftovers: document.querySelectorAll('body > div[aria-hidden="true"]').length,
      canvasCount: document.querySelectorAll('canvas').length,
    };
  });
}

const highlightedEdges = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __stackAtlasCy: { edges(s: string): { length: number } } }).__stackAtlasCy.edges(
        '.highlighted',
      ).length,
  );

/** Zooms onto a node with no other node near it and clicks it where it is drawn; returns its id. */
async function clickANode(page: Page) {
  const point = await page.evaluate(() => {
    type Node = { id(): string; position(): { x: number; y: number }; renderedPosition(): { x: number; y: number } };
    const cy = (
      window as unknown as {
        __stackAtlasCy: {
          nodes(selector: string): Node[] & { length: number };
          zoom(level?: number): number;
          center(ele: unknown): void;
          container(): HTMLElement;
        };
      }
    ).__stackAtlasCy;
    const nodes = [...cy.nodes(':childless')];
    const clear = (n: Node) =>
      nodes.every((m) => {
        if (m === n) return true;
        const a = n.position();
        const b = m.position();
        return Math.hypot(a.x - b.x, a.y - b.y) > 60;
      });
    const node = nodes.find(clear) ?? nodes[0]!;
    cy.zoom(1.5);
    cy.center(node);
    const box = cy.container().getBoundingClientRect();
    const at = node.renderedPosition();
    return { id: node.id(), x: box.left + at.x, y: box.top + at.y };
  });
  // Let the zoomed view be drawn before clicking into it. A few pixels off the centre: Cytoscape
  // 3.34's hit test misses the exact centre of a diamond (its ray runs through two corners).
  await page.waitForTimeout(300);
  await page.mouse.click(point.x + 3, point.y + 2, { delay: 80 });
  return point.id;
}

describe('large-graph mode', () => {
  it('checks WebGL by itself, keeps Canvas where WebGL is slower, and switches by hand on one instance', async () => {
    const { page, context, errors } = await openApp(browser);
    await openLargeGraph(page);
    expect(await page.getByRole('note').textContent()).toBe('Large graph: simplified drawing while moving');
    // Before the check has answered, the canvas draws and WebGL is not offered.
    expect(await rendererButton(page, 'Canvas').getAttribute('aria-pressed')).toBe('true');
    const instance = await page.evaluateHandle(() => (window as unknown as { __stackAtlasCy: unknown }).__stackAtlasCy);

    // The check runs when the canvas is left alone, and answers.
    await expect.poll(() => drawingStatus(page).textContent(), { timeout: 90_000 }).toMatch(/^(WebGL|The speed)/);
    const verdict = (await drawingStatus(page).textContent())!;
    console.log(`renderer check: ${verdict}`);
    expect(verdict).toMatch(/^(WebGL was slower here|WebGL is not available in this browser)/);
    expect(verdict).toMatch(/Drawing with Canvas\.$/);
    expect(await rendererButton(page, 'Canvas').getAttribute('aria-pressed')).toBe('true');
    const after = await drawingState(page);
    expect(after.webgl).toBe(false);
    expect(after.layers).toEqual(['layer0-selectbox', 'layer1-drag', 'layer2-node']);
    expect(after.leftovers).toBe(0);
    expect(after.nodes).toBeGreaterThanOrEqual(drawn.nodes.length);
    await screenshot(page, 'large-graph-01-canvas-checked');

    // Zoomed in, labels show; a click on a node selects it, and Details name it.
    const clicked = await clickANode(page);
    await expect.poll(() => selectedIds(page)).toEqual([clicked]);
    const label = graph.nodes.find((n) => n.id === clicked)!.label;
    await expect
      .poll(() =>
        page.getByRole('region', { name: 'Details', exact: true }).getByRole('heading', { level: 2 }).textContent(),
      )
      .toBe(label);
    await screenshot(page, 'large-graph-02-canvas-zoomed-in');

    // Its prerequisites traced: the chain's edges are highlighted, and show their direction.
    await page
      .getByRole('region', { name: 'Details', exact: true })
      .getByRole('button', { name: 'Trace prerequisites' })
      .click();
    await expect.poll(() => highlightedEdges(page)).toBeGreaterThan(0);
    const traced = await highlightedEdges(page);
    await page.waitForTimeout(300);
    await screenshot(page, 'large-graph-03-canvas-trace');
    // The legend says why plain lines have no arrowheads here.
    const legend = page.getByRole('region', { name: 'Legend' });
    await legend.getByRole('button', { name: 'Legend' }).click();
    await legend
      .getByText(/only|halfway along/)
      .first()
      .waitFor();
    await screenshot(page, 'large-graph-03-legend');
    await legend.getByRole('button', { name: 'Legend' }).click();

    if (verdict.startsWith('WebGL is not available')) {
      expect(await rendererButton(page, 'WebGL').isDisabled()).toBe(true);
    } else {
      // WebGL works here, only slower: it can be chosen by hand, on the same instance.
      await rendererButton(page, 'WebGL').click();
      await expect.poll(async () => (await drawingState(page)).layers, { timeout: 60_000 }).toContain('layer3-webgl');
      expect(await drawingStatus(page).textContent()).toMatch(/Drawing with WebGL, as you chose\.$/);
      expect(
        await page.evaluate((cy) => cy === (window as unknown as { __stackAtlasCy: unknown }).__stackAtlasCy, instance),
      ).toBe(true);
      const webgl = await drawingState(page);
      expect(webgl.webgl).toBe(true);
      expect(await selectedIds(page)).toEqual([clicked]);
      expect(await highlightedEdges(page)).toBe(traced);
      await page.waitForTimeout(500);
      await screenshot(page, 'large-graph-04-webgl-by-hand');

      await rendererButton(page, 'Canvas').click();
      await expect
        .poll(async () => (await drawingState(page)).layers)
        .toEqual(['layer0-selectbox', 'layer1-drag', 'layer2-node']);
      expect((await drawingState(page)).webgl).toBe(false);
      expect(await selectedIds(page)).toEqual([clicked]);
      expect(await highlightedEdges(page)).toBe(traced);
      await page.waitForTimeout(500);
      await screenshot(page, 'large-graph-05-canvas-again');
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('says WebGL is not available, and offers only Canvas, in a browser without WebGL', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // A browser without WebGL (blocked driver, WebGL switched off): no context of either kind.
    await context.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (type === 'webgl' || type === 'webgl2') return null;
        return (getContext as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
      } as typeof getContext;
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(baseUrl());
    await waitForCanvas(page);
    await openLargeGraph(page);
    await expect
      .poll(() => drawingStatus(page).textContent(), { timeout: 90_000 })
      .toBe('WebGL is not available in this browser. Drawing with Canvas.');
    expect(await rendererButton(page, 'WebGL').isDisabled()).toBe(true);
    expect(await rendererButton(page, 'Canvas').getAttribute('aria-pressed')).toBe('true');
    expect((await drawingState(page)).layers).toEqual(['layer0-selectbox', 'layer1-drag', 'layer2-node']);
    await screenshot(page, 'large-graph-06-webgl-unavailable');
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
