/** The canvas from the keyboard alone, in Debian's Chromium against the production build. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectionAnnouncement } from '../../src/graph-view/selection-announcement';
import { realAtlas } from '../fixtures/real-atlas';
import { launchBrowser, openApp, screenshot, seriousViolations } from './browser';

let browser: Browser;
const { index } = realAtlas();

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Presses Tab until the canvas has focus, as a keyboard user would; fails if it never does. */
async function tabToCanvas(page: Page) {
  for (let presses = 0; presses < 200; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('graph-canvas'))) return presses + 1;
  }
  throw new Error('Tab never reached the canvas');
}

/** The selected item, where it is drawn (model and on screen), once the camera has stopped. */
async function selection(page: Page) {
  await page.waitForFunction(() => {
    const cy = (window as unknown as { __stackAtlasCy: { animated: () => boolean } }).__stackAtlasCy;
    return !cy.animated();
  });
  return page.evaluate(() => {
    type Node = {
      id: () => string;
      position: () => { x: number; y: number };
      renderedBoundingBox: (o: object) => { x1: number; x2: number; y1: number; y2: number };
    };
    const cy = (
      window as unknown as {
        __stackAtlasCy: { $: (s: string) => Node[]; width: () => number; height: () => number };
      }
    ).__stackAtlasCy;
    const selected = [...cy.$('node:selected')];
    const node = selected[0];
    if (selected.length !== 1 || !node) return null;
    return {
      id: node.id(),
      at: node.position(),
      box: node.renderedBoundingBox({ includeLabels: true }),
      width: cy.width(),
      height: cy.height(),
    };
  });
}

type Selection = NonNullable<Awaited<ReturnType<typeof selection>>>;
const inView = (s: Selection) => s.box.x1 >= 0 && s.box.y1 >= 0 && s.box.x2 <= s.width && s.box.y2 <= s.height;
const liveRegion = (page: Page) => page.getByRole('status', { name: 'Canvas selection' });
const details = (page: Page) => page.getByRole('region', { name: 'Details' });

describe('the canvas from the keyboard', () => {
  it('is reached with Tab; arrows move the selection, Enter opens the details, a live region speaks', async () => {
    const { page, context, errors } = await openApp(browser);
    await tabToCanvas(page);
    expect(await page.evaluate(() => document.activeElement?.matches(':focus-visible'))).toBe(true);
    const canvas = page.getByRole('application', { name: 'Knowledge graph' });
    expect(await canvas.evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshot(page, 'keyboard-01-canvas-focused');

    // The first arrow picks the item nearest the middle of the view; each next one moves that way.
    await page.keyboard.press('ArrowRight');
    const first = (await selection(page))!;
    expect(first).not.toBeNull();
    await expect.poll(() => liveRegion(page).textContent()).toBe(selectionAnnouncement(index, first.id));

    const moves = [
      ['ArrowRight', (a: Selection, b: Selection) => b.at.x > a.at.x],
      ['ArrowDown', (a: Selection, b: Selection) => b.at.y > a.at.y],
      ['ArrowLeft', (a: Selection, b: Selection) => b.at.x < a.at.x],
      ['ArrowUp', (a: Selection, b: Selection) => b.at.y < a.at.y],
    ] as const;
    let previous = first;
    for (const [key, wentThatWay] of moves) {
      await page.keyboard.press(key);
      await expect.poll(async () => (await selection(page))?.id).not.toBe(previous.id);
      const next = (await selection(page))!;
      expect(wentThatWay(previous, next), `${key} from ${previous.id} to ${next.id}`).toBe(true);
      // The new selection is in view, label and all, and the URL and the details follow it.
      expect(inView(next), `${next.id} in view`).toBe(true);
      await expect.poll(() => liveRegion(page).textContent()).toBe(selectionAnnouncement(index, next.id));
      await expect
        .poll(() => details(page).getByRole('heading', { level: 2 }).textContent())
        .toBe(index.byId.get(next.id)!.label);
      previous = next;
    }
    // Keys went to the canvas, not to the page: it has not scrolled.
    expect(await page.evaluate(() => [window.scrollX, window.scrollY])).toEqual([0, 0]);
    await screenshot(page, 'keyboard-02-after-arrows');
    expect(await seriousViolations(page, '.canvas-area')).toEqual([]);

    // Enter opens the details: focus moves to the item's heading there.
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe(index.byId.get(previous.id)!.label);
    expect(await page.evaluate(() => document.activeElement?.closest('#right-panel') !== null)).toBe(true);
    await screenshot(page, 'keyboard-03-enter-details');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the Details drawer on Enter on a phone', async () => {
    const { page, context, errors } = await openApp(browser, '/?sel=docker', {
      viewport: { width: 390, height: 844 },
    });
    expect(await details(page).isVisible()).toBe(false);
    await tabToCanvas(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => details(page).isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Docker');
    expect(await page.getByRole('button', { name: 'Details', exact: true }).getAttribute('aria-expanded')).toBe('true');
    // Let the drawer finish sliding in before the picture.
    await page.waitForFunction(() => getComputedStyle(document.getElementById('right-panel')!).transform === 'none');
    await screenshot(page, 'keyboard-04-phone-enter');
    expect(errors).toEqual([]);
    await context.close();
  });
});
