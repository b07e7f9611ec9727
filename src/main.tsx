import './domain/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { graph, loadGraphText, positions } from 'virtual:graph-data';
import { App } from './app/app';
import { registerServiceWorker } from './app/register-service-worker';
import { loadStoredProgress } from './store/progress-storage';
import { applyUrl } from './app/use-url-sync';
import { createAtlas } from './domain/atlas';
import { attachText } from './domain/packed-graph';
import { createAppStore } from './store/app-state';
import './app/app.css';

// The built-in graph, kept for "Back to the curriculum" while an imported graph is open.
const curriculum = { atlas: createAtlas(graph), positions };
const store = createAppStore(curriculum);
applyUrl(store);
loadStoredProgress(store);
// Fetched alongside this bundle; the panels that show descriptions and links wait for it.
const textLoaded = loadGraphText().then(
  (text) => attachText(graph, text),
  () => store.getState().notify('Descriptions and links could not be loaded: reload the page to try again.'),
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} curriculum={curriculum} textLoaded={textLoaded} />
  </StrictMode>,
);
registerServiceWorker();
