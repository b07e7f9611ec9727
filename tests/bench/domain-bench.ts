/**
 * Domain query latencies, on the real graph and on generated graphs of 1k, 10k and 100k items,
 * side by side. Run with `npm run bench:domain`.
 *
 * Two generated shapes (see `generateLargeGraph`): `curriculum` (areas built on a shared
 * foundation: a deep item needs a few hundred others at any size, like the real graph scaled up)
 * and `web` (the worst case: the deepest item needs about 80% of the graph).
 *
 * Each query runs a few times to warm up, then `RUNS` times; the tables show the median, with
 * the min and max in the detail. A query whose first warm-up run takes over `SLOW_MS` (index
 * builds and whole-graph walks at 100k) runs `SLOW_RUNS` times instead, to keep the bench short.
 * Goals: every query on the real graph under 1 ms; plan and closure at 100k under 50 ms.
 */
import { performance } from 'node:perf_hooks';
import { createAtlas } from '../../src/domain/atlas';
import { buildIndex, type GraphIndex } from '../../src/domain/graph-index';
import type { Graph } from '../../src/domain/graph';
import { loadGraph } from '../../src/domain/load-graph';
import { prerequisiteClosure, unlocks } from '../../src/domain/queries/closure';
import { shortestPath } from '../../src/domain/queries/path';
import { learningPlan } from '../../src/domain/queries/plan';
import { createSearch } from '../../src/domain/queries/search';
import { readGraphData } from '../../src/cli/read-graph-data';
import { generateLargeGraph } from '../fixtures/random-graph';

const RUNS = 15;
const WARMUP = 3;
const SLOW_MS = 100;
const SLOW_RUNS = 5;

interface Stats {
  median: number;
  min: number;
  max: number;
  runs: number;
}

function measure(fn: () => unknown): Stats {
  let sink = 0;
  const first = performance.now();
  sink += fn() === undefined ? 0 : 1;
  const slow = performance.now() - first > SLOW_MS;
  for (let i = 1; i < (slow ? 1 : WARMUP); i++) sink += fn() === undefined ? 0 : 1;
  const runs = slow ? SLOW_RUNS : RUNS;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = fn();
    times.push(performance.now() - start);
    sink += result === undefined ? 0 : 1;
  }
  if (sink < 0) console.log(sink); // keeps the results observable, so nothing is optimised away
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const median = times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
  return { median, min: times[0]!, max: times[times.length - 1]!, runs };
}

/** The item with the most prerequisites (hard ones, as the plan follows by default): a deep target. */
function deepestItem(index: GraphIndex, candidates: readonly string[]): string {
  let best = candidates[0]!;
  let size = -1;
  for (const id of candidates) {
    const n = prerequisiteClosure(index, [id], { includeRecommended: false }).size;
    if (n > size) [best, size] = [id, n];
  }
  return best;
}

/** The item with no prerequisite of its own that is furthest from `target` (a long path). */
function farRoot(index: GraphIndex, target: string): string {
  const depth = new Map([[target, 0]]);
  let frontier = [target];
  let far = target;
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier)
      for (const edge of index.out.get(id)?.get('requires') ?? [])
        if (!depth.has(edge.target)) {
          depth.set(edge.target, depth.get(id)! + 1);
          next.push(edge.target);
          if (!index.out.get(edge.target)?.get('requires')?.length) far = edge.target;
        }
    frontier = next;
  }
  return far;
}

interface Case {
  name: string;
  graph: Graph;
  /** Ids to try as the deep target (all items on the real graph, the last ones on big ones). */
  deepCandidates: (index: GraphIndex) => string[];
  search: string;
  /** Which goals apply: 1 ms for every query (real graph), 50 ms for plan and closure (100k). */
  goal?: 'real' | '100k';
}

type Row = Record<string, string>;
const rows: { query: string; graph: string; stats: Stats; size: string; goal?: number }[] = [];

