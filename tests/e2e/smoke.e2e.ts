import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { canvasState, launchBrowser, openApp, screenshot } from './browser';
import { drawnGraph } from '../../src/encoding/drawn-nodes';
import { realAtlas } from '../fixtures/real-atlas';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

it('draws every item of the graph on load, without errors', async () => {
  const { page, errors } = await openApp(browser);
  const expected = drawnGraph(realAtlas().index.graph);
  const state = await canvasState(page);
  expect(state.nodeIds.sort()).toEqual(expected.nodes.map((n) => n.id).sort());
  expect(state.edgeCount).toBe(expected.edges.length);
  await screenshot(page, '01-load');
  expect(errors).toEqual([]);
});
