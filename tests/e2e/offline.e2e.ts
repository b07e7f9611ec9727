/**
 * Offline and installable: after one visit the service worker has the whole build, so with the
 * network gone the app reloads and searching, planning, progress, the theme and opening a graph
 * file all still work.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasState, launchBrowser, openApp, screenshot, searchAndSelect, waitForCanvas } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const details = (page: Page) => page.getByRole('region', { name: 'Details', exact: true });
const plan = (page: Page) => page.getByRole('region', { name: 'Plan', exact: true });
const rightTab = (page: Page, name: 'Plan' | 'Details') =>
  page.getByRole('tablist', { name: 'Item and learning' }).getByRole('tab', { name, exact: true });

const SMALL_GRAPH = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <graph edgedefault="directed">
    <node id="kettle"/><node id="teapot"/><node id="tea"/>
    <edge source="tea" target="teapot"/><edge source="teapot" target="kettle"/>
  </graph>
</graphml>
`;

describe('offline', () => {
  it('installs, then reloads, searches, plans, keeps progress and theme, and opens a file with no network', async () => {
    const { page, context, errors } = await openApp(browser);
    const manifest = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifest).toMatch(/manifest\.webmanifest$/);
    // The first visit installs the worker, which precaches the build.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(new URL('/', page.url()).href);

    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await page.reload();
    await waitForCanvas(page);
    expect((await canvasState(page)).nodeIds.length).toBeGreaterThan(300);

    // Search, and the details (a chunk of their own) come from the cache too.
    await searchAndSelect(page, 'RAG Systems');
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('RAG Systems');
    await expect
      .poll(() =>
        details(page)
          .getByText(/documents/i)
          .count(),
      )
      .toBeGreaterThan(0);

    // Plan it: prerequisites first.
    await details(page).getByRole('button', { name: 'Add to plan' }).click();
    await rightTab(page, 'Plan').click();
    await expect.poll(() => plan(page).locator('.plan-step-label').count()).toBeGreaterThan(5);
    const steps = await plan(page).locator('.plan-step-label').allTextContents();
    expect(steps.indexOf('Python')).toBeLessThan(steps.indexOf('RAG Systems'));
    await screenshot(page, 'offline-01-plan');

    // Progress and the theme are stored in the browser, network or not.
    await plan(page)
      .getByRole('radiogroup', { name: 'Progress on Python', exact: true })
      .getByRole('radio', { name: 'Learned' })
      .click();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('stack-atlas:progress'))).toContain('"python"');
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await page.reload();
    await waitForCanvas(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(page.url()).toContain('plan=rag-systems');
    await rightTab(page, 'Plan').click();
    await expect.poll(() => plan(page).locator('.plan-step-label').count()).toBeGreaterThan(5);
    expect(await plan(page).locator('.plan-step-label').allTextContents()).not.toContain('Python');

    // Opening a graph file reads and lays it out in workers, whose scripts are cached too.
    await page.getByLabel('Open a graph file').setInputFiles({
      name: 'tea.graphml',
      mimeType: 'application/xml',
      buffer: Buffer.from(SMALL_GRAPH),
    });
    await page.getByRole('group', { name: 'Open graph' }).waitFor();
    await expect.poll(async () => (await canvasState(page)).nodeIds.sort()).toEqual(['kettle', 'tea', 'teapot']);
    await screenshot(page, 'offline-02-imported');

    expect(errors).toEqual([]);
    await context.close();
  });
});
