/**
 * The canvas carries the answer: in the built app in Chromium at 1440×900, every layout opens on a
 * view with many readable labels and no two overlapping; a trace or an unlocks brings its items into
 * view, each labelled; Esc returns to the view before; a chain alone fills the canvas.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot } from './browser';
import { legibility, litIds, viewportOf, waitForStillCanvas } from './legibility';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the canvas at 1440×900', () => {
  for (const layout of ['force', 'layered', 'provider', 'concentric'] as const)
    it(`opens the ${layout} layout with at least 30 readable labels, none overlapping, and its own names`, async () => {
      const { page, context, errors } = await openApp(browser, `/?layout=${layout}`);
      await waitForStillCanvas(page);
      const view = await legibility(page);
      await screenshot(page, `legibility-${layout}`);
      expect(view.readable.length).toBeGreaterThanOrEqual(30);
      expect(view.overlaps).toEqual([]);
      // The layout names its parts on the canvas: tier bands, provider columns, rings, regions.
      const annotations = view.readable.filter((id) => id.startsWith(`annotation-${layout}-`));
      if (layout === 'provider') expect(view.readable).toEqual(expect.arrayContaining(['aws', 'azure', 'gcp']));
      else expect(annotations.length).toBeGreaterThanOrEqual(3);
      expect(errors).toEqual([]);
      await context.close();
    });

  it('answers "what must I learn before RAG Systems?" on the canvas, and Esc returns to the view before', async () => {
    const { page, context } = await openApp(browser, '/');
    await waitForStillCanvas(page);
    const before = await viewportOf(page);
    await page.keyboard.press('/');
    await page.keyboard.type('RAG Systems');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Shift+Enter'); // trace its prerequisites
    await waitForStillCanvas(page);
    const lit = await litIds(page);
    expect(lit).toEqual(expect.arrayContaining(['rag-systems', 'python', 'embedding-models']));
    expect(lit.length).toBeGreaterThanOrEqual(15);
    const view = await legibility(page, lit);
    await screenshot(page, 'legibility-trace-rag');
    for (const id of lit) expect({ id, ...view.items[id] }).toEqual({ id, inView: true, labelled: true });
    // Plan steps carry their order number on the canvas.
    const python = await page.evaluate(() =>
      String(
        (
          window as unknown as { __stackAtlasCy: { getElementById: (id: string) => { data: (k: string) => unknown } } }
        ).__stackAtlasCy
          .getElementById('python')
          .data('lbl'),
      ),
    );
    expect(python).toMatch(/^\d+\. Python$/);

    await page.locator('.graph-canvas').click({ position: { x: 5, y: 400 } }); // empty canvas
    await page.keyboard.press('Escape');
    await waitForStillCanvas(page);
    const after = await viewportOf(page);
    expect(after.zoom).toBeCloseTo(before.zoom, 2);
    expect(Math.abs(after.x - before.x) + Math.abs(after.y - before.y)).toBeLessThan(2);
    await context.close();
  });

  it('brings what Docker unlocks into view, every item labelled', async () => {
    const { page, context } = await openApp(browser, '/?sel=docker');
    await page.getByRole('button', { name: 'What it unlocks' }).click();
    await waitForStillCanvas(page);
    const lit = await litIds(page);
    expect(lit.length).toBeGreaterThan(5);
    const view = await legibility(page, lit);
    for (const id of lit) expect({ id, ...view.items[id] }).toEqual({ id, inView: true, labelled: true });
    expect(view.overlaps).toEqual([]);
    await context.close();
  });

  it('lays a chain out alone to fill the canvas, every item readable and no labels overlapping', async () => {
    const { page, context } = await openApp(browser, '/?sel=langgraph');
    await page.getByRole('button', { name: 'Trace prerequisites' }).click();
    await page.getByRole('button', { name: 'Show the chain alone' }).click();
    await waitForStillCanvas(page);
    const lit = await litIds(page);
    const view = await legibility(page, lit);
    await screenshot(page, 'legibility-chain-alone');
    for (const id of lit) expect({ id, ...view.items[id] }).toEqual({ id, inView: true, labelled: true });
    expect(view.overlaps).toEqual([]);
    const fill = await page.evaluate(() => {
      type Cy = {
        width: () => number;
        height: () => number;
        nodes: (s: string) => { renderedBoundingBox: () => { w: number; h: number } };
      };
      const cy = (window as unknown as { __stackAtlasCy: Cy }).__stackAtlasCy;
      const box = cy.nodes('.highlighted').renderedBoundingBox();
      return { w: box.w / cy.width(), h: box.h / cy.height() };
    });
    // Not a thin strip: the chain spreads over most of the canvas both ways.
    expect(Math.max(fill.w, fill.h)).toBeGreaterThan(0.6);
    expect(Math.min(fill.w, fill.h)).toBeGreaterThan(0.35);
    await context.close();
  });

  it('marks learned items on the node, with a ring and a mark before the name', async () => {
    const { page, context } = await openApp(browser, '/?sel=python');
    await page.getByRole('radio', { name: 'Learned' }).check();
    await waitForStillCanvas(page);
    const python = await page.evaluate(() => {
      type Node = {
        hasClass: (c: string) => boolean;
        data: (k: string) => unknown;
        pstyle: (p: string) => { strValue: string };
      };
      const node = (
        window as unknown as { __stackAtlasCy: { getElementById: (id: string) => Node } }
      ).__stackAtlasCy.getElementById('python');
      return {
        learned: node.hasClass('learned'),
        label: String(node.data('lbl')),
        ring: node.pstyle('outline-style').strValue,
      };
    });
    expect(python).toEqual({ learned: true, label: '✓ Python', ring: 'solid' });
    await context.close();
  });
});
