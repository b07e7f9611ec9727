/**
 * The performance benchmark: the app against bare Cytoscape, on the curriculum and on generated
 * graphs, in Debian's Chromium. Run with `npm run bench`; `npm run bench:smoke` is the smallest
 * configuration (curriculum + 1k, one run) for CI. See docs/benchmarks.md for what each figure
 * means and the latest results.
 *
 *   npm run bench -- --sizes 1000,5000,20000,45000 --runs 5 --large-runs 1 --warmup 1 --format json
 *                    --report results.md --json results.json
 *
 * 1. Builds the app (vite.config.ts, into a temporary directory) and the bare page (bare-page.ts),
 *    and serves both with `vite preview` on 127.0.0.1.
 * 2. Curriculum: `--warmup` discarded loads of each page, then `--runs` visits of each page,
 *    alternating which goes first, each in a fresh browser context (see scenario.ts for what one
 *    visit does).
 * 3. Each size in `--sizes`: `generateLargeGraph(size)` written in `--format` (the app's JSON,
 *    GraphML or Cytoscape JSON, through src/domain/formats), opened in the app through the header's
 *    "Open a graph file" input. The first app visit copies what the canvas then draws (elements
 *    with their positions, stylesheet, renderer options) for the bare page, which fetches and draws
 *    exactly that. Fewer visits for big graphs, to keep the whole bench within about six minutes:
 *    at most 3 from 5,000 nodes, `--large-runs` from 20,000. Layout switches on a generated graph
 *    are timed in the first visit only, and from 20,000 nodes only the first switch (the worker's
 *    time for each layout is taken on every visit); the bare page is clicked only below 5,000.
 * 4. Prints the tables and the targets (Markdown); `--report` also writes them, with the machine,
 *    to a file, and `--json` writes every measurement.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { layoutsFor } from '../../../src/build/graph-data-plugin';
import { readGraphData } from '../../../src/cli/read-graph-data';
import { buildIndex, type GraphIndex } from '../../../src/domain/graph-index';
import type { Graph } from '../../../src/domain/graph';
import { exportAppJson, exportCytoscapeJson, exportGraphML } from '../../../src/domain/formats/export-graph';
import { loadGraph } from '../../../src/domain/load-graph';
import { prerequisiteClosure } from '../../../src/domain/queries/closure';
import { drawnGraph } from '../../../src/encoding/drawn-nodes';
import { toElements } from '../../../src/graph-view/elements';
import { drawsAsLargeGraph } from '../../../src/encoding/large-graph';
import { computeLayouts } from '../../../src/layouts/compute-layouts';
import { LARGE_STYLESHEETS, STYLESHEETS } from '../../../src/graph-view/stylesheet';
import { generateLargeGraph, itemId } from '../../fixtures/random-graph';
import { buildBarePage, writeBareData, type BarePage } from './bare-page';
import { buildApp, buildSizes, EXECUTABLE, launch, log, MEMORY_FLAG, ms, serve, serveApp } from './harness';
import { report, type CaseResult } from './report';
import { runApp, runBare, type Run, type Target } from './scenario';

const FORMATS = {
  json: { ext: 'json', name: "the app's JSON (exportAppJson)", write: exportAppJson },
  graphml: { ext: 'graphml', name: 'GraphML (exportGraphML)', write: exportGraphML },
  cytoscape: { ext: 'json', name: 'Cytoscape JSON (exportCytoscapeJson)', write: exportCytoscapeJson },
} as const;
type FormatName = keyof typeof FORMATS;

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,20000,45000' },
    runs: { type: 'string', default: '5' },
    'large-runs': { type: 'string', default: '1' },
    warmup: { type: 'string', default: '1' },
    format: { type: 'string', default: 'json' },
    report: { type: 'string' },
    json: { type: 'string' },
  },
});

function int(value: string | undefined, name: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}, got ${value}`);
  return n;
}
const RUNS = int(args.runs, 'runs', 1);
const LARGE_RUNS = int(args['large-runs'], 'large-runs', 1);
const WARMUP = int(args.warmup, 'warmup', 0);
if (!(args.format! in FORMATS)) throw new Error(`--format must be one of ${Object.keys(FORMATS).join(', ')}`);
const FORMAT = args.format as FormatName;
/** "1000,5k,20000" → [1000, 5000, 20000]; "none" or "" → only the curriculum. */
const SIZES = (args.sizes === 'none' ? '' : args.sizes!)
  .split(',')
  .map((s) => s.trim().toLowerCase())
  .filter(Boolean)
  .map((s) => int(s.endsWith('k') ? String(Number(s.slice(0, -1)) * 1000) : s, 'sizes', 1));
