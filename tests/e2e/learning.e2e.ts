/**
 * The learner's journey, in Debian's Chromium against the production build: what must I learn
 * before RAG Systems, in what order, given what I already know — traced on the canvas, kept as a
 * plan, marked off as progress that survives a reload (and a corrupted store), exported as
 * Markdown, scoped to a level, and connected item to item in the Paths tab.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prerequisiteClosure } from '../../src/domain/queries/closure';
import { realAtlas } from '../fixtures/real-atlas';
import {
  canvasState,
  launchBrowser,
  openApp,
  screenshot,
  searchAndSelect,
  seriousViolations,
  waitForCanvas,
} from './browser';

let browser: Browser;
const atlas = realAtlas();
const { index } = atlas;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const details = (page: Page) => page.getByRole('region', { name: 'Details', exact: true });
const plan = (page: Page) => page.getByRole('region', { name: 'Plan', exact: true });
const progress = (page: Page) => page.getByRole('region', { name: 'Progress', exact: true });
const paths = (page: Page) => page.getByRole('region', { name: 'Paths', exact: true });
const rightTab = (page: Page, name: 'Details' | 'Plan' | 'Progress') =>
  page.getByRole('tablist', { name: 'Item and learning' }).getByRole('tab', { name, exact: true });

/** The labels of the plan's steps, in DOM (reading) order. */
const planStepLabels = (page: Page) => plan(page).locator('.plan-step-label').allTextContents();

/** The "Ready to learn now" items, in reading order. */
const readyLabels = (page: Page) => progress(page).locator('.progress-ready .progress-item').allTextContents();

/** The progress radio of one item in the Progress tab's ready list, or in the plan. */
const statusRadio = (scope: ReturnType<typeof plan>, label: string, status: 'Not started' | 'Learning' | 'Learned') =>
  scope.getByRole('radiogroup', { name: `Progress on ${label}`, exact: true }).getByRole('radio', { name: status });

/** The Tier 1 checklist count in the Progress tab: "1 of 56 checklist rows learned, 0 learning". */
const tierOneCount = (page: Page) =>
  progress(page)
    .getByRole('list', { name: 'By tier' })
    .getByRole('listitem')
    .filter({ hasText: 'Tier 1' })
    .locator('.progress-row-count')
    .textContent();

/** What localStorage holds for progress, parsed. */
const storedProgress = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('stack-atlas:progress') ?? 'null') as unknown);

