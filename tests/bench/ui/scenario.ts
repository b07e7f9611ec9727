/**
 * One measured visit of a page, as a person would use it, with the measuring code of in-page.ts:
 *
 * - app: load (navigation → first frame with every node; for a generated graph, the curriculum
 *   first, then the file through the header's "Open a graph file" input → first frame with every
 *   node of the new graph, with the large-graph confirmation clicked at once), the JS heap after
 *   a garbage collection, a drag-pan and a wheel-zoom with requestAnimationFrame deltas recorded,
 *   a click on a node (selection drawn; Details shows it), "Trace prerequisites" in the Details
 *   region (→ frame with the trace classes), and every other option of the "Layout" select in
 *   turn, then back (→ positions settled);
 * - bare: load, heap, the same pan and zoom, the same click.
 *
 * Every figure is read in the page (performance.now() on the page's own timeline); Node only
 * drives the mouse and the keyboard.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CONTEXT_OPTIONS, log, percentile } from './harness';
import { measuringScript } from './in-page';

/** Drawing quiet for this long counts as idle. */
const QUIET_MS = 300;
/** How long a trace may take to show (and its button to take the click) before it counts as broken. */
const TRACE_WAIT_MS = 180_000;
/** A person's click: the button is held this long. */
const PRESS_MS = 80;
const FRAME_MS = 1000 / 60;
/**
 * A pause after the load goes idle, the same on both pages, before anything is measured on it:
 * Cytoscape fills its texture caches in idle frames, and both pages should start from the same state.
 */
const SETTLE_MS = 700;
/**
 * The drag: a move of (DRAG_DX, DRAG_DY) px per frame, DRAG_STEPS of them or DRAG_MAX_MS, whichever
 * ends first (each move waits for the page to take it, so a slow page gets fewer, as a person's
 * pointer would coalesce). The wheel: WHEEL_STEPS notches in, as many out (deltaY ±100, like a
 * mouse wheel), one per frame, within WHEEL_MAX_MS.
 */
const DRAG_STEPS = 60;
const DRAG_MIN_STEPS = 12;
const DRAG_DX = 4;
const DRAG_DY = 2;
const DRAG_MAX_MS = 1200;
const WHEEL_STEPS = 16;
const WHEEL_MIN_STEPS = 5;
const WHEEL_MAX_MS = 1600;

export interface PageLoad {
  firstFrame: number;
  /** The app's large-graph overview on screen (null when it showed none), ms from navigation. */
  usefulFrame: number | null;
  firstFrameWork: number;
  cyAt: number;
  jsLoaded: number | null;
  domContentLoaded: number | null;
  rendersBeforeFirstFrame: number;
  fileChosenAt: number | null;
  dataAt: number | null;
  nodes: number;
  edges: number;
  canvas: { width: number; height: number };
}

export interface WorkerRecord {
  url: string;
  created: number;
  createdAt: number;
  done: number | null;
  doneAt: number | null;
  ended: number | null;
  error: string | null;
  messages: { at: number; type: string; done: number | null; total: number | null }[];
}

export interface FrameSummary {
  /** requestAnimationFrame deltas, ms. */
  p95: number | null;
  median: number | null;
  max: number | null;
  frames: number;
  /** Share of deltas over 1.5 frames (a frame missed). */
  missed: number;
  /** Cytoscape's drawing per frame (frame start → its render event), p95. */
  drawP95: number | null;
  draws: number;
  longest: number;
  duration: number;
  /** What the gesture did: pan distance in px, or the zoom range. */
  effect: string;
}

export interface ClickResult {
  selectFrame: number;
  selectFrameStart: number;
  selectedAt: number | null;
  handled: number | null;
  details: number | null;
  settled: number | null;
  framesToSelect: number;
  selectedAfter: string[];
  zoomBefore: number;
}

export interface Clicked {
  id: string;
  label: string;
  x: number;
  y: number;
  degree: number;
  /** Zoom the view was brought to first, when no node was clear enough to click at the fitted view. */
  zoomedTo: number | null;
}

export interface TraceResult {
  frame: number | null;
  frameStart: number | null;
  settled: number | null;
  /** Click → end of the last long task of the trace: when the page answers input again. */
  free: number | null;
  longest: number;
  highlighted: number;
  dimmed: number;
}

