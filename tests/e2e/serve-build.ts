/**
 * Builds the production bundle into a directory of its own (so a concurrent build — another test
 * run, `npm run build` — cannot swap the files under the server) and serves it with `vite preview`
 * on 127.0.0.1, exactly as a person would run it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview, type InlineConfig } from 'vite';

const configFile = resolve(import.meta.dirname, '../../vite.config.ts');

/** `config`: what differs from vite.config.ts (a `base`, say). */
export async function serveBuild(config: InlineConfig = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'stack-atlas-e2e-'));
  await build({ ...config, configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    ...config,
    configFile,
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  return {
    url,
    outDir,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
