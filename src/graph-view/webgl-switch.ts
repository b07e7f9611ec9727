/**
 * Switching a Cytoscape instance between its canvas and WebGL renderers, and tidying what WebGL
 * leaves behind: what the canvas needs on every visit, apart from the frame-rate check
 * (renderer-check.ts), which loads only when a large graph has been idle long enough to run it.
 */
import type { Core } from 'cytoscape';

export const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** The WebGL layer Cytoscape adds to its container, if any. */
export const webglLayer = (container: HTMLElement | null) =>
  container?.querySelector<HTMLCanvasElement>('canvas[data-id$="-webgl"]') ?? null;

/** Frees a WebGL context now rather than at garbage collection (browsers cap live contexts at ~16). */
export const loseContext = (canvas: HTMLCanvasElement | null) =>
  canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();

/**
 * Creating a WebGL renderer sets the layer count on Cytoscape's canvas-renderer prototype to 4
 * (cytoscape 3.34, extensions/renderer/canvas/index.mjs) and nothing sets it back, so every canvas
 * renderer created later in the page gets an extra WebGL 2 layer that it never sizes nor draws.
 * The prototype is private to Cytoscape; this removes the stray layer and frees its context.
 */
export function dropStrayWebglLayer(cy: Core) {
  if (cy.destroyed() || drawsWithWebgl(cy)) return;
  const layer = webglLayer(cy.container());
  if (!layer) return;
  loseContext(layer);
  layer.remove();
}

type WithOptions = { _private: { options: { webgl?: boolean } } };

/** Whether the instance draws with WebGL. */
export const drawsWithWebgl = (cy: Core) => (cy as unknown as WithOptions)._private.options.webgl === true;

/**
 * The background the canvas is seen on: WebGL blends arrowheads with it and reads it from the
 * container's own inline style when the renderer starts.
 */
export function visibleBackground(element: HTMLElement | null): string {
  for (let e = element; e; e = e.parentElement) {
    const colour = getComputedStyle(e).backgroundColor;
    if (colour && colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return 'white';
}

/**
 * Switches the instance between the canvas and the WebGL renderer in place. Cytoscape's
 * `mount` destroys the renderer and starts a new one from the instance's own options (this is
 * the only way: react-cytoscapejs passes no renderer options), so the elements, their classes and
 * state, the viewport and every listener stay as they are; only the drawing starts afresh.
 */
export function switchRenderer(cy: Core, webgl: boolean) {
  const container = cy.container();
  if (!container || cy.destroyed()) return;
  container.style.backgroundColor = '';
  const background = visibleBackground(container);
  (cy as unknown as WithOptions)._private.options.webgl = webgl;
  container.style.backgroundColor = webgl ? background : '';
  const old = webglLayer(container);
  cy.mount(container);
  if (old !== webglLayer(container)) loseContext(old);
  dropStrayWebglLayer(cy);
  // `mount` drops what the old renderer had worked out per element (edge points, label lines) and
  // re-applies the stylesheet only if one was passed to the constructor — react-cytoscapejs sets
  // it later — so nothing would queue them again: edges and labels would not be drawn. Marking
  // every bounding box dirty queues each element once, without a restyle.
  (cy.elements() as unknown as { dirtyBoundingBoxCache(): void }).dirtyBoundingBoxCache();
}