export interface LayoutSwitch {
  layout: string;
  firstMove: number | null;
  settled: number | null;
  /** Change → end of the last long task of the switch: when the page answers input again. */
  free: number | null;
  renders: number;
  longest: number;
  workers: WorkerRecord[];
  timedOut: boolean;
}

export interface ImportTimes {
  /** File chosen → the import worker's answer (read and check off the main thread). */
  read: number | null;
  /** Time the large-graph confirmation waited for the click (left out of `total`). */
  confirmWait: number;
  /** The layout worker: start → result, and each layout's share (from its progress messages). */
  layout: number | null;
  layoutSteps: (number | null)[];
  /** Layout result → first frame with every node: the main thread builds and draws the graph. */
  render: number | null;
  /** File chosen → first frame, less the confirmation's wait. */
  total: number;
  /** Longest main-thread task while the workers ran (file chosen → layout result). */
  longestDuringWorkers: number;
  /** Longest main-thread task from the layout result to the first frame. */
  longestRender: number;
  /** Longest main-thread task from the "Open anyway" click (else the file chosen) to the first frame. */
  longestAfterConfirm: number;
  /** Layout result → the overview image on screen (large graphs; null when none was shown). */
  usefulFrame: number | null;
  workers: WorkerRecord[];
  /** Main-thread long tasks from the file chosen to the first frame (ms from the file chosen). */
  tasks: { start: number; duration: number }[];
}

export interface Run {
  page: 'app' | 'bare';
  load: PageLoad;
  /** Navigation (or file chosen) → first frame with every node; for an import, less the confirmation's wait. */
  firstFrame: number;
  /** Bare page only: data parsed → first frame (what the app's `import.render` compares with). */
  dataToFrame: number | null;
  import: ImportTimes | null;
  /** Longest main-thread task from the start of the load to drawing going idle. */
  longestLoad: number;
  heap: number | null;
  pan: FrameSummary | null;
  zoom: FrameSummary | null;
  click: (ClickResult & { node: Clicked }) | null;
  trace: TraceResult | null;
  layouts: LayoutSwitch[];
  errors: string[];
  /** Steps that failed, with why: the rest of the run still counts. */
  failures: string[];
}

export interface Target {
  /** Curriculum nodes drawn on load (app and bare curriculum page). */
  curriculumNodes: number;
  /** For an import: the file and how many nodes make "every node". */
  file?: { path: string; expectedNodes: number };
  /** The node to click and trace, if it is clear enough to click. */
  preferred: string | null;
  detailsWaitMs: number;
  /** Whether the bare page is clicked too (skipped on big graphs, to keep the bench short). */
  bareClick: boolean;
  /** Whether a layout switch ends back on the first layout (the curriculum's: all four timed). */
  returnToFirstLayout: boolean;
  /** At most this many switches (on the biggest graphs one switch blocks the page for seconds). */
  maxLayoutSwitches: number;
}

/** Up to this many nodes the view is fitted again before the click (cheap); beyond, it stays as the gestures left it. */
const FIT_LIMIT = 5000;

const DEBUG = !!process.env.BENCH_DEBUG;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * In the large-graph mode the app times WebGL against the canvas once the view has been idle for
 * a moment (renderer-choice.tsx). It runs once per visit, so it is let finish before anything is
 * measured: otherwise it could land in the middle of a gesture. Its verdict is logged.
 */
async function waitForRendererCheck(page: Page) {
  const status = page.getByRole('group', { name: 'Drawing' }).getByRole('status');
  if ((await status.count()) === 0) return;
  const started = Date.now();
  await page.waitForFunction(
    () =>
      !/runs once the canvas is idle|Checking whether/.test(
        document.querySelector('[aria-label="Drawing"] [role="status"]')?.textContent ?? '',
      ),
    undefined,
    { timeout: 120_000, polling: 250 },
  );
  log(`    WebGL check after ${Date.now() - started} ms: ${await status.textContent()}`);
  await waitIdle(page, 60_000);
}
const evaluate = <T>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;

