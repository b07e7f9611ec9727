/** The explorer, as a person uses it, in Debian's Chromium against the production build. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutsFor } from '../../src/build/graph-data-plugin';
import { LAYOUTS, LAYOUT_LABELS } from '../../src/store/view-options';
import { realAtlas } from '../fixtures/real-atlas';
import { canvasState, launchBrowser, openApp, screenshot, seriousViolations } from './browser';

let browser: Browser;
const positions = layoutsFor(realAtlas().index.graph);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const details = (page: Page) => page.getByRole('region', { name: 'Details' });

/** Waits until the layout animation has brought a node to its precomputed spot. */
async function waitForPosition(page: Page, id: string, target: { x: number; y: number }) {
  await page.waitForFunction(
    ({ id, target }) => {
      const cy = (
        window as unknown as {
          __stackAtlasCy: { getElementById: (id: string) => { position: () => { x: number; y: number } } };
        }
      ).__stackAtlasCy;
      const p = cy.getElementById(id).position();
      return Math.abs(p.x - target.x) < 0.5 && Math.abs(p.y - target.y) < 0.5;
    },
    { id, target },
  );
}

describe('exploring the curriculum', () => {
  it('finds an item by search, shows its details, focuses, switches layouts and shares the view', async () => {
    const { page, context, errors } = await openApp(browser);

    // Search "RAG", Enter: the details show RAG Systems with its prerequisites.
    await page.keyboard.press('/');
    await page.keyboard.type('RAG');
    await page.getByRole('option').first().waitFor();
    await screenshot(page, '02-search-rag');
    await page.keyboard.press('Enter');
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('RAG Systems');
    // Its description and links come from the graph's second chunk (see packed-graph.ts).
    const rag = realAtlas().index.byId.get('rag-systems')!;
    expect(await details(page).getByText(rag.description, { exact: true }).count()).toBe(1);
    expect(await details(page).getByRole('link').count()).toBeGreaterThanOrEqual(rag.links?.length ?? 0);
    await expect
      .poll(() =>
        details(page)
          .getByRole('button', { name: /Embedding Models/ })
          .count(),
      )
      .toBeGreaterThan(0);
    expect((await canvasState(page)).selected).toEqual(['rag-systems']);
    await screenshot(page, '03-details-rag');

    // Focus on its neighbourhood, two steps deep: the rest is dimmed.
    await details(page).getByRole('button', { name: 'Focus on neighbourhood' }).click();
    await page.getByRole('combobox', { name: 'Depth' }).selectOption('2');
    await expect.poll(async () => (await canvasState(page)).dimmed.length).toBeGreaterThan(100);
    const focused = await canvasState(page);
    expect(focused.dimmed).not.toContain('embedding-models');
    expect(focused.dimmed).not.toContain('word2vec'); // two steps: RAG → Embedding Models → Word2Vec
    await screenshot(page, '04-focus-depth-2');

    // Every layout, each bringing nodes to its precomputed positions.
    for (const layout of [...LAYOUTS.filter((l) => l !== 'force'), 'force' as const]) {
      await page.getByRole('combobox', { name: 'Layout' }).selectOption({ label: LAYOUT_LABELS[layout] });
      await waitForPosition(page, 'python', positions[layout].python!);
      await screenshot(page, `05-layout-${layout}`);
    }
    await page.getByRole('combobox', { name: 'Layout' }).selectOption({ label: LAYOUT_LABELS.layered });
    await waitForPosition(page, 'python', positions.layered.python!);
    expect(page.url()).toContain('layout=layered');

    // The copied link opens the same view in a new page.
    const shared = await context.newPage();
    await shared.goto(page.url());
    await expect.poll(() => details(shared).getByRole('heading', { level: 2 }).textContent()).toBe('RAG Systems');
    await expect.poll(async () => (await canvasState(shared)).selected).toEqual(['rag-systems']);
    await waitForPosition(shared, 'python', positions.layered.python!);
    expect(await shared.getByRole('combobox', { name: 'Depth' }).inputValue()).toBe('2');
    expect((await canvasState(shared)).dimmed.sort()).toEqual(focused.dimmed.sort());
    await screenshot(shared, '06-shared-link');

    // Back steps to the previous view.
    await page.goBack();
    await waitForPosition(page, 'python', positions.force.python!);
    expect(page.url()).not.toContain('layout=layered');

    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a malformed or stale link on the default view, with a notice', async () => {
    const { page, context, errors } = await openApp(browser, '/?sel=no-such-thing&layout=spiral&depth=x');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'could not be used' }).count()).toBe(1);
    const state = await canvasState(page);
    expect(state.selected).toEqual([]);
    expect(state.nodeIds.length).toBeGreaterThan(300);
    await screenshot(page, '07-bad-link-notice');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches to the dark theme and remembers it', async () => {
    const { page, context } = await openApp(browser, '/?sel=aws-lambda&layout=provider');
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    await page.getByRole('button', { name: 'Switch to light theme' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await waitForPosition(page, 'aws-lambda', positions.provider['aws-lambda']!);
    await screenshot(page, '08-dark-provider');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('keeps its shortcuts whatever has focus, and lists them on "?"', async () => {
    const { page, context } = await openApp(browser, '/?sel=docker');
    const search = page.getByRole('combobox', { name: 'Search' });
    // After choosing a status in the radio group, "/" still opens the search.
    await details(page).getByRole('radio', { name: 'Learning' }).click();
    expect(await details(page).getByRole('radio', { name: 'Learning' }).isChecked()).toBe(true);
    await page.keyboard.press('/');
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    // "?" from a radio opens the list of shortcuts; Escape closes it and focus goes back.
    await details(page).getByRole('radio', { name: 'Not started' }).click();
    await page.keyboard.press('Shift+?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Trace its prerequisites');
    await screenshot(page, '12-shortcuts');
    expect(await seriousViolations(page, '.shortcuts-dialog')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(
      await details(page)
        .getByRole('radio', { name: 'Not started' })
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await context.close();
  });

  it('keeps the canvas on a phone, with the panels as drawers', async () => {
    const { page, context } = await openApp(browser, '/?sel=docker', {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const canvas = await page.locator('.graph-canvas').boundingBox();
    expect(canvas!.width).toBeGreaterThanOrEqual(380);
    expect(await details(page).isVisible()).toBe(false);
    await screenshot(page, '09-phone');
    await page.getByRole('button', { name: 'Details', exact: true }).click();
    await expect.poll(() => details(page).isVisible()).toBe(true);
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Docker');
    await screenshot(page, '10-phone-details');
    await page.getByRole('button', { name: 'Details', exact: true }).click();
    await page.getByRole('button', { name: 'Filters & outline', exact: true }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Filters' }).isVisible()).toBe(true);
    await screenshot(page, '11-phone-filters');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
