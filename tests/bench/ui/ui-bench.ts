/**
 * The app's canvas against bare Cytoscape, in Debian's Chromium. Run with `npm run bench:ui`
 * (`-- --runs 11 --warmup 2` to change the number of measured and discarded runs per page).
 *
 * 1. Builds the app with vite.config.ts (into a temporary directory, so a concurrent `dist/` user
 *    is left alone) and serves it with `vite preview` on 127.0.0.1.
 * 2. Builds and serves a bare page (see bare-page.ts): the same elements, positions and stylesheet,
 *    drawn by Cytoscape alone in a full-window container.
 * 3. Loads each page in a fresh browser context (1440×900, light scheme), alternating app and bare
 *    (and which of them goes first), with the same measuring code injected (see in-page.ts):
 *    - load: navigation start → end of the first Cytoscape frame with every node present;
 *    - click: once drawing has been idle, a click (button held 80 ms, like a person's) on
 *      a clear, high-degree node; release of the button → end of the first frame with that node
 *      selected. Also reported: release → the
 *      Details region's heading naming the node (if it appears within 2 s) and release → the
 *      last frame before drawing stays quiet for 300 ms (the whole visible response).
 * 4. Prints medians (min–max) side by side, the app/bare ratio against the goal (≤ 1.1), a
 *    breakdown of the load, and the size of the app's JavaScript, raw and gzipped.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { buildBarePage } from './bare-page';
import {
  buildApp,
  buildSizes,
  cell,
  jsSizes,
  kb,
  launch,
  log,
  ms,
  serve,
  serveApp,
  stats,
  table,
  VIEWPORT,
  CONTEXT_OPTIONS,
} from './harness';
import { measuringScript } from './in-page';

const GOAL_RATIO = 1.1;
const DETAILS_WAIT_MS = 2000;
const QUIET_MS = 300;
const SETTLE_CAP_MS = 3000;
/** How long the button stays down: a person's click, so the press is handled before the release. */
const PRESS_MS = 80;

type PageName = 'app' | 'bare';

interface LoadResult {
  firstFrame: number;
  firstFrameWork: number;
  cyAt: number;
  jsLoaded: number | null;
  domContentLoaded: number | null;
  longTaskCount: number;
  longTaskMs: number;
  rendersBeforeFirstFrame: number;
  nodes: number;
  edges: number;
  canvas: { width: number; height: number };
}

interface ClickResult {
  selectFrame: number;
  selectFrameStart: number;
  selectedAt: number | null;
  handled: number | null;
  pressHandled: number | null;
  zoomBefore: number;
  zoomAfter: number;
  details: number | null;
  settled: number | null;
  selectedAfter: string[];
}

interface Picked {
  id: string;
  label: string;
  x: number;
  y: number;
  degree: number;
}

interface Run {
  load: LoadResult;
  click: ClickResult;
  node: Picked;
  errors: string[];
  warnings: number;
}

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    warmup: { type: 'string', default: '1' },
  },
});
const RUNS = positiveInt(args.runs, 'runs', 1);
const WARMUP = positiveInt(args.warmup, 'warmup', 0);

