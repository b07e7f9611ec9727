import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layers: domain ← store ← features/components ← app; only graph-view (and headless layouts) touch Cytoscape. */
const noUi = [
  'react',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  'cytoscape',
  'cytoscape-*',
  'react-cytoscapejs',
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['cytoscape', 'cytoscape-*', 'react-cytoscapejs'],
              message: 'Only src/graph-view imports Cytoscape.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: noUi, message: 'The domain is pure TypeScript: no React, zustand or Cytoscape.' },
            {
              group: ['node:*', 'fs', 'path'],
              message: 'The domain runs in the browser and workers too: no Node APIs.',
            },
            {
              group: ['**/store/**', '**/features/**', '**/graph-view/**', '**/components/**', '**/cli/**'],
              message: 'The domain imports nothing above it.',
            },
          ],
        },
      ],
    },
  },
  {
    // The renderer's folder is the canvas's own: features read the visual encoding from src/encoding.
    files: ['src/features/**', 'src/components/**', 'src/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['cytoscape', 'cytoscape-*', 'react-cytoscapejs'],
              message: 'Only src/graph-view imports Cytoscape.',
            },
            {
              group: ['**/graph-view/**'],
              message: 'Only the app shell mounts the canvas; read the encoding from src/encoding.',
            },
            {
              group: ['**/app/**', '**/app'],
              message: 'The app shell is above features: share through src/store or src/components.',
            },
          ],
        },
      ],
    },
  },
  // The SVG writer is handed a live Cytoscape core by the canvas: it may name Cytoscape's types only.
  {
    files: ['src/svg-export/**'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['cytoscape', 'cytoscape-*', 'react-cytoscapejs'],
              allowTypeImports: true,
              message: 'Only types here: src/graph-view hands the writer its Cytoscape core.',
            },
            { group: ['react', 'react-dom', 'zustand', '**/store/**', '**/features/**'], message: 'A pure writer.' },
          ],
        },
      ],
    },
  },
  // Layouts run Cytoscape headless (at build time and in the layout worker).
  {
    files: ['src/graph-view/**', 'src/layouts/**', 'tests/**', 'scripts/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
