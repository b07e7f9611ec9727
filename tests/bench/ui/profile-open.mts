/**
 * Where the main thread's long tasks go while a large generated graph opens: builds the app
 * unminified, opens `generateLargeGraph(n)` through the header's file input, clicks "Open anyway"
 * and records a CPU profile (CDP) until the page has been quiet. Prints each run of busy samples
 * over --min ms (roughly one task) with its heaviest functions, self and inclusive.
 *
 *   npx tsx tests/bench/ui/profile-open.mts --size 45000 [--min 100] [--out /tmp/open.cpuprofile] [--dist dir]
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { exportAppJson } from '../../../src/domain/formats/export-graph';
import { drawnGraph } from '../../../src/encoding/drawn-nodes';
import { generateLargeGraph } from '../../fixtures/random-graph';
import { CONTEXT_OPTIONS, launch, ROOT, serveApp } from './harness';
import { measuringScript } from './in-page';

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: '45000' },
    min: { type: 'string', default: '100' },
    out: { type: 'string' },
    dist: { type: 'string' },
    quiet: { type: 'string', default: '4000' },
  },
});
const size = Number(args.size);
const minMs = Number(args.min);

const dist = args.dist ?? mkdtempSync(join(tmpdir(), 'atlas-profile-'));
if (!existsSync(join(dist, 'index.html')))
  await build({
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: dist, emptyOutDir: true, minify: false, chunkSizeWarningLimit: 1e9 },
  });
const file = join(tmpdir(), `atlas-profile-${size}.json`);
const graph = generateLargeGraph(size);
if (!existsSync(file)) writeFileSync(file, exportAppJson(graph));
const expected = drawnGraph(graph).nodes.length;

const { server, url } = await serveApp(dist);
const browser = await launch();
try {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  await context.addInitScript({ content: measuringScript(expected) });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('pageerror', e.message));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(2000);
  await page.getByLabel('Open a graph file', { exact: true }).setInputFiles(file);
  const confirm = page.getByRole('button', { name: 'Open anyway', exact: true });
  await confirm.waitFor({ timeout: 120_000 });
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await confirm.click();
  // Every node drawn (the bench's measuring script), then `quiet` ms for the controller's pass.
  // (A polling loop: waitForFunction evaluates a string, which the app's CSP forbids.)
  while (!(await page.evaluate('window.__bench.firstFrame !== null'))) await page.waitForTimeout(200);
  await page.waitForTimeout(Number(args.quiet));
  const tasks = await page.evaluate<{ start: number; duration: number }[]>('window.__bench.longTasks');
  console.log(
    'long tasks over 150 ms:',
    tasks
      .filter((t) => t.duration > 150)
      .map((t) => Math.round(t.duration))
      .join(', '),
  );
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  if (args.out) writeFileSync(args.out, JSON.stringify(profile));
  analyse(profile);
} finally {
  await browser.close();
  await server.close();
}

interface Frame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface Node {
  id: number;
  callFrame: Frame;
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

function analyse(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (f: Frame) => `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  const idle = (id: number) => {
    const name = byId.get(id)!.callFrame.functionName;
    return name === '(idle)' || name === '(program)';
  };
  let t = 0;
  const times = profile.timeDeltas.map((d) => (t += d / 1000));
  // Busy runs: consecutive non-idle samples (gaps under 1 ms merged).
  const runs: { from: number; to: number }[] = [];
  let start = -1;
  for (let i = 0; i < profile.samples.length; i++) {
    const busy = !idle(profile.samples[i]!);
    if (busy && start < 0) start = i;
    if (!busy && start >= 0) {
      runs.push({ from: start, to: i });
      start = -1;
    }
  }
  if (start >= 0) runs.push({ from: start, to: profile.samples.length });
  const at = (i: number) => times[Math.min(i, times.length - 1)]!;
  const long = runs.filter((r) => at(r.to - 1) - at(r.from) >= minMs);
  console.log(`${runs.length} busy runs; ${long.length} of ${minMs} ms or more`);
  for (const r of long) {
    const self = new Map<string, number>();
    const incl = new Map<string, number>();
    for (let i = r.from; i < r.to; i++) {
      const dt = at(i + 1) - at(i);
      const node = byId.get(profile.samples[i]!)!;
      self.set(label(node.callFrame), (self.get(label(node.callFrame)) ?? 0) + dt);
      const seen = new Set<string>();
      for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
        const l = label(byId.get(id)!.callFrame);
        if (seen.has(l)) continue;
        seen.add(l);
        incl.set(l, (incl.get(l) ?? 0) + dt);
      }
    }
    const top = (m: Map<string, number>, n: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `    ${v.toFixed(0).padStart(5)} ${k}`)
        .join('\n');
    console.log(`\n== ${at(r.from).toFixed(0)} ms: ${(at(r.to - 1) - at(r.from)).toFixed(0)} ms`);
    console.log('  self:\n' + top(self, 12));
    console.log('  inclusive:\n' + top(incl, 30));
  }
}