/** From this size on, at most MEDIUM_RUNS visits; from LARGE_SIZE on, --large-runs. */
const MEDIUM_SIZE = 5000;
const MEDIUM_RUNS = 3;
const LARGE_SIZE = 20_000;
const runsFor = (size: number) =>
  size >= LARGE_SIZE ? Math.min(RUNS, LARGE_RUNS) : size >= MEDIUM_SIZE ? Math.min(RUNS, MEDIUM_RUNS) : RUNS;

const sizeName = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));

/** The item with the most prerequisites among the candidates: its trace lights up a long chain. */
function deepest(index: GraphIndex, candidates: readonly string[]): { id: string | null; chain: number } {
  let best: string | null = null;
  let size = -1;
  for (const id of candidates) {
    const n = prerequisiteClosure(index, [id]).size;
    if (n > size) [best, size] = [id, n];
  }
  return { id: best, chain: size };
}

const chainOf = (index: GraphIndex, runs: readonly Run[]) =>
  Object.fromEntries(
    runs.flatMap((r) => (r.click ? [r.click.node.id] : [])).map((id) => [id, prerequisiteClosure(index, [id]).size]),
  );

/** The bare page's data when the app could not open the file: the worker's layouts, computed here. */
function computedBareData(graph: Graph): string {
  const positions = computeLayouts(graph);
  const large = drawsAsLargeGraph(graph);
  return JSON.stringify({
    elements: toElements(graph, positions.force),
    style: (large ? LARGE_STYLESHEETS : STYLESHEETS).light,
    options: {
      minZoom: 0.1,
      maxZoom: 3,
      boxSelectionEnabled: false,
      hideEdgesOnViewport: large,
      textureOnViewport: large,
    },
  });
}

