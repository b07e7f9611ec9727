/**
 * The parts of the canvas that other things cover: the bars, buttons and legend drawn over it
 * (everything in the canvas's area besides the canvas itself), in canvas pixels. Labels are not
 * placed under them, and answers are fitted around them.
 */
import type { Core } from 'cytoscape';
import type { Box } from './place-labels';

export function coveredParts(cy: Core): Box[] {
  const container = cy.container();
  const area = container?.parentElement;
  if (!container || !area) return [];
  const origin = container.getBoundingClientRect();
  const boxes: Box[] = [];
  for (const element of area.children) {
    if (element === container || !(element instanceof HTMLElement)) continue;
    const r = element.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) continue;
    // Whole-canvas layers (the comparison) are views of their own, not overlays.
    if (r.width >= origin.width - 1 && r.height >= origin.height - 1) continue;
    boxes.push({
      x1: r.left - origin.left,
      y1: r.top - origin.top,
      x2: r.right - origin.left,
      y2: r.bottom - origin.top,
    });
  }
  return boxes;
}

/** How much of the canvas's top and bottom edges the overlays take (for fitting an answer). */
export function coveredEdges(cy: Core): { top: number; bottom: number } {
  const h = cy.height();
  let top = 0;
  let bottom = 0;
  for (const b of coveredParts(cy)) {
    // Small controls in a corner leave the view usable; bars across the canvas do not.
    if (b.x2 - b.x1 < cy.width() * 0.25) continue;
    if (b.y1 < h * 0.35) top = Math.max(top, b.y2);
    else if (b.y2 > h * 0.65) bottom = Math.max(bottom, h - b.y1);
  }
  return { top, bottom };
}
