/**
 * A machine with only Google Chrome, simulated: no CHROMIUM_PATH, no Playwright Chromium, and this
 * machine's browser linked where Chrome installs itself on Linux, under a scratch root. The search
 * finds it there, and the app runs in it.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { chromiumExecutable, launchChromium } from '../fixtures/chromium';
import { findBrowser, systemBrowserPaths } from '../fixtures/find-browser';
import { canvasState, openApp } from './browser';

const root = mkdtempSync(join(tmpdir(), 'stack-atlas-chrome-only-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('finds and runs Google Chrome at its usual place when nothing else is there', async () => {
  const chrome = join(root, '/opt/google/chrome/chrome');
  mkdirSync(dirname(chrome), { recursive: true });
  symlinkSync(chromiumExecutable(), chrome);
  const candidates = systemBrowserPaths('linux', {}).map((path) => join(root, path));
  const found = findBrowser(
    { env: {}, platform: 'linux', playwrightChromium: undefined, exists: existsSync },
    candidates,
  );
  expect(found).toEqual({ path: chrome });

  const browser = await launchChromium([], chrome);
  try {
    const { page, errors } = await openApp(browser);
    expect((await canvasState(page)).nodeIds.length).toBeGreaterThan(300);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
