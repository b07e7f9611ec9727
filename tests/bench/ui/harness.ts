/**
 * What the browser benches share: the browser the end-to-end tests launch
 * (tests/fixtures/chromium.ts), production builds served by `vite preview` on 127.0.0.1, and plain
 * statistics and tables for the report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumExecutable, launchChromium } from '../../fixtures/chromium';
import { build, preview, type PreviewServer } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const EXECUTABLE = chromiumExecutable();
/** Unbucketed `performance.memory` figures, for the heap readings (it changes nothing else). */
export const MEMORY_FLAG = '--enable-precise-memory-info';
export const VIEWPORT = { width: 1440, height: 900 };
/** Every measured page: a fixed screen, and no service worker precaching the build behind the
 * measurements (a person's first visit has one; it starts after the load and is not the app's). */
export const CONTEXT_OPTIONS = { viewport: VIEWPORT, colorScheme: 'light', serviceWorkers: 'block' } as const;

export const log = (message: string) => console.error(message);

export const launch = (extraFlags: readonly string[] = []) => launchChromium(extraFlags, EXECUTABLE);

/** Builds the app with vite.config.ts into `outDir` (never the shared dist/). */
export async function buildApp(outDir: string): Promise<void> {
  await build({
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    // The size warning is about the bundle the benches report anyway.
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 1e6 },
  });
}

export async function serve(options: Parameters<typeof preview>[0]): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    ...options,
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  return { server, url };
}

/** Serves the app built into `outDir` as `npm run preview` would (the same config and headers). */
export const serveApp = (outDir: string) => serve({ configFile: resolve(ROOT, 'vite.config.ts'), build: { outDir } });

// ---------------------------------------------------------------------------------------------
// Statistics

export interface Stats {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function stats(values: readonly (number | null | undefined)[]): Stats | null {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = xs.length >> 1;
  const median = xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
  return { median, min: xs[0]!, max: xs[xs.length - 1]!, n: xs.length };
}

/** The p-th percentile (0–100) by nearest rank; null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const xs = [...values].sort((a, b) => a - b);
  return xs[Math.min(xs.length - 1, Math.max(0, Math.ceil((p / 100) * xs.length) - 1))]!;
}

export const ms = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(1));
/** `median unit (min–max)`, with `[n/total]` when some runs had no value. */
export const cell = (s: Stats | null, total: number, unit = ' ms', format: (v: number) => string = ms) =>
  s
    ? s.n === 1
      ? `${format(s.median)}${unit}`
      : `${format(s.median)}${unit} (${format(s.min)}–${format(s.max)})${s.n < total ? ` [${s.n}/${total}]` : ''}`
    : 'n/a';
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** A Markdown table, as lines. */
export function tableLines(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    '| ' + cells.map((c, i) => (c ?? '').padEnd(widths[i]!)).join(' | ') + ' |';
  return [line(header), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)];
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]) {
  for (const l of tableLines(header, rows)) console.log(l);
}

// ---------------------------------------------------------------------------------------------
// The build's JavaScript

export interface JsFile {
  file: string;
  raw: number;
  gzip: number;
}

/** Every .js file in a directory, raw and gzipped (zlib's default level). */
export function jsSizes(dir: string): JsFile[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort();
  return files.map((file) => {
    const bytes = readFileSync(join(dir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
  });
}

export interface BuildSizes {
  /** Scripts index.html loads at once: its module scripts and their modulepreloads. */
  initial: JsFile[];
  /** Chunks loaded on demand (dynamic imports). */
  lazy: JsFile[];
  /** Web Worker entries (loaded when a worker starts). */
  workers: JsFile[];
  /** Stylesheets index.html links. */
  css: JsFile[];
}

/**
 * The app's JavaScript split by when it loads: what index.html references (module scripts and
 * modulepreload links) is the initial download; the rest are lazy chunks, and workers are kept
 * apart (Vite names a worker entry after its source file, `…-worker-<hash>.js`).
 */
export function buildSizes(outDir: string): BuildSizes {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const referenced = new Set<string>();
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"[^>]*>/g)) {
    const ref = match[1]!;
    const file = ref.split('/').pop()!;
    referenced.add(file);
  }
  const all = jsSizes(join(outDir, 'assets'));
  const isWorker = (f: string) => /worker/i.test(f);
  const css = readdirSync(join(outDir, 'assets'))
    .filter((f) => f.endsWith('.css') && referenced.has(f))
    .map((file) => {
      const bytes = readFileSync(join(outDir, 'assets', file));
      return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
    });
  return {
    initial: all.filter((f) => referenced.has(f.file)),
    lazy: all.filter((f) => !referenced.has(f.file) && !isWorker(f.file)),
    workers: all.filter((f) => !referenced.has(f.file) && isWorker(f.file)),
    css,
  };
}

export const sum = (files: readonly JsFile[], k: 'raw' | 'gzip') => files.reduce((s, f) => s + f[k], 0);