function runCase(c: Case) {
  const t0 = performance.now();
  const nodes = `${c.graph.nodes.length} nodes, ${c.graph.edges.length} edges`;
  const realGoal = c.goal === 'real' ? 1 : undefined;
  const bigGoal = c.goal === '100k' ? 50 : undefined;

  // The queries run on an atlas built the app's way; its two parts are timed apart.
  const { index, search } = createAtlas(c.graph);
  rows.push({ query: 'index build', graph: c.name, stats: measure(() => buildIndex(c.graph)), size: nodes });
  rows.push({ query: 'search index build', graph: c.name, stats: measure(() => createSearch(index)), size: '' });

  const target = deepestItem(index, c.deepCandidates(index));
  const plan = learningPlan(index, [target]);
  rows.push({
    query: 'plan (deep target)',
    graph: c.name,
    stats: measure(() => learningPlan(index, [target])),
    size: `${target}: ${plan.steps.length} steps, ${plan.choices.length} choices`,
    goal: realGoal ?? bigGoal,
  });
  const planRec = learningPlan(index, [target], { includeRecommended: true });
  rows.push({
    query: 'plan +recommended',
    graph: c.name,
    stats: measure(() => learningPlan(index, [target], { includeRecommended: true })),
    size: `${planRec.steps.length} steps`,
    goal: realGoal ?? bigGoal,
  });
  const closure = prerequisiteClosure(index, [target]);
  rows.push({
    query: 'closure',
    graph: c.name,
    stats: measure(() => prerequisiteClosure(index, [target])),
    size: `${closure.size} items`,
    goal: realGoal ?? bigGoal,
  });
  const root = farRoot(index, target);
  const opened = unlocks(index, [root]);
  rows.push({
    query: 'unlocks (a root)',
    graph: c.name,
    stats: measure(() => unlocks(index, [root])),
    size: `${root}: ${opened.size} items`,
    goal: realGoal,
  });
  const directed = shortestPath(index, target, root, { kinds: ['requires'], directed: true });
  rows.push({
    query: 'shortest path (requires)',
    graph: c.name,
    stats: measure(() => shortestPath(index, target, root, { kinds: ['requires'], directed: true })),
    size: `${directed?.edges.length ?? 'no'} edges`,
    goal: realGoal,
  });
  const any = shortestPath(index, target, root);
  rows.push({
    query: 'shortest path (any kind)',
    graph: c.name,
    stats: measure(() => shortestPath(index, target, root)),
    size: `${any?.edges.length ?? 'no'} edges`,
    goal: realGoal,
  });
  rows.push({
    query: 'search (typos)',
    graph: c.name,
    stats: measure(() => search(c.search)),
    size: `"${c.search}": ${search(c.search).length} hits`,
    goal: realGoal,
  });
  console.error(`  ${c.name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const fmt = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0));

function main() {
  const started = performance.now();
  const loaded = loadGraph(readGraphData());
  if (!loaded.ok) throw new Error(`graph-data is invalid: ${loaded.problems.length} problems`);
  const real = loaded.graph;
  const curriculumItems = (index: GraphIndex) => [...index.byTier.values()].flat();
  const lastItems = (n: number) => () => Array.from({ length: Math.min(n, 20) }, (_, i) => `n${n - 1 - i}`);

  const cases: Case[] = [
    { name: 'real', graph: real, deepCandidates: curriculumItems, search: 'pytroch', goal: 'real' },
  ];
  for (const shape of ['curriculum', 'web'] as const)
    for (const n of [1_000, 10_000, 100_000]) {
      const t = performance.now();
      const graph = generateLargeGraph(n, 42, shape);
      console.error(`generated ${shape} ${n}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
      cases.push({
        name: `${n / 1000}k ${shape}`,
        graph,
        deepCandidates: lastItems(n),
        search: 'neurl tensr',
        ...(n === 100_000 ? { goal: '100k' as const } : {}),
      });
    }
  for (const c of cases) runCase(c);

  // Side by side: one line per query, one column per graph (median).
  const names = cases.map((c) => c.name);
  const queries = [...new Set(rows.map((r) => r.query))];
  const table = Object.fromEntries(
    queries.map((query) => [
      query,
      Object.fromEntries(
        names.map((name) => {
          const r = rows.find((x) => x.query === query && x.graph === name);
          return [name, r ? fmt(r.stats.median) : ''];
        }),
      ),
    ]),
  );
  console.log(
    `\nMedian latency (ms): ${RUNS} runs after ${WARMUP} warm-up (${SLOW_RUNS} runs when one takes > ${SLOW_MS} ms)\n`,
  );
  console.table(table);

  console.log('\nDetail: median [min – max] ms, result size, goal\n');
  const detail = rows.map((r) => ({
    query: r.query,
    graph: r.graph,
    'median [min – max] ms': `${fmt(r.stats.median)} [${fmt(r.stats.min)} – ${fmt(r.stats.max)}]`,
    runs: String(r.stats.runs),
    result: r.size,
    goal: r.goal === undefined ? '' : `< ${r.goal} ms: ${r.stats.median < r.goal ? 'PASS' : 'over'}`,
  }));
  printAligned(detail);

  const goals = rows.filter((r) => r.goal !== undefined);
  const over = goals.filter((r) => r.stats.median >= r.goal!);
  console.log(
    `\nGoals (median): ${goals.length - over.length}/${goals.length} PASS` +
      (over.length
        ? `; over: ${over.map((r) => `${r.query} @ ${r.graph} (${fmt(r.stats.median)} ms)`).join(', ')}`
        : ''),
  );
  console.log(`Total bench time ${((performance.now() - started) / 1000).toFixed(1)} s (Node ${process.version})`);
}

function printAligned(data: Row[]) {
  const keys = Object.keys(data[0] ?? {});
  const width = (k: string) => Math.max(k.length, ...data.map((d) => d[k]!.length));
  const widths = keys.map(width);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log(line(keys));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  let previous = '';
  for (const d of data) {
    if (previous && d.graph !== previous) console.log('');
    previous = d.graph!;
    console.log(line(keys.map((k) => d[k]!)));
  }
}

main();