async function newPage(browser: Browser, expected: number) {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  await context.addInitScript({ content: measuringScript(expected) });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { context, page, errors };
}

/** Used JS heap after a full garbage collection (performance.memory, precise with MEMORY_FLAG). */
async function heapAfterGc(context: BrowserContext, page: Page): Promise<number | null> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
  } finally {
    await cdp.detach();
  }
  return evaluate<number | null>(page, 'performance.memory ? performance.memory.usedJSHeapSize : null');
}

const waitIdle = (page: Page, timeoutMs = 20_000) =>
  evaluate<number | false>(page, `window.__bench.waitIdle(${QUIET_MS}, 300, ${timeoutMs})`);

function summarise(
  result: { deltas: number[]; draws: number[]; duration: number; longest: number },
  effect: string,
): FrameSummary {
  const { deltas, draws } = result;
  return {
    p95: percentile(deltas, 95),
    median: percentile(deltas, 50),
    max: deltas.length ? Math.max(...deltas) : null,
    frames: deltas.length,
    missed: deltas.length ? deltas.filter((d) => d > 1.5 * FRAME_MS).length / deltas.length : 0,
    drawP95: percentile(draws, 95),
    draws: draws.length,
    longest: result.longest,
    duration: result.duration,
    effect,
  };
}

interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/**
 * A drag-pan from a background point (no node under the pointer, so nothing is grabbed), one move
 * per frame, then a wheel-zoom at the canvas centre, in and back out; rAF deltas for each.
 */
async function panAndZoom(page: Page): Promise<{ pan: FrameSummary; zoom: FrameSummary }> {
  const start = await evaluate<{ x: number; y: number } | null>(page, 'window.__bench.background(0.3, 0.35, 4)');
  if (!start) throw new Error('no background point to drag from (every spot has a node on it)');
  const before = await evaluate<Viewport>(page, 'window.__bench.viewport()');
  await page.mouse.move(start.x, start.y);
  await evaluate(page, 'window.__bench.recordFrames()');
  await page.mouse.down();
  const t0 = Date.now();
  // The first move past Cytoscape's drag threshold only starts the pan: a few always follow.
  for (let i = 1; i <= DRAG_STEPS && (i <= DRAG_MIN_STEPS || Date.now() - t0 < DRAG_MAX_MS); i++) {
    await page.mouse.move(start.x + DRAG_DX * i, start.y + DRAG_DY * i);
    await sleep(FRAME_MS);
  }
  await page.mouse.up();
  const panFrames = await evaluate<Parameters<typeof summarise>[0]>(page, 'window.__bench.stopFrames()');
  const after = await evaluate<Viewport>(page, 'window.__bench.viewport()');
  const panned = Math.hypot(after.pan.x - before.pan.x, after.pan.y - before.pan.y);
  if (panned < 10) throw new Error(`the drag did not pan (moved ${panned.toFixed(1)} px): a node was grabbed?`);
  await waitIdle(page);

  const centre = await evaluate<{ x: number; y: number }>(
    page,
    '(() => { const r = window.__bench.cy.container().getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()',
  );
  await page.mouse.move(centre.x, centre.y);
  await evaluate(page, 'window.__bench.recordFrames()');
  const zooms = [after.zoom];
  const t1 = Date.now();
  // In while there is time for both halves, then out as many notches as went in.
  let notches = 0;
  for (; notches < WHEEL_STEPS && (notches < WHEEL_MIN_STEPS || Date.now() - t1 < WHEEL_MAX_MS / 2); notches++) {
    await page.mouse.wheel(0, -100);
    await sleep(FRAME_MS);
  }
  zooms.push((await evaluate<Viewport>(page, 'window.__bench.viewport()')).zoom);
  for (let i = 0; i < notches; i++) {
    await page.mouse.wheel(0, 100);
    await sleep(FRAME_MS);
  }
  const zoomFrames = await evaluate<Parameters<typeof summarise>[0]>(page, 'window.__bench.stopFrames()');
  const end = await evaluate<Viewport>(page, 'window.__bench.viewport()');
  zooms.push(end.zoom);
  return {
    pan: summarise(panFrames, `${panned.toFixed(0)} px`),
    zoom: summarise(
      zoomFrames,
      `zoom ${after.zoom.toFixed(2)} → ${Math.max(...zooms).toFixed(2)} → ${end.zoom.toFixed(2)}`,
    ),
  };
}

