/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { contentSecurityPolicyPlugin } from './src/build/content-security-policy.ts';
import { graphDataPlugin } from './src/build/graph-data-plugin.ts';
import { SECURITY_HEADERS } from './src/build/hosting-headers.ts';
import { pwaPlugin } from './src/build/pwa.ts';

const here = import.meta.dirname;

export default defineConfig({
  // index.html lives in src/ with the rest of the app; the repository root stays uncluttered.
  root: resolve(here, 'src'),
  // Where the app is served: `/` by default, a sub-path such as `/stack-atlas/` on Pages-style hosts.
  base: process.env.BASE_PATH ?? '/',
  publicDir: resolve(here, 'public'),
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'cytoscape', test: /node_modules[\\/]cytoscape[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'graph-data', test: /virtual:graph-data/ },
          ],
        },
      },
    },
  },
  plugins: [react(), graphDataPlugin(), contentSecurityPolicyPlugin(), pwaPlugin()],
  // `vite preview` serves the build as a host should: with the policy as a header, and no framing.
  preview: { headers: SECURITY_HEADERS },
  test: {
    root: here,
    // Vitest uses one core fewer than the machine has: on two cores that is one worker.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // `expect.poll` gives up after 1 s by default, too soon on a loaded machine.
    expect: { poll: { timeout: 10_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
          // One page and one module cache per worker, not per file: most of the time a file took
          // was loading jsdom, React, Cytoscape, zod and the graph again (tests/setup.ts resets
          // what the app writes to the page). Stubbed globals and spies are undone after each test.
          isolate: false,
          unstubGlobals: true,
          restoreMocks: true,
          // Budgets that hold on a loaded machine (a test here takes at most ~3 s idle; the few
          // heavier ones, layouts and large graphs, set their own).
          testTimeout: 60_000,
          include: ['tests/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
        },
      },
      {
        // The production build in the machine's Chromium (or Chrome, Edge): one scenario per user journey.
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          setupFiles: ['tests/e2e/setup.ts'],
          // A journey takes 5–30 s on an idle machine: budgets that hold at several times that.
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          // After the unit project, which runs files two at a time (Vitest wants one worker count
          // per group), so the journeys do not compete with it for the cores.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
