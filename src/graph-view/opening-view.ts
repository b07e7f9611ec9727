/**
 * What each layout shows when it opens: the part of it a newcomer can read. Chosen by measuring
 * the opening views (readable labels, none overlapping), not by taste: see tests/e2e/legibility.
 */
import type { CollectionReturnValue, Core } from 'cytoscape';
import type { LayoutName } from '../store/view-options';

export function openingElements(cy: Core, layout: LayoutName): CollectionReturnValue {
  const shown = cy
    .nodes(':childless')
    .filter((n) => !n.hasClass('filtered-out') && (!n.hasClass('annotation') || n.hasClass('shown')));
  void layout;
  return shown;
}