/** A click on a clear node (the preferred one if clear), zooming in first if none is clear. */
async function clickNode(page: Page, target: Target): Promise<ClickResult & { node: Clicked }> {
  if (await evaluate<boolean>(page, `window.__bench.cy.nodes().length <= ${FIT_LIMIT}`)) {
    await evaluate(page, 'window.__bench.fit()');
    await waitIdle(page);
  }
  const pick = () => evaluate<Clicked | null>(page, `window.__bench.pick(${JSON.stringify(target.preferred)})`);
  let node = await pick();
  let zoomedTo: number | null = null;
  for (const level of [0.6, 1.2]) {
    if (node) break;
    // Too many nodes to hit one at the fitted view: zoom in on the preferred node, as a person would.
    const id = target.preferred ?? (await evaluate<string>(page, 'window.__bench.cy.nodes(":childless")[0].id()'));
    await evaluate(page, `window.__bench.zoomTo(${JSON.stringify(id)}, ${level})`);
    await waitIdle(page);
    zoomedTo = level;
    node = await pick();
  }
  if (!node) throw new Error('no node is clear enough to click, even zoomed in');
  await evaluate(page, `window.__bench.arm(${JSON.stringify(node.id)}, ${JSON.stringify(node.label)})`);
  await page.mouse.click(node.x, node.y, { delay: PRESS_MS });
  const click = await evaluate<ClickResult>(
    page,
    `window.__bench.clickResult(${target.detailsWaitMs}, ${QUIET_MS}, ${Math.max(3000, target.detailsWaitMs)})`,
  );
  if (!click.selectedAfter.includes(node.id))
    throw new Error(`clicked ${node.id}, but ${JSON.stringify(click.selectedAfter)} ended up selected`);
  return { ...click, node: { ...node, zoomedTo } };
}

/** "Trace prerequisites" in the Details region, timed to the frame with the trace classes; then off again. */
async function trace(page: Page, id: string, clear: boolean): Promise<TraceResult> {
  const button = page
    .getByRole('region', { name: 'Details', exact: true })
    .getByRole('button', { name: 'Trace prerequisites', exact: true });
  await button.waitFor({ timeout: 10_000 });
  await evaluate(page, `window.__bench.armTrace(${JSON.stringify(id)})`);
  // At 45k nodes a selection keeps the page drawing for tens of seconds: wait, and report it.
  await button.click({ timeout: TRACE_WAIT_MS });
  const result = await evaluate<TraceResult>(page, `window.__bench.traceResult(${QUIET_MS}, ${TRACE_WAIT_MS})`);
  if (clear) {
    await button.click();
    await waitIdle(page, 60_000);
  }
  return result;
}

/** Every other option of the "Layout" select in turn, then (if asked) the first one again. */
async function switchLayouts(page: Page, returnToFirst: boolean, max: number): Promise<LayoutSwitch[]> {
  // A wrapping <label>: the select's name is "Layout" followed by its current option.
  const select = page.getByRole('combobox', { name: /^Layout\b/ });
  const first = await select.inputValue();
  const options = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const order = [...options.filter((o) => o !== first), ...(returnToFirst ? [first] : [])].slice(0, max);
  const results: LayoutSwitch[] = [];
  for (const layout of order) {
    await evaluate(page, 'window.__bench.watchLayout()');
    await select.selectOption(layout);
    const result = await evaluate<Omit<LayoutSwitch, 'layout'>>(page, `window.__bench.layoutResult(400, 60000)`);
    results.push({ layout, ...result });
    await waitIdle(page);
  }
  return results;
}