/** What `chromium --version` says (e.g. "Chromium 150.0.… built on Debian GNU/Linux 12 (bookworm)"). */
function chromiumVersion(browser: Browser): string {
  try {
    return execFileSync(EXECUTABLE, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return `Chromium ${browser.version()}`;
  }
}

const nodesIn = (json: string) =>
  (JSON.parse(json) as { elements: { group: string }[] }).elements.filter((e) => e.group === 'nodes').length;

/** What the app's canvas draws when it opens the curriculum (one visit), for the bare page. */
async function curriculumSnapshot(browser: Browser, appUrl: string): Promise<string> {
  const loaded = loadGraph(readGraphData());
  if (!loaded.ok) throw new Error('graph-data is invalid: run npm run validate');
  const target: Target = {
    curriculumNodes: toElements(loaded.graph, layoutsFor(loaded.graph).force).filter((e) => e.group === 'nodes').length,
    preferred: null,
    detailsWaitMs: 0,
    bareClick: false,
    returnToFirstLayout: false,
    maxLayoutSwitches: 0,
  };
  const { snapshot } = await runApp(browser, appUrl, target, { snapshot: true, loadOnly: true });
  return snapshot!;
}

async function curriculumCase(
  browser: Browser,
  appUrl: string,
  bareUrl: string,
  barePage: BarePage,
): Promise<CaseResult> {
  const loaded = loadGraph(readGraphData());
  if (!loaded.ok) throw new Error('graph-data is invalid: run npm run validate');
  const index = buildIndex(loaded.graph);
  const items = drawnGraph(loaded.graph).nodes.map((n) => n.id);
  const target: Target = {
    curriculumNodes: barePage.nodes,
    preferred: deepest(index, items).id,
    detailsWaitMs: 2000,
    bareClick: true,
    returnToFirstLayout: true,
    maxLayoutSwitches: Infinity,
  };
  const result: CaseResult = {
    name: 'curriculum',
    size: null,
    nodes: barePage.nodes,
    edges: barePage.edges,
    file: null,
    bareSource:
      "what the app's canvas drew on opening (elements with their labels, stylesheet, renderer options, view), inlined in its bundle",
    app: [],
    bare: [],
    runs: RUNS,
    appError: null,
    chains: {},
  };
  let canvas = '';
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const warm = i < WARMUP;
    const order = i % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
    for (const page of order) {
      if (page === 'app') {
        const { run } = await runApp(browser, appUrl, target, { loadOnly: warm });
        // The bare canvas gets the app canvas's size (the app's side panels take the rest).
        if (!canvas) canvas = `w=${run.load.canvas.width}&h=${run.load.canvas.height}`;
        if (!warm) result.app.push(run);
      } else {
        const run = await runBare(browser, `${bareUrl}?${canvas}`, barePage.nodes, target, { loadOnly: warm });
        if (!warm) result.bare.push(run);
      }
    }
    const last = (rs: Run[]) => (warm ? '' : ms(rs.at(-1)!.firstFrame));
    log(
      `  curriculum ${warm ? `warm-up ${i + 1}` : `run ${i - WARMUP + 1}/${RUNS}: first frame app ${last(result.app)} ms, bare ${last(result.bare)} ms`}`,
    );
  }
  result.chains = chainOf(index, [...result.app, ...result.bare]);
  return result;
}

async function generatedCase(
  browser: Browser,
  appUrl: string,
  bareUrl: string,
  barePage: BarePage,
  size: number,
  dir: string,
  appMissing: { reason: string | null },
): Promise<CaseResult> {
  const graph = generateLargeGraph(size);
  const index = buildIndex(graph);
  const drawn = drawnGraph(graph);
  const format = FORMATS[FORMAT];
  const path = join(dir, `generated-${size}.${format.ext}`);
  writeFileSync(path, format.write(graph));
  // The deepest of the last items: the web shape's last items need most of the graph.
  const tail = Array.from({ length: Math.min(200, size) }, (_, i) => itemId(size - 1 - i));
  const target: Target = {
    curriculumNodes: barePage.nodes,
    file: { path, expectedNodes: drawn.nodes.length },
    preferred: deepest(index, tail).id,
    detailsWaitMs: 5000,
    bareClick: size < MEDIUM_SIZE,
    returnToFirstLayout: false,
    maxLayoutSwitches: size >= LARGE_SIZE ? 1 : Infinity,
  };
  const runs = runsFor(size);
  const result: CaseResult = {
    name: sizeName(size),
    size,
    nodes: drawn.nodes.length,
    edges: drawn.edges.length,
    file: { name: `generated-${size}.${format.ext}`, bytes: statSync(path).size, format: format.name },
    bareSource: '',
    app: [],
    bare: [],
    runs,
    appError: appMissing.reason,
    chains: {},
  };
  let bareQuery: string | null = null;
  let bareNodes = 0;
  const prepareBare = (json: string, source: string, canvas: string) => {
    const file = writeBareData(barePage, `generated-${size}`, json);
    bareNodes = nodesIn(json);
    bareQuery = `large.html?data=${file}${canvas}`;
    result.bareSource = source;
  };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
    for (const page of order) {
      if (page === 'app') {
        if (appMissing.reason) continue;
        try {
          // Switching layouts on a generated graph is timed once (its layouts' own times come from
          // the worker on every run): at 20k one switch blocks the page for seconds.
          const { run, snapshot } = await runApp(browser, appUrl, target, {
            snapshot: bareQuery === null,
            layouts: result.app.length === 0,
          });
          result.app.push(run);
          if (snapshot)
            prepareBare(
              snapshot,
              "what the app's canvas drew after opening the file (elements with positions, stylesheet, renderer options), fetched as one file",
              `&w=${run.load.canvas.width}&h=${run.load.canvas.height}`,
            );
        } catch (error) {
          const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
          log(`  ${result.name}: the app could not be measured: ${reason}`);
          result.appError = reason;
          if (/no "Open a graph file" input/.test(reason)) appMissing.reason = reason;
        }
      } else {
        if (bareQuery === null)
          prepareBare(
            computedBareData(graph),
            "computed in Node (the app could not open the file): the worker's layouts, toElements and the stylesheet for its size",
            '',
          );
        result.bare.push(await runBare(browser, `${bareUrl}${bareQuery}`, bareNodes, target));
      }
    }
    const last = (rs: Run[]) => (rs.length ? ms(rs.at(-1)!.firstFrame) : '–');
    log(
      `  ${result.name} run ${i + 1}/${runs}: app open → first frame ${last(result.app)} ms, bare ${last(result.bare)} ms`,
    );
  }
  result.chains = chainOf(index, [...result.app, ...result.bare]);
  return result;
}

