/**
 * The machine's Chromium-family browser driven by playwright-core (tests/fixtures/chromium.ts), one
 * fresh context per test, every Content-Security-Policy violation recorded (tests/e2e/setup.ts
 * fails the test that caused one), and screenshots saved to `screenshots/` for people to look at.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../fixtures/chromium';
import { inject } from 'vitest';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../screenshots');
export const launchBrowser = async () => recordCspViolations(await launchChromium());

const cspViolations: string[] = [];

/** The violations reported since the last call, emptying the record. */
export const takeCspViolations = () => cspViolations.splice(0);
/** The violations reported so far, leaving the record as it is (reports arrive asynchronously). */
export const cspViolationsSoFar = () => [...cspViolations];

/**
 * Every context of `browser` (also those from `newPage`, and those tests open themselves) reports
 * each `securitypolicyviolation` of its pages, from the first script on.
 */
function recordCspViolations(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.exposeBinding('__reportCspViolation', (_source, violation: string) => {
      cspViolations.push(violation);
    });
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) => {
        const report = (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation;
        report(`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
      }),
    );
    return context;
  };
  return browser;
}

export const baseUrl = () => inject('baseUrl');

/** A new page on the app at `path` (e.g. `/?sel=python`), with errors collected for the test to check. */
export async function openApp(browser: Browser, path = '/', options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(new URL(path, baseUrl()).href);
  await waitForCanvas(page);
  return { page, context, errors };
}

/** Waits until Cytoscape has drawn its nodes. */
export async function waitForCanvas(page: Page) {
  await page.waitForFunction(() => {
    const cy = (window as unknown as { __stackAtlasCy?: { nodes: () => { length: number } } }).__stackAtlasCy;
    return !!cy && cy.nodes().length > 0;
  });
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`) });
}

/** Plain facts about the canvas, read inside the page (never return Cytoscape collections). */
/** The ids selected on the canvas. */
export const selectedIds = (page: Page) =>
  page.evaluate(() =>
    (
      window as unknown as { __stackAtlasCy: { $(s: string): { map(f: (e: { id(): string }) => string): string[] } } }
    ).__stackAtlasCy
      .$(':selected')
      .map((e) => e.id()),
  );

export function canvasState(page: Page) {
  return page.evaluate(() => {
    type Ele = {
      id: () => string;
      hasClass: (c: string) => boolean;
      selected: () => boolean;
      position: () => { x: number; y: number };
    };
    const cy = (
      window as unknown as {
        __stackAtlasCy: {
          nodes: (s?: string) => Ele[] & { length: number };
          edges: () => Ele[] & { length: number };
          zoom: () => number;
        };
      }
    ).__stackAtlasCy;
    const nodes = [...cy.nodes(':childless')].filter((n) => !n.hasClass('annotation'));
    return {
      nodeIds: nodes.map((n) => n.id()),
      edgeCount: cy.edges().length,
      selected: nodes.filter((n) => n.selected()).map((n) => n.id()),
      dimmed: nodes.filter((n) => n.hasClass('dimmed')).map((n) => n.id()),
      hidden: nodes.filter((n) => n.hasClass('filtered-out')).map((n) => n.id()),
      positions: Object.fromEntries(nodes.map((n) => [n.id(), n.position()])),
      groupsShown: [...cy.nodes('.provider-group')].filter((n) => n.hasClass('shown')).length,
    };
  });
}

/** Serious and critical axe violations (of the part matching `include`, or the whole page), readably. */
export async function seriousViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

/** Searches with the `/` shortcut and chooses the first result. */
export async function searchAndSelect(page: Page, text: string) {
  await page.keyboard.press('/');
  await page.keyboard.type(text);
  await page.getByRole('option').first().waitFor();
  await page.keyboard.press('Enter');
}

/** Opens the header's menu where the header is compact (phones, tablets); does nothing where the tools show. */
export async function openHeaderMenu(page: Page) {
  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
}
