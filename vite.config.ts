/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { graphDataPlugin } from './src/build/graph-data-plugin.ts';

const here = import.meta.dirname;

export default defineConfig({
  // index.html lives in src/ with the rest of the app; the repository root stays uncluttered.
  root: resolve(here, 'src'),
  publicDir: resolve(here, 'public'),
  build: { outDir: resolve(here, 'dist'), emptyOutDir: true },
  plugins: [react(), graphDataPlugin()],
  test: {
    root: here,
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
