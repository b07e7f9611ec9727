import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());
// `findBy…` and `waitFor` give up after 1 s by default: on a loaded machine a render can take
// longer. Waiting longer costs nothing when it is fast.
configure({ asyncUtilTimeout: 10_000 });

// The unit project shares one page between the files a worker runs (`isolate: false`: loading
// jsdom, React, Cytoscape and the graph once per worker instead of once per file is most of the
// suite's speed). This file runs before each test file: give every file the page a fresh one would
// have, as far as the app writes to it.
if (typeof window !== 'undefined') {
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.removeAttribute('style');
}
