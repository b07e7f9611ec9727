/**
 * Holds Cytoscape's drawing back while a large graph is being taken in, or while its overview image
 * stands in for it (overview-layer.tsx). Cytoscape redraws every element in view on the frame after
 * any change; at tens of thousands of elements in view that frame is a task of a second or more, so
 * it is skipped rather than made cheaper. Cytoscape's render loop calls `renderer.render` on each
 * frame that needs drawing: the gate wraps that one method of this instance (a no-op while any hold
 * is on) and asks for a frame when the last hold is released. Events, hit tests and the viewport
 * keep working throughout.
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

export function renderGate(cy: Core): RenderGate {
  const existing = gates.get(cy);
  if (existing) return existing;
  const reasons = new Set<string>();
  const renderer = (cy as unknown as { renderer: () => Renderer | undefined }).renderer();
  if (renderer) {
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
    },
    held: () => reasons.size > 0,
  };
  gates.set(cy, gate);
  return gate;
}
