/**
 * Deployed as Pages-style hosts serve it, under a sub-path (https://owner.github.io/stack-atlas/):
 * built with a `base`, every file, the service worker's scope and the app's own links stay under
 * it. Then a new build is deployed over it, and the open page offers the update.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { canvasState, launchBrowser, openApp, screenshot, searchAndSelect, waitForCanvas } from './browser';
import { serveBuild } from './serve-build';

const BASE = '/stack-atlas/';
let browser: Browser;
let app: Awaited<ReturnType<typeof serveBuild>>;
beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), serveBuild({ base: BASE })]);
});
afterAll(async () => Promise.all([browser?.close(), app?.close()]));

const workerScope = (page: import('playwright-core').Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.ready).scope);

it('works under a sub-path: loads, searches, installs its worker there', async () => {
  expect(new URL(app.url).pathname).toBe(BASE);
  const { page, context, errors } = await openApp(browser, app.url);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  expect((await canvasState(page)).nodeIds.length).toBeGreaterThan(300);
  expect(await workerScope(page)).toBe(app.url);
  await searchAndSelect(page, 'Docker');
  await expect.poll(() => page.url()).toContain(`${BASE}?sel=docker`);
  // The header's logo, and everything fetched since (the panels load on first use), are under it.
  const logoWidth = await page
    .locator('.brand img')
    .evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0));
  expect(logoWidth).toBeGreaterThan(0);
  expect(requested.filter((path) => !path.startsWith(BASE))).toEqual([]);
  await screenshot(page, 'deployment-01-sub-path');
  expect(errors).toEqual([]);
  await context.close();
});

it('offers a newly deployed build, and switches to it on "Reload"', async () => {
  const { page, context, errors } = await openApp(browser, app.url);
  await workerScope(page);
  // A new deployment: the service worker script changes (as its precache list does on every build).
  appendFileSync(join(app.outDir, 'sw.js'), '\n// the next build\n');
  await page.reload();
  await waitForCanvas(page);
  const notice = page.locator('.notice').filter({ hasText: 'A new version of Stack Atlas is available.' });
  await notice.waitFor();
  await screenshot(page, 'deployment-02-update-offered');
  await page.evaluate(() => ((window as unknown as { beforeUpdate: boolean }).beforeUpdate = true));
  await notice.getByRole('button', { name: 'Reload' }).click();
  // The page reloads under the new worker, and the offer is gone.
  await page.waitForFunction(() => !(window as unknown as { beforeUpdate?: boolean }).beforeUpdate);
  await waitForCanvas(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${app.url}sw.js`);
  expect(await page.evaluate(async () => (await fetch('sw.js')).text())).toContain('// the next build');
  expect(await notice.count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});
