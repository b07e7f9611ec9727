/**
 * Moving the camera to an answer and back. Animated, unless the person prefers reduced motion or
 * the graph is large (an animated viewport redraws everything on every frame).
 */
import type { CollectionReturnValue, Core } from 'cytoscape';
import { coveredEdges } from './labels/covered-parts';

/** Above this many nodes, jump instead of animating. */
export const ANIMATION_LIMIT = 1000;
/** Room around what is fitted, in pixels, so nothing sits on the canvas's edge. */
export const FIT_PADDING = 48;
/** Fitting a handful of items never zooms in further than this: they would look lost. */
const MAX_FIT_ZOOM = 1.6;

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

const prefersReducedMotion = () =>
  typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

export const animates = (cy: Core) => cy.nodes().length <= ANIMATION_LIMIT && !prefersReducedMotion();

export const viewportOf = (cy: Core): Viewport => ({ zoom: cy.zoom(), pan: { ...cy.pan() } });

/** Room for labels beyond the outermost nodes: half a wrapped label across, one line down. */
const LABEL_ROOM = { x: 50, y: 16 };

/**
 * The viewport that shows `eles` whole with their labels, with padding, in the part of the canvas
 * that no bar covers, within the zoom limits.
 */
export function fittedViewport(
  cy: Core,
  eles: CollectionReturnValue,
  { padding = FIT_PADDING, labels = true }: { padding?: number; labels?: boolean } = {},
): Viewport {
  const box = eles.boundingBox({ includeLabels: false });
  const { top, bottom } = coveredEdges(cy);
  const room = labels ? LABEL_ROOM : { x: 0, y: 0 };
  const w = cy.width() - 2 * (padding + room.x);
  const h = cy.height() - top - bottom - 2 * (padding + room.y);
  const zoom = Math.min(
    MAX_FIT_ZOOM,
    cy.maxZoom(),
    Math.max(cy.minZoom(), Math.min(Math.max(w, 40) / Math.max(box.w, 1), Math.max(h, 40) / Math.max(box.h, 1))),
  );
  return {
    zoom,
    pan: {
      x: cy.width() / 2 - zoom * (box.x1 + box.w / 2),
      y: top + (cy.height() - top - bottom) / 2 - zoom * (box.y1 + box.h / 2),
    },
  };
}

export function moveTo(cy: Core, view: Viewport) {
  cy.stop(true, false);
  if (animates(cy)) cy.animate({ zoom: view.zoom, pan: view.pan }, { duration: 450, easing: 'ease-in-out-cubic' });
  else cy.viewport({ zoom: view.zoom, pan: view.pan });
}