function positiveInt(value: string | undefined, name: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}, got ${value}`);
  return n;
}

/** One page load and one click, in a fresh context. `preferred` is the node to click if it is clear. */
async function measure(browser: Browser, url: string, expectedNodes: number, preferred: string | null): Promise<Run> {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  try {
    await context.addInitScript({ content: measuringScript(expectedNodes) });
    const page = await context.newPage();
    const errors: string[] = [];
    let warnings = 0;
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
      if (message.type() === 'warning') warnings++;
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate('window.__bench.ready(30000)');
    const load = (await page.evaluate('window.__bench.loadResult()')) as LoadResult;
    await page.evaluate(`window.__bench.waitIdle(${QUIET_MS}, 500, 10000)`);
    const node = await pickNode(page, preferred);
    await page.evaluate(`window.__bench.arm(${JSON.stringify(node.id)}, ${JSON.stringify(node.label)})`);
    await page.mouse.click(node.x, node.y, { delay: PRESS_MS });
    const click = (await page.evaluate(
      `window.__bench.clickResult(${DETAILS_WAIT_MS}, ${QUIET_MS}, ${SETTLE_CAP_MS})`,
    )) as ClickResult;
    if (!click.selectedAfter.includes(node.id))
      throw new Error(`clicked ${node.id}, but ${JSON.stringify(click.selectedAfter)} ended up selected`);
    return { load, click, node, errors, warnings };
  } finally {
    await context.close();
  }
}

async function pickNode(page: Page, preferred: string | null): Promise<Picked> {
  const picked = (await page.evaluate(`window.__bench.pick(${JSON.stringify(preferred)})`)) as Picked | null;
  if (!picked) throw new Error('no node is clear enough to click');
  return picked;
}

async function main() {
  const started = performance.now();
  const temp = mkdtempSync(join(tmpdir(), 'stack-atlas-ui-bench-'));
  const servers: PreviewServer[] = [];
  let browser: Browser | undefined;
  try {
    log('building the app…');
    const appOut = join(temp, 'app');
    await buildApp(appOut);
    const app = await serveApp(appOut);
    servers.push(app.server);

    log('building the bare Cytoscape page…');
    const barePage = await buildBarePage(join(temp, 'bare'));
    const bare = await serve({ configFile: false, root: barePage.root, build: { outDir: barePage.outDir } });
    servers.push(bare.server);

    browser = await launch();
    const urls: Record<PageName, string> = { app: app.url, bare: bare.url };
    const runs: Record<PageName, Run[]> = { app: [], bare: [] };
    let preferred: string | null = null;
    const total = WARMUP + RUNS;
    for (let i = 0; i < total; i++) {
      const warm = i < WARMUP;
      // Alternate which page goes first, so neither always runs on a just-warmed browser.
      const order: PageName[] = i % 2 === 0 ? ['app', 'bare'] : ['bare', 'app'];
      for (const name of order) {
        const run = await measure(browser, urls[name], barePage.nodes, preferred);
        // The app's canvas is the smaller one, so the node it found clear is the one both pages click.
        if (name === 'app' && preferred === null) preferred = run.node.id;
        if (!warm) runs[name].push(run);
        if (run.errors.length) log(`  ${name}: page errors: ${run.errors.join(' | ')}`);
      }
      const last = (name: PageName) => (warm ? '' : ms(runs[name].at(-1)!.load.firstFrame));
      log(
        `  ${warm ? `warm-up ${i + 1}` : `run ${i - WARMUP + 1}/${RUNS}`}${warm ? '' : `: load app ${last('app')} ms, bare ${last('bare')} ms`}`,
      );
    }

    const appRuns = runs.app;
    const bareRuns = runs.bare;
    const first = appRuns[0]!;
    console.log('');
    console.log(
      `Stack Atlas UI bench — ${browser.version()}, ${VIEWPORT.width}×${VIEWPORT.height}, ${RUNS} runs per page ` +
        `(+${WARMUP} warm-up), fresh context each, alternating.`,
    );
    console.log(
      `Graph: ${barePage.nodes} nodes (incl. provider groups), ${barePage.edges} edges. Canvas: app ` +
        `${first.load.canvas.width}×${first.load.canvas.height}, bare ${bareRuns[0]!.load.canvas.width}×${bareRuns[0]!.load.canvas.height}.`,
    );
    const clicked = (rs: Run[]) =>
      [...new Set(rs.map((r) => `${r.node.label} (${r.node.id}, degree ${r.node.degree})`))].join(', ');
    console.log(`Clicked: app ${clicked(appRuns)}; bare ${clicked(bareRuns)}.`);
    console.log('');

    const metric = (name: string, get: (r: Run) => number | null, goal: boolean) => {
      const a = stats(appRuns.map(get));
      const b = stats(bareRuns.map(get));
      const ratio = a && b ? a.median / b.median : null;
      const verdict = !goal ? 'info' : ratio === null ? 'n/a' : ratio <= GOAL_RATIO ? 'met' : 'NOT met';
      return [name, cell(a, RUNS), cell(b, RUNS), ratio === null ? 'n/a' : `${ratio.toFixed(2)}×`, verdict];
    };
    table(
      ['metric', 'app median (min–max)', 'bare median (min–max)', 'ratio app/bare', `goal ≤ ${GOAL_RATIO}`],
      [
        metric('load: navigation → first frame with all nodes', (r) => r.load.firstFrame, true),
        metric('click: release → first frame with node selected', (r) => r.click.selectFrame, true),
        metric('click: release → drawing settled (300 ms quiet)', (r) => r.click.settled, false),
        metric(`click: release → Details heading (≤ ${DETAILS_WAIT_MS / 1000} s)`, (r) => r.click.details, false),
      ],
    );

    const zoomOf = (rs: Run[]) => `${rs[0]!.click.zoomBefore.toFixed(2)} → ${rs[0]!.click.zoomAfter.toFixed(2)}`;
    const zooms = [zoomOf(appRuns), zoomOf(bareRuns)];

    console.log('\nLoad breakdown (medians, ms from navigation start)\n');
    const both = (get: (r: Run) => number | null, unit?: string) => [
      cell(stats(appRuns.map(get)), RUNS, unit),
      cell(stats(bareRuns.map(get)), RUNS, unit),
    ];
    table(
      ['step', 'app', 'bare'],
      [
        ['JavaScript downloaded (responseEnd)', ...both((r) => r.load.jsLoaded)],
        ['DOMContentLoaded', ...both((r) => r.load.domContentLoaded)],
        ['Cytoscape instance published', ...both((r) => r.load.cyAt)],
        ['first frame with all nodes', ...both((r) => r.load.firstFrame)],
        ['published → first frame', ...both((r) => r.load.firstFrame - r.load.cyAt)],
        ['first frame: drawing (frame start → drawn)', ...both((r) => r.load.firstFrameWork)],
        ['long tasks (> 50 ms) before first frame: total', ...both((r) => r.load.longTaskMs)],
        ['long tasks (> 50 ms) before first frame: count', ...both((r) => r.load.longTaskCount, '')],
      ],
    );

    console.log('\nClick breakdown (medians, ms from the release of the button)\n');
    table(
      ['step', 'app', 'bare'],
      [
        [`press handled (ms after the press; released ${PRESS_MS} ms after it)`, ...both((r) => r.click.pressHandled)],
        ['node selected (its select event)', ...both((r) => r.click.selectedAt)],
        ['release handled (every mouseup listener + microtasks)', ...both((r) => r.click.handled)],
        ['selection frame starts', ...both((r) => r.click.selectFrameStart)],
        ['selection frame drawn', ...both((r) => r.click.selectFrame)],
        ['selection frame: drawing (start → drawn)', ...both((r) => r.click.selectFrame - r.click.selectFrameStart)],
        ['zoom before → after the click', ...zooms],
      ],
    );

    console.log('\nJavaScript shipped (gzip: zlib default level)\n');
    const appJs = jsSizes(join(appOut, 'assets'));
    // Only what index.html loads: the same build also holds large.html (see bare-page.ts).
    const bareJs = buildSizes(barePage.outDir).initial;
    const sizeRows = appJs.map((f) => [`app assets/${f.file}`, kb(f.raw), kb(f.gzip)]);
    const sum = (fs: typeof appJs, k: 'raw' | 'gzip') => fs.reduce((s, f) => s + f[k], 0);
    if (appJs.length > 1) sizeRows.push(['app total', kb(sum(appJs, 'raw')), kb(sum(appJs, 'gzip'))]);
    sizeRows.push(['bare page total (Cytoscape + elements + style)', kb(sum(bareJs, 'raw')), kb(sum(bareJs, 'gzip'))]);
    table(['file', 'raw', 'gzip'], sizeRows);

    const warnings = (rs: Run[]) => stats(rs.map((r) => r.warnings))!.median;
    console.log(
      `\nConsole warnings per run (load + click, median): app ${warnings(appRuns)}, bare ${warnings(bareRuns)}`,
    );
    const errors = [...appRuns, ...bareRuns].flatMap((r) => r.errors);
    if (errors.length) console.log(`\n${errors.length} page error(s), e.g. ${errors[0]}`);
    console.log(`\nTotal bench time ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await browser?.close();
    for (const server of servers) await server.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
