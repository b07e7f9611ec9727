/**
 * End-to-end setup: builds the production bundle and serves it with `vite preview` on 127.0.0.1,
 * exactly as a person would run it. The tests receive the address through `inject('baseUrl')`.
 */
import { resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

const root = resolve(import.meta.dirname, '../..');
let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  const configFile = resolve(root, 'vite.config.ts');
  await build({ configFile, logLevel: 'warn' });
  server = await preview({ configFile, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  project.provide('baseUrl', url);
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