/** Waits for the first frame with every node of an opened file, confirming a large graph at once. */
async function awaitImport(page: Page, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  const confirm = page.getByRole('button', { name: 'Open anyway', exact: true });
  const problems = page.getByRole('dialog', { name: 'Import problems' });
  let confirmed = false;
  for (;;) {
    if (await evaluate<boolean>(page, 'window.__bench.firstFrame !== null')) return;
    if (!confirmed && (await confirm.isVisible())) {
      await confirm.click();
      confirmed = true;
    }
    if (await problems.isVisible()) throw new Error(`the app could not open the file: ${await problems.innerText()}`);
    if (Date.now() > deadline) {
      const state = await evaluate<string>(
        page,
        '`${window.__bench.cy ? window.__bench.cy.nodes().length : 0} nodes drawn; ${document.querySelector("[role=progressbar], .import-progress")?.textContent ?? ""}`',
      );
      throw new Error(`no frame with every node within ${timeoutMs / 1000} s after opening the file (${state})`);
    }
    await sleep(50);
  }
}

/** The import's phases, from the workers' messages and the button clicks the page saw. */
async function importTimes(page: Page, load: PageLoad): Promise<ImportTimes> {
  const start = load.fileChosenAt!;
  const workers = await evaluate<WorkerRecord[]>(page, `window.__bench.workersSince(${start})`);
  const clicks = await evaluate<{ at: number; text: string }[]>(page, 'window.__bench.buttonClicks');
  const longest = (from: number, to: number, endedBefore = false) =>
    evaluate<{ max: number }>(page, `window.__bench.longest(${from}, ${to}, ${endedBefore})`).then((r) => r.max);
  const importer = workers.find((w) => /import-worker/.test(w.url));
  const layout = workers.find((w) => /layout-worker/.test(w.url));
  const answer = importer?.messages[0];
  const readAt = importer && answer ? importer.createdAt + answer.at : null;
  const confirmAt = clicks.find((c) => c.at > start && /open anyway/i.test(c.text))?.at ?? null;
  const confirmWait = confirmAt !== null && readAt !== null ? Math.max(0, confirmAt - readAt) : 0;
  const layoutDoneAt = layout?.doneAt ?? null;
  const layoutSteps: number[] = [];
  let previous = 0;
  for (const m of layout?.messages.filter((m) => m.type === 'progress') ?? []) {
    layoutSteps.push(m.at - previous);
    previous = m.at;
  }
  // While the workers ran: tasks that ended before the layout result arrived (the task that handles
  // it builds and draws the graph, and counts as rendering). The confirmation's wait is the
  // person's, not the page's, but nothing runs then anyway.
  const workEnd = layoutDoneAt ?? load.firstFrame;
  const longestDuringWorkers = await longest(start, workEnd, true);
  return {
    read: readAt === null ? null : readAt - start,
    confirmWait,
    layout: layout && layout.doneAt !== null ? layout.doneAt - layout.createdAt : null,
    layoutSteps,
    render: layoutDoneAt === null ? null : load.firstFrame - layoutDoneAt,
    total: load.firstFrame - start - confirmWait,
    longestDuringWorkers,
    longestRender: layoutDoneAt === null ? 0 : await longest(layoutDoneAt, load.firstFrame),
    longestAfterConfirm: await longest(confirmAt ?? start, load.firstFrame),
    usefulFrame: layoutDoneAt === null || load.usefulFrame === null ? null : load.usefulFrame - layoutDoneAt,
    workers,
    tasks: await evaluate<{ start: number; duration: number }[]>(
      page,
      `window.__bench.longTasks.filter((t) => t.start + t.duration > ${start} && t.start < ${load.firstFrame}).map((t) => ({ start: t.start - ${start}, duration: t.duration }))`,
    ),
  };
}

