/**
 * Large graphs: the Cytoscape instance starts empty and its elements go in by slices
 * (add-in-slices.ts) while Cytoscape's drawing is held and the overview image shows the graph;
 * progress goes to the store, where the import's progress bar reads it. Returns whether every
 * element is in. Normal graphs never come here: their elements are given to Cytoscape at once.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useState } from 'react';
import type { Overview } from '../layouts/overview-cache';
import type { AppStore } from '../store/app-state';
import { addInSlices } from './add-in-slices';
import { fitFrame } from './level-of-detail';
import { announceDrawing } from './overview-layer';
import { renderGate } from './render-gate';
import { compoundsLast } from './slices';

export function useSlicedLoading(
  cy: Core | null,
  large: boolean,
  /** Null while they are being built (use-elements-in-steps.ts). */
  elements: readonly ElementDefinition[] | null,
  overview: Overview | null,
  store: AppStore,
): boolean {
  const [loaded, setLoaded] = useState<Core | null>(null);
  useEffect(() => {
    if (!cy || !large || !elements) return;
    const controller = new AbortController();
    const gate = renderGate(cy);
    gate.hold('loading');
    // The opening view, from the image's frame: the overview is in place at once, and the
    // controller's opening view (once every element is in) moves it only slightly if at all.
    if (overview) {
      cy.viewport(fitFrame(overview.frame, cy.width(), cy.height()));
      announceDrawing('overview');
    }
    const total = elements.length;
    const { ordered, compoundsFrom } = compoundsLast(elements);
    store.getState().setDrawing({ done: 0, total });
    let reported = performance.now();
    // Edges cost several times what nodes do; compound elements more again.
    const firstEdge = ordered.findIndex((e) => e.group === 'edges');
    void addInSlices(cy, ordered, {
      restartAt: [firstEdge, compoundsFrom].filter((i) => i > 0),
      signal: controller.signal,
      // Every store change runs every subscriber's selector: progress goes in about ten times a second.
      onProgress: (done) => {
        const now = performance.now();
        if (now - reported < 100) return;
        reported = now;
        store.getState().setDrawing({ done: Math.min(done, total - 1), total });
      },
    }).then((complete) => {
      if (!complete) return;
      gate.release('loading');
      setLoaded(cy);
      // done = total only once the instance is in place: the import then calls the graph opened.
      store.getState().setDrawing({ done: total, total });
    });
    return () => controller.abort();
  }, [cy, large, elements, overview, store]);
  return !large || (loaded !== null && loaded === cy);
}