async function main() {
  const started = performance.now();
  const loadBefore = loadavg();
  const temp = mkdtempSync(join(tmpdir(), 'stack-atlas-bench-'));
  const servers: PreviewServer[] = [];
  let browser: Browser | undefined;
  try {
    log('building the app…');
    const appOut = join(temp, 'app');
    await buildApp(appOut);
    const sizes = buildSizes(appOut);
    const app = await serveApp(appOut);
    servers.push(app.server);
    browser = await launch([MEMORY_FLAG]);
    log('building the bare Cytoscape page from what the app draws on opening…');
    const barePage = await buildBarePage(join(temp, 'bare'), await curriculumSnapshot(browser, app.url));
    const bare = await serve({ configFile: false, root: barePage.root, build: { outDir: barePage.outDir } });
    servers.push(bare.server);

    const cases: CaseResult[] = [];
    log('curriculum…');
    cases.push(await curriculumCase(browser, app.url, bare.url, barePage));
    const appMissing = { reason: null as string | null };
    for (const size of SIZES) {
      log(`generated ${sizeName(size)}…`);
      cases.push(await generatedCase(browser, app.url, bare.url, barePage, size, temp, appMissing));
    }

    const seconds = (performance.now() - started) / 1000;
    const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, '');
    const machine = [
      `- date: ${new Date().toISOString().slice(0, 10)}`,
      `- machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, ${process.platform}`,
      `- browser: ${chromiumVersion(browser)} (${EXECUTABLE}), headless, --disable-gpu (no GPU: software rendering), 1440×900, light scheme`,
      `- Node ${process.version}; graph files: ${FORMATS[FORMAT].name}`,
      `- command: \`${command}\` (${seconds.toFixed(0)} s)`,
      // Other work on the machine skews every figure: say how busy it was.
      `- load average (1 min) before / after: ${loadBefore[0]!.toFixed(2)} / ${loadavg()[0]!.toFixed(2)}`,
    ];
    const lines = ['## Results', '', ...machine, '', ...report(cases, sizes)];
    console.log(lines.join('\n'));
    if (args.report) writeFileSync(args.report, lines.join('\n') + '\n');
    if (args.json) writeFileSync(args.json, JSON.stringify({ machine, cases, sizes }, null, 1));
    log(`total bench time ${seconds.toFixed(1)} s`);
    // A step that broke (not a missed target) fails the run, so the smoke run catches it in CI.
    const broken = cases.flatMap((c) => [
      ...(c.appError ? [`${c.name}: ${c.appError}`] : []),
      ...[...c.app, ...c.bare].flatMap((r) => [...r.failures, ...r.errors].map((f) => `${c.name} ${r.page}: ${f}`)),
    ]);
    if (broken.length) {
      log(`${broken.length} step(s) failed or page error(s), e.g. ${broken[0]}`);
      process.exitCode = 1;
    }
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