/** One visit of the app: load (or load and open a file), then the whole scripted session. */
export async function runApp(
  browser: Browser,
  url: string,
  target: Target,
  { snapshot = false, layouts: switching = true, loadOnly = false } = {},
): Promise<{ run: Run; snapshot: string | null }> {
  const { context, page, errors } = await newPage(browser, target.curriculumNodes);
  const failures: string[] = [];
  const step = async <T>(name: string, body: () => Promise<T>): Promise<T | null> => {
    const t0 = Date.now();
    try {
      return await body();
    } catch (error) {
      failures.push(`${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      log(`    app ${name} failed: ${failures.at(-1)}`);
      return null;
    } finally {
      if (DEBUG) log(`    app ${name}: ${Date.now() - t0} ms`);
    }
  };
  try {
    await page.goto(url, { waitUntil: 'load' });
    await evaluate(page, 'window.__bench.ready(30000)');
    let imported: ImportTimes | null = null;
    let loadStart = 0;
    if (target.file) {
      await waitIdle(page);
      const input = page.getByLabel('Open a graph file', { exact: true });
      if ((await input.count()) === 0)
        throw new Error('the app has no "Open a graph file" input: generated graphs cannot be opened yet');
      await evaluate(page, `window.__bench.expect(${target.file.expectedNodes})`);
      await input.setInputFiles(target.file.path);
      await awaitImport(page, 240_000);
    }
    const load = await evaluate<PageLoad>(page, 'window.__bench.loadResult()');
    if (target.file) {
      if (load.fileChosenAt === null) throw new Error('no change event from the file input');
      loadStart = load.fileChosenAt;
      imported = await importTimes(page, load);
    }
    const idleAt = (await waitIdle(page, 60_000)) || load.firstFrame;
    const longestLoad = await evaluate<{ max: number }>(page, `window.__bench.longest(${loadStart}, ${idleAt})`);
    await sleep(SETTLE_MS);
    await waitForRendererCheck(page);
    // What the canvas draws, for the bare page, before anything changes it.
    const copy = snapshot ? await evaluate<string>(page, 'window.__bench.snapshot()') : null;
    const heap = await step('heap', () => heapAfterGc(context, page));
    const gestures = loadOnly ? null : await step('pan/zoom', () => panAndZoom(page));
    const click = loadOnly ? null : await step('click', () => clickNode(page, target));
    const traced = click ? await step('trace', () => trace(page, click.node.id, switching)) : null;
    const layouts =
      (!loadOnly &&
        switching &&
        (await step('layouts', () => switchLayouts(page, target.returnToFirstLayout, target.maxLayoutSwitches)))) ||
      [];
    const run: Run = {
      page: 'app',
      load,
      firstFrame: imported ? imported.total : load.firstFrame,
      dataToFrame: null,
      import: imported,
      longestLoad: longestLoad.max,
      heap,
      pan: gestures?.pan ?? null,
      zoom: gestures?.zoom ?? null,
      click,
      trace: traced,
      layouts,
      errors,
      failures,
    };
    return { run, snapshot: copy };
  } finally {
    await context.close();
  }
}

/** One visit of the bare page: load, heap, pan and zoom, click. */
export async function runBare(
  browser: Browser,
  url: string,
  expectedNodes: number,
  target: Target,
  { loadOnly = false } = {},
): Promise<Run> {
  const { context, page, errors } = await newPage(browser, expectedNodes);
  const failures: string[] = [];
  const step = async <T>(name: string, body: () => Promise<T>): Promise<T | null> => {
    try {
      return await body();
    } catch (error) {
      failures.push(`${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      log(`    bare ${name} failed: ${failures.at(-1)}`);
      return null;
    }
  };
  try {
    await page.goto(url, { waitUntil: 'load' });
    await evaluate(page, 'window.__bench.ready(120000)');
    const load = await evaluate<PageLoad>(page, 'window.__bench.loadResult()');
    const idleAt = (await waitIdle(page, 60_000)) || load.firstFrame;
    const longestLoad = await evaluate<{ max: number }>(page, `window.__bench.longest(0, ${idleAt})`);
    await sleep(SETTLE_MS);
    const heap = await step('heap', () => heapAfterGc(context, page));
    const gestures = loadOnly ? null : await step('pan/zoom', () => panAndZoom(page));
    const click =
      loadOnly || !target.bareClick
        ? null
        : await step('click', () => clickNode(page, { ...target, detailsWaitMs: 0 }));
    return {
      page: 'bare',
      load,
      firstFrame: load.firstFrame,
      dataToFrame: load.dataAt === null ? null : load.firstFrame - load.dataAt,
      import: null,
      longestLoad: longestLoad.max,
      heap,
      pan: gestures?.pan ?? null,
      zoom: gestures?.zoom ?? null,
      click,
      trace: null,
      layouts: [],
      errors,
      failures,
    };
  } finally {
    await context.close();
  }
}
