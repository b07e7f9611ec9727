/**
 * Holds Cytoscape's drawing back while a large graph is being taken in, or while its overview image
 * stands in for it (overview-layer.tsx). Cytoscape redraws every element in view on the frame after
 * any change; at tens of thousands of elements in view that frame is a task of a second or more, so
 * it is skipped rather than made cheaper. Cytoscape's render loop calls `renderer.render` on each
 * frame that needs drawing: the gate wraps that one method of this instance (a no-op while any hold
 * is on) and asks for a frame when the last hold is released, telling the instance's listeners
 * (DRAWING_RESUMED) so work that only serves the drawing, such as choosing labels, waits for it.
 * Events, hit tests and the viewport keep working throughout.
 */
import type { Core } from 'cytoscape';

interface Renderer {
  render: (options?: unknown) => void;
}

export interface RenderGate {
  hold: (reason: string) => void;
  release: (reason: string) => void;
  held: () => boolean;
}

const gates = new WeakMap<Core, RenderGate>();

/** The event the instance emits when its drawing resumes (the last hold released). */
export const DRAWING_RESUMED = 'drawingresumed';

/** Whether the instance's drawing is held now (without giving it a gate if it has none). */
export const drawingHeld = (cy: Core) => gates.get(cy)?.held() ?? false;

export function renderGate(cy: Core): RenderGate {
  const existing = gates.get(cy);
  if (existing) return existing;
  const reasons = new Set<string>();
  const renderer = (cy as unknown as { renderer: () => Renderer | undefined }).renderer();
  // A headless instance's renderer draws nothing and has no render method.
  if (typeof renderer?.render === 'function') {
    const draw = renderer.render.bind(renderer);
    renderer.render = (options) => {
      if (reasons.size === 0) draw(options);
    };
  }
  const gate: RenderGate = {
    hold: (reason) => void reasons.add(reason),
    release: (reason) => {
      if (!reasons.delete(reason) || reasons.size > 0 || cy.destroyed()) return;
      // The frames skipped while held drew nothing: redraw everything once.
      cy.forceRender();
      cy.emit(DRAWING_RESUMED);
    },
    held: () => reasons.size > 0,
  };
  gates.set(cy, gate);
  return gate;
}
