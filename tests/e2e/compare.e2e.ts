/**
 * The cloud engineer, in Debian's Chromium against the production build: the capability matrix,
 * an AWS stack translated to Google Cloud and shared by link, and a service's counterparts lit up
 * on the canvas.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterpartHighlight } from '../../src/graph-view/counterparts';
import { realAtlas } from '../fixtures/real-atlas';
import { canvasState, launchBrowser, openApp, screenshot, seriousViolations, waitForCanvas } from './browser';

let browser: Browser;
const { index } = realAtlas();

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const details = (page: Page) => page.getByRole('region', { name: 'Details', exact: true });
const compare = (page: Page) => page.getByRole('region', { name: 'Compare', exact: true });
const translation = (page: Page) => page.getByRole('table', { name: /^Translation to / });

/** The ids of the canvas nodes carrying the counterpart highlight. */
const counterpartIds = (page: Page) =>
  page.evaluate(() => {
    const cy = (
      window as unknown as {
        __stackAtlasCy: { nodes: (s: string) => { id: () => string }[] };
      }
    ).__stackAtlasCy;
    return [...cy.nodes('.counterpart')].map((n) => n.id()).sort();
  });

/** The rows of the translation: each input service and the counterpart names in its cell. */
const translationRows = (page: Page) =>
  translation(page)
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => ({
        from: row.querySelector('th .compare-service-name')?.textContent ?? '',
        to: [...row.querySelectorAll('td .compare-service-name')].map((b) => b.textContent ?? ''),
        text: row.textContent ?? '',
      })),
    );

const EXPECTED = [
  { from: 'Amazon S3', to: 'Cloud Storage' },
  { from: 'AWS Lambda', to: 'Cloud Run functions' },
  { from: 'Amazon SageMaker AI', to: 'Gemini Enterprise Agent Platform' },
];

async function expectTranslation(page: Page) {
  await expect.poll(async () => (await translationRows(page)).map((r) => r.from)).toEqual(EXPECTED.map((e) => e.from));
  const rows = await translationRows(page);
  for (const [i, { to }] of EXPECTED.entries()) expect(rows[i]!.to).toContain(to);
  // Vertex AI goes by its current name; the old one is said, so people recognise it.
  expect(rows[2]!.text).toContain('formerly Vertex AI');
  expect(await page.getByRole('radio', { name: 'Google Cloud' }).isChecked()).toBe(true);
}

describe('the cloud engineer', () => {
  // The matrix holds every capability of the comparison pages: its axe scan alone takes a while.
  it(
    'compares the clouds, translates a stack, shares it, and sees counterparts on the canvas',
    { timeout: 240_000 },
    async () => {
      const { page, context, errors } = await openApp(browser);

      // The matrix: the "Serverless functions" row has a service from each cloud.
      await page.getByRole('button', { name: 'Compare clouds' }).click();
      await compare(page).waitFor();
      const table = compare(page).getByRole('table');
      const headers = await table.getByRole('columnheader').allTextContents();
      expect(headers).toEqual(['Capability', 'AWS', 'Azure', 'Google Cloud']);
      const serverless = table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'Serverless functions' }) });
      expect(await serverless.count()).toBe(1);
      const cells = await serverless.getByRole('cell').allTextContents();
      expect(cells).toHaveLength(3);
      expect(cells[0]).toContain('AWS Lambda');
      expect(cells[1]).toContain('Azure Functions');
      expect(cells[2]).toContain('Cloud Run functions');
      expect(cells[2]).toContain('formerly Cloud Functions');
      expect(page.url()).toContain('view=compare');
      // The explorer's filters would act on a canvas that is not on screen: the comparison takes their room.
      expect(await page.getByRole('complementary', { name: 'Filters, outline and paths' }).count()).toBe(0);
      expect((await page.locator('.compare-layer').boundingBox())!.x).toBe(0);
      await screenshot(page, 'compare-01-matrix');

      // Translate an AWS stack to Google Cloud.
      // First to Azure: the target matters, and the link says which it is.
      const target = (name: string) =>
        page.getByRole('radiogroup', { name: 'Translate to' }).getByRole('radio', { name });
      await page.getByRole('textbox', { name: 'Services to translate' }).fill('S3, Lambda, SageMaker');
      await target('Azure').check();
      await page.getByRole('button', { name: 'Translate', exact: true }).click();
      await translation(page).waitFor();
      expect(await translation(page).locator('caption').textContent()).toBe('Translation to Azure');
      expect((await translationRows(page)).map((r) => r.to)[0]).toContain('Azure Blob Storage');
      expect(new URL(page.url()).searchParams.get('stack.to')).toBe('azure');
      // Then to Google Cloud: the result follows at once.
      await target('Google Cloud').check();
      await expectTranslation(page);
      expect(await translation(page).locator('caption').textContent()).toBe('Translation to Google Cloud');
      // The box now shows the official names.
      expect(await page.getByRole('textbox', { name: 'Services to translate' }).inputValue()).toBe(
        'Amazon S3, AWS Lambda, Amazon SageMaker AI',
      );
      expect(await page.getByText('3 services: 3 with a counterpart on Google Cloud').count()).toBe(1);
      await page.getByRole('heading', { name: 'Translate a stack' }).scrollIntoViewIfNeeded();
      await screenshot(page, 'compare-02-translation');

      // The link carries the stack and the target; a new page shows the same translation.
      const url = new URL(page.url());
      expect(url.searchParams.get('stack')).toBe('aws-s3,aws-lambda,aws-sagemaker-ai');
      // The target is said outright, so the link keeps its meaning whatever the default becomes.
      expect(url.searchParams.get('stack.to')).toBe('gcp');
      const shared = await context.newPage();
      await shared.goto(url.href);
      await waitForCanvas(shared);
      await expectTranslation(shared);
      await screenshot(shared, 'compare-03-shared-translation');
      await shared.close();

      // Accessibility of the Compare view.
      expect(await seriousViolations(page, '.compare-layer')).toEqual([]);

      // Back to Explore, select Amazon S3: its counterparts on Azure and Google Cloud light up.
      await page.getByRole('button', { name: 'Explore', exact: true }).click();
      await expect.poll(() => compare(page).count()).toBe(0);
      await page.getByRole('complementary', { name: 'Filters, outline and paths' }).waitFor();
      await page.keyboard.press('/');
      await page.keyboard.type('Amazon S3');
      await page.getByRole('option').first().waitFor();
      await page.keyboard.press('Enter');
      await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Amazon S3');
      expect((await canvasState(page)).selected).toEqual(['aws-s3']);
      const expected = [...counterpartHighlight(index, 'aws-s3').nodes].sort();
      await expect.poll(() => counterpartIds(page)).toEqual(expected);
      const lit = await counterpartIds(page);
      expect(lit).toContain('gcp-cloud-storage');
      expect(lit).toContain('azure-blob-storage');
      expect(lit).not.toContain('aws-s3');
      // Details lists the same counterparts.
      const equivalents = await details(page).textContent();
      expect(equivalents).toContain('Cloud Storage');
      expect(equivalents).toContain('Azure Blob Storage');
      await screenshot(page, 'compare-04-s3-counterparts');

      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
