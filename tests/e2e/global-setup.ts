/**
 * End-to-end setup: finds the browser first (a machine without one stops here, with one line that
 * says what to run), then builds and serves the app (serve-build.ts). The tests receive the
 * address through `inject('baseUrl')`.
 */
import type { TestProject } from 'vitest/node';
import { BrowserMissingError, chromiumExecutable } from '../fixtures/chromium';
import { serveBuild } from './serve-build';

export default async function setup(project: TestProject) {
  try {
    chromiumExecutable();
  } catch (error) {
    if (!(error instanceof BrowserMissingError)) throw error;
    // The whole run stops on one line that says what to do; Vitest's report would bury it.
    console.error(error.message);
    process.exit(1);
  }
  const app = await serveBuild();
  project.provide('baseUrl', app.url);
  return app.close;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
