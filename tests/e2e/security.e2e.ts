/** The page's defences, checked in the browser: the CSP blocks injected inline scripts. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, openApp, takeCspViolations } from './browser';

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
  // The injected script is the only violation (the suite's check would fail on any other).
  expect(takeCspViolations()).toEqual([expect.stringMatching(/^script-src-elem blocked inline /)]);
  // The app itself needs nothing the policy forbids.
  expect(errors.filter((e) => !e.includes('__injected') && !e.includes('inline script'))).toEqual([]);
  await context.close();
});
