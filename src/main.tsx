import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { graph, positions } from 'virtual:graph-data';
import { App } from './app/app';
import { loadStoredProgress } from './app/progress-storage';
import { applyUrl } from './app/use-url-sync';
import { createAtlas } from './domain/atlas';
import { createAppStore } from './store/app-state';
import './app/app.css';

// The built-in graph, kept for "Back to the curriculum" while an imported graph is open.
const curriculum = { atlas: createAtlas(graph), positions };
const store = createAppStore(curriculum);
applyUrl(store, window.location.search);
loadStoredProgress(store);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} curriculum={curriculum} />
  </StrictMode>,
);
