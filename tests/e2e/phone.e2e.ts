/**
 * The phone as a first-class screen, at 390×844 and 360×740 with touch, in Debian's Chromium
 * against the production build: a compact header, drawers that close every way a phone user
 * tries, the learner's journeys (trace, plan) and the cloud engineer's (translate, compare), touch
 * targets of 44 px, tables that fit, pinch-zoom and tap on the canvas, and an axe scan of each view.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prerequisiteClosure } from '../../src/domain/queries/closure';
import { realAtlas } from '../fixtures/real-atlas';
import { canvasState, launchBrowser, openApp, screenshot, seriousViolations } from './browser';

let browser: Browser;
const { index } = realAtlas();

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const PHONES = [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
] as const;

const openPhone = (viewport: { width: number; height: number }, path = '/') =>
  openApp(browser, path, { viewport, isMobile: true, hasTouch: true });

const details = (page: Page) => page.getByRole('region', { name: 'Details', exact: true });
const plan = (page: Page) => page.getByRole('region', { name: 'Plan', exact: true });
const leftPanel = (page: Page) => page.locator('#left-panel');
const toggle = (page: Page, name: 'Details' | 'Filters & outline') =>
  page.getByRole('navigation', { name: 'Panels' }).getByRole('button', { name, exact: true });

/** True when the drawer is on screen (it slides in; closed, it is hidden and off to the side). */
const drawerOpen = (page: Page, side: 'left' | 'right') =>
  page.locator(`#${side}-panel`).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return getComputedStyle(el).visibility === 'visible' && box.left >= -1 && box.right <= window.innerWidth + 1;
  });

/**
 * The controls on screen smaller than 44 × 44 px, counting a checkbox's or radio's label as its
 * target. Links inside a sentence are exempt, as WCAG exempts them.
 */
const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const selector =
      'button, a[href], select, input:not([type=hidden]), textarea, [role=tab], [role=option], [role=treeitem] > *';
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.closest('[aria-hidden="true"], .visually-hidden') || getComputedStyle(el).visibility === 'hidden')
        continue;
      if (el.matches('a') && el.closest('p') && getComputedStyle(el).display === 'inline') continue;
      const box = (el.closest('label') ?? el).getBoundingClientRect();
      const onScreen =
        box.width > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
      if (onScreen && (box.width < 43.5 || box.height < 43.5))
        small.push(`${el.tagName} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`);
    }
    return small;
  });

/** Nothing on the page is wider than the screen: no sideways scroll, nothing cut off. */
const overflowingElements = (page: Page, scope: string) =>
  page.locator(scope).evaluate((root) => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of [root, ...root.querySelectorAll<HTMLElement>('table, tr, th, td, button')]) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && (box.right > width + 1 || box.left < -1)) out.push(`${el.tagName}.${el.className}`);
    }
    if (root.scrollWidth > root.clientWidth + 1) out.push(`${scope} scrolls sideways`);
    return out;
  });

/** The items a trace leaves out: faded, or hidden where the chain is shown alone. */
const outOfTrace = async (page: Page) => {
  const { dimmed, hidden } = await canvasState(page);
  return [...dimmed, ...hidden];
};

