/**
 * Pages-style hosts serve the app under a sub-path (https://owner.github.io/stack-atlas/): built
 * with BASE_PATH, every file, the service worker's scope and the app's own links stay under it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { canvasState, launchBrowser, openApp, screenshot, searchAndSelect } from './browser';
import { serveBuild } from './serve-build';

const BASE = '/stack-atlas/';
let browser: Browser;
let app: Awaited<ReturnType<typeof serveBuild>>;
beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), serveBuild({ base: BASE })]);
});
afterAll(async () => Promise.all([browser?.close(), app?.close()]));

it('works under a sub-path: loads, searches, installs its worker there', async () => {
  expect(new URL(app.url).pathname).toBe(BASE);
  const { page, context, errors } = await openApp(browser, app.url);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  expect((await canvasState(page)).nodeIds.length).toBeGreaterThan(300);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(app.url);
  await searchAndSelect(page, 'Docker');
  await expect.poll(() => page.url()).toContain(`${BASE}?sel=docker`);
  // The header's logo, and everything else fetched since, came from under the sub-path.
  const logoWidth = await page
    .locator('.brand img')
    .evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0));
  expect(logoWidth).toBeGreaterThan(0);
  expect(requested.filter((path) => !path.startsWith(BASE))).toEqual([]);
  await screenshot(page, 'sub-path-01-docker');
  expect(errors).toEqual([]);
  await context.close();
});
