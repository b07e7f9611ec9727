/**
 * End-to-end setup: finds the browser first (a machine without one stops here, with one line that
 * says what to run), then builds the production bundle and serves it with `vite preview` on
 * 127.0.0.1, exactly as a person would run it. The tests receive the address through
 * `inject('baseUrl')`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { BrowserMissingError, chromiumExecutable } from '../fixtures/chromium';

const root = resolve(import.meta.dirname, '../..');
let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  try {
    chromiumExecutable();
  } catch (error) {
    if (!(error instanceof BrowserMissingError)) throw error;
    // The whole run stops on one line that says what to do; Vitest's report would bury it.
    console.error(error.message);
    process.exit(1);
  }
  const configFile = resolve(root, 'vite.config.ts');
  // A directory of its own, so a concurrent build (another test run, `npm run build`) cannot swap
  // the files under the server.
  const outDir = mkdtempSync(join(tmpdir(), 'stack-atlas-e2e-'));
  await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await preview({
    configFile,
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  project.provide('baseUrl', url);
  return async () => {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
