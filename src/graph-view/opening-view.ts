/**
 * The view each layout opens on: the part of it a newcomer can read. Chosen by measuring the
 * opening views (readable labels, none overlapping: tests/e2e/canvas-legibility), not by taste.
 * Most layouts open whole. The provider layout opens on its top rows at a zoom where each row's
 * capability name and services read across, headed by the providers: the whole grid is too tall
 * to read at once, and the rest is a scroll away.
 */
import type { Core } from 'cytoscape';
import type { LayoutName } from '../store/view-options';
import { fittedViewport, type Viewport } from './camera';
import { coveredEdges } from './labels/covered-parts';

/** Room at the left of the provider grid for the capabilities' names, in pixels. */
const ROW_NAMES = 170;

export function openingViewport(cy: Core, layout: LayoutName): Viewport {
  const shown = cy
    .nodes(':childless')
    .filter((n) => !n.hasClass('filtered-out') && (!n.hasClass('annotation') || n.hasClass('shown')));
  if (layout !== 'provider') return fittedViewport(cy, shown, { labels: false });
  const grid = shown.filter(
    (n) => n.hasClass('kind-capability') || n.hasClass('kind-service') || n.hasClass('kind-provider'),
  );
  if (grid.empty()) return fittedViewport(cy, shown, { labels: false });
  const box = grid.boundingBox({ includeLabels: false });
  const zoom = Math.min(1.2, Math.max(cy.minZoom(), (cy.width() - ROW_NAMES - 90) / Math.max(box.w, 1)));
  const { top } = coveredEdges(cy);
  return { zoom, pan: { x: ROW_NAMES - box.x1 * zoom, y: top + 56 - box.y1 * zoom } };
}
