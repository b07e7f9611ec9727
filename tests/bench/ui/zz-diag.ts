// TEMPORARY diagnostic (deleted after use): CPU profile of app load and click.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { buildBarePage } from './bare-page';
import { measuringScript } from './in-page';

const ROOT = resolve(import.meta.dirname, '../../..');
type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

function summarize(p: Profile, label: string) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (let i = 0; i < p.samples.length; i++) {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const n = byId.get(p.samples[i]!)!;
    const key = (x: Node) =>
      `${x.callFrame.functionName || '(anon)'} ${x.callFrame.url.split('/').pop()}:${x.callFrame.lineNumber}`;
    self.set(key(n), (self.get(key(n)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
      const k = key(byId.get(id)!);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([n, t]) => `${t.toFixed(1).padStart(8)}  ${n}`)
      .join('\n');
  console.log(`\n=== ${label}: self\n${top(self, 25)}\n=== ${label}: total\n${top(total, 400)}`);
}

const temp = mkdtempSync(join(tmpdir(), 'uidiag-'));
const configFile = resolve(ROOT, 'vite.config.ts');
const target = process.argv[2] ?? 'app';
let url: string;
const bare = await buildBarePage(join(temp, 'bare'));
if (target === 'app') {
  await build({ configFile, logLevel: 'warn', build: { outDir: join(temp, 'app'), emptyOutDir: true, minify: false } });
  const s = await preview({
    configFile,
    build: { outDir: join(temp, 'app') },
    preview: { host: '127.0.0.1', port: 0 },
  });
  url = s.resolvedUrls!.local[0]!;
} else {
  const s = await preview({
    configFile: false,
    root: bare.root,
    build: { outDir: bare.outDir },
    preview: { host: '127.0.0.1', port: 0 },
  });
  url = s.resolvedUrls!.local[0]!;
}
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
for (let i = 0; i < 2; i++) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
  await context.addInitScript({ content: measuringScript(bare.nodes) });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.evaluate('window.__bench.ready(30000)');
  const load = await page.evaluate('window.__bench.loadResult()');
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await page.evaluate('window.__bench.waitIdle(300, 500, 10000)');
  const node = (await page.evaluate('window.__bench.pick("aws")')) as {
    id: string;
    label: string;
    x: number;
    y: number;
  };
  await page.evaluate(`window.__bench.arm(${JSON.stringify(node.id)}, ${JSON.stringify(node.label)})`);
  await cdp.send('Profiler.start');
  await page.mouse.click(node.x, node.y);
  const click = await page.evaluate('window.__bench.clickResult(2000, 300, 3000)');
  const { profile: p2 } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  if (i === 1) {
    console.log(JSON.stringify(load), JSON.stringify(click));
    summarize(profile, 'load');
    summarize(p2, 'click');
    writeFileSync(`/tmp/uidiag/${target}-click.cpuprofile`, JSON.stringify(p2));
  }
  await context.close();
}
await browser.close();
process.exit(0);
