/**
 * Large graphs only: the overview image (layouts/overview-image.ts, drawn in the layout worker)
 * laid over Cytoscape's canvas and moved with its pan and zoom, while the elements are still going
 * in and whenever the level of detail (level-of-detail.ts) says Cytoscape should not draw: during
 * a gesture, and at rest with too many nodes in view. Cytoscape's drawing is held meanwhile
 * (render-gate.ts). Renders nothing through React: the layer is a DOM node next to Cytoscape's container,
 * moved by a CSS transform on each viewport event, so a frame of a gesture costs no graph drawing.
 */
import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { Overview } from '../layouts/overview-cache';
import { chooseDetail, countInView, DRAWN_NODES_LIMIT, overviewTransform, type Detail } from './level-of-detail';
import { renderGate } from './render-gate';
import './overview-layer.css';

/** The view counts as moving until it has been still this long (Cytoscape's own wheel end is 150 ms). */
const SETTLE_MS = 200;

/** Tells the page (and the benchmark) what the canvas shows: `overview` first, `complete` when all is in. */
export function announceDrawing(stage: 'overview' | 'complete') {
  requestAnimationFrame(() =>
    window.dispatchEvent(new CustomEvent('stack-atlas-drawing', { detail: { stage, at: performance.now() } })),
  );
}

export function OverviewLayer({
  cy,
  overview,
  points,
  loading,
  decorated,
}: {
  cy: Core;
  overview: Overview | null;
  points: { xs: Float64Array; ys: Float64Array };
  loading: boolean;
  decorated: boolean;
}) {
  const layer = useRef<{ root: HTMLDivElement; canvas: HTMLCanvasElement } | null>(null);
  const state = useRef({ loading, decorated, moving: false, shown: null as Detail | null, announced: false });
  /** Chooses again what draws; set by the effect below, called when loading or decorations change. */
  const reapply = useRef<() => void>(() => {});

  // The layer's DOM, once per instance and image.
  useEffect(() => {
    const container = cy.container();
    if (!container || !overview) return;
    const root = document.createElement('div');
    root.className = 'graph-overview';
    root.setAttribute('aria-hidden', 'true');
    root.dataset.testid = 'graph-overview';
    const canvas = document.createElement('canvas');
    canvas.width = overview.frame.width;
    canvas.height = overview.frame.height;
    canvas.getContext('2d')?.drawImage(overview.bitmap, 0, 0);
    root.append(canvas);
    // Beside Cytoscape's container, not in it: Cytoscape owns what is inside (its canvas layers).
    container.after(root);
    layer.current = { root, canvas };
    return () => {
      root.remove();
      layer.current = null;
    };
  }, [cy, overview]);

  useEffect(() => {
    const gate = renderGate(cy);
    let settle: ReturnType<typeof setTimeout> | undefined;
    const apply = () => {
      const s = state.current;
      const inView = overview ? countInView(points, cy.extent(), DRAWN_NODES_LIMIT + 1) : 0;
      // Without an image there is nothing to stand in: Cytoscape draws (as in every other mode).
      const detail = overview ? chooseDetail({ ...s, inView }) : s.loading ? 'overview' : 'cytoscape';
      const { root, canvas } = layer.current ?? {};
      if (detail === 'overview') {
        gate.hold('overview');
        if (canvas) canvas.style.transform = overviewTransform(overview!.frame, { zoom: cy.zoom(), pan: cy.pan() });
        if (root) root.hidden = false;
      } else if (s.shown !== 'cytoscape') {
        // Cytoscape draws the view once; the image goes only when that drawing is there.
        cy.one('render', () => {
          if (state.current.shown === 'cytoscape' && root) root.hidden = true;
        });
        gate.release('overview');
      }
      s.shown = detail;
      if (!s.loading && !s.announced) {
        // Every element is in: the view on screen (the image, or Cytoscape's drawing of it) is complete.
        s.announced = true;
        if (detail === 'overview') announceDrawing('complete');
        else cy.one('render', () => announceDrawing('complete'));
      }
    };
    reapply.current = apply;
    const onViewport = () => {
      state.current.moving = true;
      apply();
      clearTimeout(settle);
      settle = setTimeout(() => {
        state.current.moving = false;
        apply();
      }, SETTLE_MS);
    };
    apply();
    cy.on('viewport', onViewport);
    return () => {
      clearTimeout(settle);
      cy.off('viewport', onViewport);
      gate.release('overview');
    };
  }, [cy, overview, points]);

  // Loading ending, or a decoration coming or going, may change what should draw.
  useEffect(() => {
    state.current.loading = loading;
    state.current.decorated = decorated;
    if (!state.current.moving) reapply.current();
  }, [loading, decorated]);

  return null;
}