/** Where a node is drawn, in page coordinates, and the canvas's zoom. */
const nodeOnScreen = (page: Page, id: string) =>
  page.evaluate((id) => {
    const cy = (
      window as unknown as {
        __stackAtlasCy: {
          getElementById: (id: string) => { renderedPosition: () => { x: number; y: number } };
          container: () => HTMLElement;
        };
      }
    ).__stackAtlasCy;
    const at = cy.getElementById(id).renderedPosition();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
const zoom = (page: Page) =>
  page.evaluate(() => (window as unknown as { __stackAtlasCy: { zoom: () => number } }).__stackAtlasCy.zoom());

/** Two fingers moving apart around a point: a pinch to zoom in. */
async function pinchOut(cdp: CDPSession, at: { x: number; y: number }) {
  const fingers = (spread: number) => [
    { x: at.x - spread, y: at.y, id: 0 },
    { x: at.x + spread, y: at.y, id: 1 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
  for (let spread = 30; spread <= 120; spread += 10)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(spread) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

describe.each(PHONES)('on a $width×$height phone', (viewport) => {
  const name = (step: string) => `phone-${viewport.width}-${step}`;

  it('has a compact header, drawers that close every way, and traces and plans RAG Systems', async () => {
    const { page, context, errors } = await openPhone(viewport);

    // The header: one row, search and a menu; the rest of the tools wait in the menu.
    const header = await page.locator('.app-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(64);
    expect(await page.getByRole('combobox', { name: 'Search' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Open graph…' }).isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Menu', exact: true }).tap();
    expect(await page.getByRole('button', { name: 'Open graph…' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Compare clouds' }).isVisible()).toBe(true);
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, name('01-menu'));
    expect(await seriousViolations(page)).toEqual([]);
    // A tap outside closes the menu (on the canvas, below the menu's card).
    await page.touchscreen.tap(viewport.width / 2, viewport.height - 120);
    await expect.poll(() => page.getByRole('button', { name: 'Open graph…' }).isVisible()).toBe(false);
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, name('02-canvas'));

    // Search RAG Systems and open the Details drawer.
    await page.getByRole('combobox', { name: 'Search' }).tap();
    await page.keyboard.type('RAG Systems');
    await page.getByRole('option', { name: /^RAG Systems/ }).tap();
    await toggle(page, 'Details').tap();
    await expect.poll(() => drawerOpen(page, 'right')).toBe(true);
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('RAG Systems');
    // Focus moved into the drawer, on its close button.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Close Details');
    expect(await smallTargets(page)).toEqual([]);
    expect(await overflowingElements(page, '#right-panel')).toEqual([]);
    await screenshot(page, name('03-details'));
    expect(await seriousViolations(page)).toEqual([]);

    // Trace from the drawer, then close it with its button: the chain is lit on the canvas.
    await details(page).getByRole('button', { name: 'Trace prerequisites' }).tap();
    await page.getByRole('button', { name: 'Close Details' }).tap();
    await expect.poll(() => drawerOpen(page, 'right')).toBe(false);
    const chain = new Set(['rag-systems', ...prerequisiteClosure(index, ['rag-systems'])]);
    // On a phone the chain is shown alone: the rest is hidden rather than faded.
    await expect.poll(async () => (await outOfTrace(page)).length).toBeGreaterThan(100);
    const traced = await canvasState(page);
    const out = await outOfTrace(page);
    expect(traced.nodeIds.filter((id) => !out.includes(id)).sort()).toEqual(
      [...chain].filter((id) => traced.nodeIds.includes(id)).sort(),
    );
    await expect.poll(() => page.getByRole('group', { name: 'Trace' }).isVisible()).toBe(true);
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, name('04-trace'));
    expect(await seriousViolations(page)).toEqual([]);

    // Escape closes a drawer (and leaves the trace for a second Escape).
    await toggle(page, 'Details').tap();
    await expect.poll(() => drawerOpen(page, 'right')).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => drawerOpen(page, 'right')).toBe(false);
    expect(page.url()).toContain('trace=prerequisites');
    // A tap outside closes it.
    await toggle(page, 'Filters & outline').tap();
    await expect.poll(() => drawerOpen(page, 'left')).toBe(true);
    expect(await overflowingElements(page, '#left-panel')).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, name('05-filters'));
    expect(await seriousViolations(page)).toEqual([]);
    await page.touchscreen.tap(viewport.width - 10, viewport.height / 2);
    await expect.poll(() => drawerOpen(page, 'left')).toBe(false);
    // The back gesture closes it, and leaves the view as it was.
    const before = page.url();
    await toggle(page, 'Filters & outline').tap();
    await expect.poll(() => drawerOpen(page, 'left')).toBe(true);
    await page.goBack();
    await expect.poll(() => drawerOpen(page, 'left')).toBe(false);
    expect(page.url()).toBe(before);
    expect((await outOfTrace(page)).length).toBeGreaterThan(100);

    // Plan it: from the Details drawer to the Plan tab, prerequisites first.
    await toggle(page, 'Details').tap();
    await details(page).getByRole('button', { name: 'Add to plan' }).tap();
    await page.getByRole('tab', { name: 'Plan', exact: true }).tap();
    await expect
      .poll(async () => (await plan(page).locator('.plan-step-label').allTextContents()).length)
      .toBeGreaterThan(5);
    const steps = await plan(page).locator('.plan-step-label').allTextContents();
    expect(steps.indexOf('Python')).toBeLessThan(steps.indexOf('Embedding Models'));
    expect(steps.at(-1)).toBe('RAG Systems');
    expect(await overflowingElements(page, '#right-panel')).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, name('06-plan'));
    expect(await seriousViolations(page)).toEqual([]);

    // Progress and the outline, for the axe scan and the touch targets.
    await page.getByRole('tab', { name: 'Progress', exact: true }).tap();
    await page.getByRole('region', { name: 'Progress', exact: true }).waitFor();
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, name('07-progress'));
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Close Details' }).tap();
    await toggle(page, 'Filters & outline').tap();
    await page.getByRole('tab', { name: 'Outline', exact: true }).tap();
    await page.getByRole('tree').waitFor();
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, name('08-outline'));
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Paths', exact: true }).tap();
    await page.getByRole('region', { name: 'Paths', exact: true }).waitFor();
    expect(await smallTargets(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);

    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  it('translates a stack and reads the matrix, with nothing cut off and no explorer filters', async () => {
    const { page, context, errors } = await openPhone(viewport);
    await page.getByRole('button', { name: 'Menu', exact: true }).tap();
    await page.getByRole('button', { name: 'Compare clouds' }).tap();
    const compare = page.getByRole('region', { name: 'Compare', exact: true });
    await compare.waitFor();
    // The menu closed behind the choice; the explorer's filters are gone with the explorer.
    expect(await page.getByRole('button', { name: 'Open graph…' }).isVisible()).toBe(false);
    expect(await leftPanel(page).count()).toBe(0);
    expect(await toggle(page, 'Filters & outline').count()).toBe(0);

    await page.getByRole('textbox', { name: 'Services to translate' }).fill('S3, Lambda, SageMaker');
    await page.getByRole('radiogroup', { name: 'Translate to' }).getByRole('radio', { name: 'Google Cloud' }).tap();
    await page.getByRole('button', { name: 'Translate', exact: true }).tap();
    const translation = page.getByRole('table', { name: 'Translation to Google Cloud' });
    await translation.waitFor();
    const rows = translation.locator('tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(1).textContent()).toContain('Cloud Run functions');
    // Each row's Remove button is on screen, not past the right edge.
    for (let i = 0; i < 3; i++)
      expect(
        await rows
          .nth(i)
          .getByRole('button', { name: /^Remove / })
          .isVisible(),
      ).toBe(true);
    await translation.scrollIntoViewIfNeeded();
    expect(await overflowingElements(page, '.compare-layer')).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, name('09-translation'));
    expect(await seriousViolations(page)).toEqual([]);

    // The matrix: the serverless row, each cloud's service under its name, within the screen.
    const serverless = compare
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Serverless functions' }) });
    await serverless.scrollIntoViewIfNeeded();
    const cells = await serverless.getByRole('cell').allTextContents();
    expect(cells).toHaveLength(3);
    expect(cells[0]).toContain('AWS Lambda');
    expect(cells[2]).toContain('Cloud Run functions');
    expect(await overflowingElements(page, '.compare-layer')).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, name('10-matrix'));
    // No second axe scan here: scrolling changed no markup, and the scan above read the whole page,
    // matrix included (about 20 s each on this view).

    // A service's details, from the matrix, in the Details drawer.
    await serverless.getByRole('button', { name: 'AWS Lambda', exact: true }).tap();
    await toggle(page, 'Details').tap();
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('AWS Lambda');
    await expect.poll(() => drawerOpen(page, 'right')).toBe(true);
    expect(await smallTargets(page)).toEqual([]);
    // What changed since the whole-page scan: the drawer.
    expect(await seriousViolations(page, '#right-panel')).toEqual([]);

    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  it('zooms with a pinch and selects with a tap on the canvas', async () => {
    const { page, context } = await openPhone(viewport);
    const cdp = await context.newCDPSession(page);
    const docker = await nodeOnScreen(page, 'docker');
    const before = await zoom(page);
    await pinchOut(cdp, docker);
    await expect.poll(() => zoom(page)).toBeGreaterThan(before * 1.3);
    const target = await nodeOnScreen(page, 'docker');
    await page.touchscreen.tap(target.x, target.y);
    await expect.poll(async () => (await canvasState(page)).selected).toEqual(['docker']);
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe('docker');
    await screenshot(page, name('11-pinch-tap'));
    await context.close();
  });
});

describe('links', () => {
  it('copies the link of the view on screen; a broken link is rewritten to the view shown', async () => {
    const { page, context } = await openPhone(PHONES[0], '/?sel=no-such-item&view=plan&plan=docker');
    await expect.poll(() => page.getByText(/^Part of the link could not be used/).count()).toBe(1);
    expect(new URL(page.url()).search).toBe('?view=plan&plan=docker');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Menu', exact: true }).tap();
    await page.getByRole('button', { name: 'Copy link' }).tap();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await context.close();
  });
});