describe('the learner', () => {
  it('plans a learning objective, takes what they already know, and traces only what is left', async () => {
    const { page, context, errors } = await openApp(browser, '/?view=plan&plan=t2-implement-rag-systems');
    await expect.poll(async () => (await planStepLabels(page)).length).toBeGreaterThan(5);
    const steps = await planStepLabels(page);
    expect(steps).toContain('RAG Systems');
    expect(steps).toContain('Python');
    expect(steps).not.toContain('Implement RAG systems');

    // "I already know…": Python and SQL at once.
    const known = plan(page).getByRole('combobox', { name: 'Pick what you know' });
    for (const [text, label] of [
      ['pyth', 'Python'],
      ['sql', 'SQL'],
    ] as const) {
      await known.fill(text);
      await plan(page)
        .getByRole('option')
        .filter({ hasText: new RegExp(`^${label}language`) })
        .click();
    }
    await plan(page).getByRole('button', { name: 'Mark 2 learned' }).click();
    await expect.poll(() => planStepLabels(page)).not.toContain('Python');
    expect(await storedProgress(page)).toMatchObject({ items: { python: 'learned', sql: 'learned' } });
    await screenshot(page, 'learn-objective-plan');
    expect(await seriousViolations(page, '#right-panel')).toEqual([]);

    // The trace lights what is left to learn, never what is learned.
    await plan(page).getByRole('button', { name: 'Trace on canvas' }).click();
    const lit = (id: string) =>
      page.evaluate((node) => {
        const cy = (
          window as unknown as {
            __stackAtlasCy: { getElementById: (i: string) => { hasClass: (c: string) => boolean } };
          }
        ).__stackAtlasCy;
        return cy.getElementById(node).hasClass('highlighted');
      }, id);
    await expect.poll(() => lit('rag-systems')).toBe(true);
    expect(await lit('python')).toBe(false);
    await expect.poll(() => page.getByRole('group', { name: 'Trace' }).textContent()).toMatch(/learned already/);
    await screenshot(page, 'learn-objective-trace');

    // Progress per objective.
    await rightTab(page, 'Progress').click();
    const objectives = progress(page).getByRole('region', { name: 'Learning objectives' });
    await expect.poll(() => objectives.getByRole('button', { name: 'Build Advanced ML', exact: true }).count()).toBe(1);
    expect(await seriousViolations(page, '#right-panel')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('traces what RAG Systems needs, plans it, marks progress, keeps it, exports it, scopes and connects', async () => {
    const { page, context, errors } = await openApp(browser);

    // Select RAG Systems from the search box.
    await searchAndSelect(page, 'RAG Systems');
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('RAG Systems');
    expect((await canvasState(page)).selected).toEqual(['rag-systems']);

    // Trace its prerequisites: the chain stays lit, everything else fades.
    const chain = new Set(['rag-systems', ...prerequisiteClosure(index, ['rag-systems'])]);
    await details(page).getByRole('button', { name: 'Trace prerequisites' }).click();
    await expect
      .poll(() => details(page).getByRole('button', { name: 'Trace prerequisites' }).getAttribute('aria-pressed'))
      .toBe('true');
    await expect.poll(async () => (await canvasState(page)).dimmed.length).toBeGreaterThan(100);
    const traced = await canvasState(page);
    const lit = traced.nodeIds.filter((id) => !traced.dimmed.includes(id));
    expect(lit.sort()).toEqual([...chain].filter((id) => traced.nodeIds.includes(id)).sort());
    for (const id of ['python', 'embedding-models', 'word2vec', 'rag-systems']) expect(traced.dimmed).not.toContain(id);
    expect(traced.dimmed).toContain('kubernetes');
    expect(page.url()).toContain('trace=prerequisites');
    expect(page.url()).toContain('trace.id=rag-systems');

    // The trace bar says how many, per tier.
    const traceBar = page.getByRole('group', { name: 'Trace' });
    const tier1 = [...chain].filter((id) => index.byId.get(id)?.tier === 1).length;
    const others = chain.size - 1;
    await expect.poll(() => traceBar.textContent()).toContain(`Prerequisites of RAG Systems: ${others} items`);
    expect(await traceBar.textContent()).toContain(`Tier 1: ${tier1}`);
    await screenshot(page, 'learn-01-trace-rag');

    // Add to the plan, then open the Plan tab: prerequisites first.
    await details(page).getByRole('button', { name: 'Add to plan' }).click();
    await expect.poll(() => details(page).getByRole('button', { name: 'In plan ✓' }).count()).toBe(1);
    expect(page.url()).toContain('plan=rag-systems');
    await rightTab(page, 'Plan').click();
    await expect.poll(async () => (await planStepLabels(page)).length).toBeGreaterThan(5);
    let steps = await planStepLabels(page);
    expect(steps.indexOf('Python')).toBeGreaterThanOrEqual(0);
    expect(steps.indexOf('Python')).toBeLessThan(steps.indexOf('Embedding Models'));
    expect(steps.indexOf('Embedding Models')).toBeLessThan(steps.indexOf('RAG Systems'));
    expect(steps.at(-1)).toBe('RAG Systems');
    await screenshot(page, 'learn-02-plan');
    expect(await seriousViolations(page, '#right-panel')).toEqual([]);

    // Starting point: what is ready before anything is learned (NumPy needs Python).
    await rightTab(page, 'Progress').click();
    await progress(page)
      .getByRole('heading', { name: /Ready to learn now/ })
      .waitFor();
    const readyBefore = await readyLabels(page);
    expect(readyBefore).toContain('Python');
    expect(readyBefore).not.toContain('NumPy');

    // Mark Python learned from the plan's status control: it leaves the plan.
    await rightTab(page, 'Plan').click();
    // A click, not check(): the row leaves the plan as soon as it is checked.
    await statusRadio(plan(page), 'Python', 'Learned').click();
    await expect.poll(() => planStepLabels(page)).not.toContain('Python');
    steps = await planStepLabels(page);
    expect(steps).toContain('Embedding Models');
    await expect
      .poll(() => plan(page).getByRole('status').filter({ hasText: 'Python marked learned' }).count())
      .toBe(1);
    await screenshot(page, 'learn-03-plan-python-learned');
    expect(await storedProgress(page)).toMatchObject({ items: { python: 'learned' } });

    // "Ready to learn now" changes: NumPy (which needs Python) is ready now; Python is learned.
    await rightTab(page, 'Progress').click();
    await expect.poll(() => readyLabels(page)).toContain('NumPy');
    expect(await statusRadio(progress(page), 'NumPy', 'Not started').isChecked()).toBe(true);
    await screenshot(page, 'learn-04-progress-ready');
    expect(await seriousViolations(page, '#right-panel')).toEqual([]);

    // Reload: the progress is kept (localStorage), the plan too (the URL).
    await page.reload();
    await waitForCanvas(page);
    expect(page.url()).toContain('plan=rag-systems');
    await rightTab(page, 'Progress').click();
    await expect.poll(() => readyLabels(page)).toContain('NumPy');
    expect(await readyLabels(page)).not.toContain('Python');
    expect(await tierOneCount(page)).toMatch(/^1 of \d+ checklist rows learned, 0 learning$/);
    await rightTab(page, 'Plan').click();
    await expect.poll(async () => (await planStepLabels(page)).length).toBeGreaterThan(5);
    expect(await planStepLabels(page)).not.toContain('Python');
    expect(
      await plan(page)
        .getByText(/you've learned (is|are) left out/)
        .count(),
    ).toBe(1);

    // Export the plan as Markdown and read the file.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      plan(page).getByRole('button', { name: 'Export Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('learning-plan-rag-systems.md');
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown.split('\n')[0]).toBe('# Learning plan: RAG Systems');
    expect(markdown).toContain('\n## Tier 1');
    expect(markdown).toContain('**Embedding Models**');
    expect(markdown).not.toMatch(/\*\*Python\*\*/); // learned, so left out of the steps…
    expect(markdown).toMatch(/## Already learned \(left out\)\n\n- Python/); // …and listed as such
    const links = [...markdown.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^https:\/\//);
    expect(markdown).not.toMatch(/http:\/\//);

    // Garbage in the stored progress: the app opens anyway, says so, and starts clean.
    await rightTab(page, 'Progress').click();
    await page.evaluate(() => localStorage.setItem('stack-atlas:progress', '{not json'));
    await page.reload();
    await waitForCanvas(page);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'could not be read' }).count()).toBe(1);
    await screenshot(page, 'learn-05-unreadable-progress');
    // A clean state: nothing learned, and the bad copy is gone.
    await rightTab(page, 'Progress').click();
    await expect.poll(() => readyLabels(page)).toContain('Python');
    expect(await readyLabels(page)).not.toContain('NumPy');
    expect(await statusRadio(progress(page), 'Python', 'Not started').isChecked()).toBe(true);
    expect(await tierOneCount(page)).toMatch(/^0 of \d+ checklist rows learned, 0 learning$/);
    expect(await page.evaluate(() => localStorage.getItem('stack-atlas:progress'))).toBeNull();

    // With nothing learned, the exported file puts Python before Embedding Models.
    await rightTab(page, 'Plan').click();
    await expect.poll(() => planStepLabels(page)).toContain('Python');
    const [freshDownload] = await Promise.all([
      page.waitForEvent('download'),
      plan(page).getByRole('button', { name: 'Export Markdown' }).click(),
    ]);
    const fresh = readFileSync((await freshDownload.path())!, 'utf8');
    expect(fresh.indexOf('**Python**')).toBeGreaterThan(fresh.indexOf('## Tier 1'));
    expect(fresh.indexOf('**Python**')).toBeLessThan(fresh.indexOf('**Embedding Models**'));
    expect(fresh.indexOf('**Embedding Models**')).toBeLessThan(fresh.indexOf('**RAG Systems**'));
    for (const [, link] of fresh.matchAll(/\]\(([^)]+)\)/g)) expect(link).toMatch(/^https:\/\//);

    // The level switch: Beginner scopes the canvas to Tier 1.
    await rightTab(page, 'Progress').click();
    await page.getByRole('button', { name: 'Clear trace' }).click();
    await progress(page).getByRole('radio', { name: 'Beginner (Tier 1)' }).check();
    expect(page.url()).toContain('level=beginner');
    // The Tier 1 items (the tier node and the objectives carry a tier too, but are not drawn).
    const tierOne = new Set(index.byTier.get(1));
    await expect
      .poll(async () => {
        const s = await canvasState(page);
        return s.nodeIds.filter((id) => !s.dimmed.includes(id) && !s.hidden.includes(id)).sort();
      })
      .toEqual([...tierOne].sort());
    await screenshot(page, 'learn-06-level-beginner');

    // Paths: from Python to RAG Systems, the steps listed in order.
    await page.getByRole('tablist', { name: 'Explore tools' }).getByRole('tab', { name: 'Paths' }).click();
    await progress(page).getByRole('radio', { name: 'All tiers (no level)' }).check();
    await paths(page).getByRole('combobox', { name: 'From' }).fill('Python');
    await paths(page).getByRole('combobox', { name: 'To' }).fill('RAG Systems');
    await paths(page).getByRole('button', { name: 'Find path' }).click();
    const list = paths(page).getByRole('list', { name: 'Path from Python to RAG Systems' });
    await list.waitFor();
    const stepsInOrder = await list.locator('.paths-node').allTextContents();
    expect(stepsInOrder[0]).toBe('Python');
    expect(stepsInOrder.at(-1)).toBe('RAG Systems');
    expect(stepsInOrder.length).toBeGreaterThanOrEqual(3);
    const relations = await list.locator('.paths-relation').allTextContents();
    expect(relations).toHaveLength(stepsInOrder.length - 1);
    await expect
      .poll(async () => {
        const s = await canvasState(page);
        return s.nodeIds.filter((id) => !s.dimmed.includes(id)).length;
      })
      .toBe(stepsInOrder.length);
    expect(await page.getByRole('group', { name: 'Path' }).textContent()).toContain(
      `Path from Python to RAG Systems: ${stepsInOrder.length - 1} steps`,
    );
    await screenshot(page, 'learn-07-path');

    expect(errors).toEqual([]);
    await context.close();
  });
});
