/** The page's defences, checked in the browser: the CSP blocks injected inline scripts. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cspViolationsSoFar, launchBrowser, openApp, takeCspViolations } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

it('runs under a Content-Security-Policy that blocks injected inline scripts', async () => {
  const { page, context, errors } = await openApp(browser);
  const outcome = await page.evaluate(
    () =>
      new Promise<{ violated: string; ran: boolean }>((resolve) => {
        const w = window as unknown as { __injected?: boolean };
        document.addEventListener(
          'securitypolicyviolation',
          (e) => resolve({ violated: e.violatedDirective, ran: !!w.__injected }),
          {
            once: true,
          },
        );
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true';
        document.body.append(script);
        setTimeout(() => resolve({ violated: '', ran: !!w.__injected }), 1000);
      }),
  );
  expect(outcome).toEqual({ violated: 'script-src-elem', ran: false });
  // The app itself needs nothing the policy forbids: the injected script is the only violation
  // reported (the suite's check would fail on any other). Reports arrive asynchronously: all are in
  // once the page is closed.
  await expect.poll(() => cspViolationsSoFar().length).toBeGreaterThan(0);
  await context.close();
  const violations = takeCspViolations();
  expect(violations.filter((v) => !/^script-src-elem blocked inline /.test(v))).toEqual([]);
  expect(errors.filter((e) => !e.includes('__injected') && !e.includes('inline script'))).toEqual([]);
});
