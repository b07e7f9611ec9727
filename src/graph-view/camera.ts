/**
 * Moving the camera to an answer and back. Animated, unless the person prefers reduced motion or
 * the graph is large (an animated viewport redraws everything on every frame).
 */
import type { CollectionReturnValue, Core } from 'cytoscape';
import { LARGE_GRAPH_NODES } from '../encoding/large-graph';
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

/** Half the largest node (a provider, 34 px): what reaches beyond a node's position. */
const NODE_REACH = 17;

/**
 * The box of the nodes' positions, each grown by NODE_REACH. Cytoscape's boundingBox() measures
 * every node's drawn shape (0.25 s at 20,000 nodes, all in one task); above the large-graph
 * threshold positions are close enough for a fitted view. Normal graphs never come here.
 */
function positionBox(eles: CollectionReturnValue) {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  eles.forEach((ele) => {
    if (!ele.isNode()) return;
    const { x, y } = ele.position();
    if (x < x1) x1 = x;
    if (y < y1) y1 = y;
    if (x > x2) x2 = x;
    if (y > y2) y2 = y;
  });
  if (x1 === Infinity) return { x1: 0, y1: 0, w: 0, h: 0 };
  return { x1: x1 - NODE_REACH, y1: y1 - NODE_REACH, w: x2 - x1 + 2 * NODE_REACH, h: y2 - y1 + 2 * NODE_REACH };
}

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
  const box = eles.length > LARGE_GRAPH_NODES ? positionBox(eles) : eles.boundingBox({ includeLabels: false });
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
