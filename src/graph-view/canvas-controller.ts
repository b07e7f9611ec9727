/**
 * Renders nothing; keeps the Cytoscape instance in step with the store. Listeners are registered
 * once per instance; classes are applied in one batch; layout switches animate to precomputed
 * positions, so nodes never jump when only the selection, focus or filters change.
 */
import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import {
  selectLayout,
  selectPositions,
  selectSelectedId,
  selectVisibility,
  selectFocus,
  selectFilters,
} from '../store/selectors';
import { GROUP_IDS } from './drawn-nodes';

/** Above this many nodes, jump instead of animating: animated viewports redraw every frame. */
const ANIMATION_LIMIT = 1000;

export function CanvasController({ cy }: { cy: Core }) {
  const store = useAppStoreApi();
  const selectedId = useAppStore(selectSelectedId);
  const visibility = useAppStore(selectVisibility);
  const focus = useAppStore(selectFocus);
  const mode = useAppStore(selectFilters).mode;
  const layout = useAppStore(selectLayout);
  const positions = useAppStore(selectPositions);
  const firstLayout = useRef(true);

  // Taps select; a tap on the background clears the selection.
  useEffect(() => {
    const onNode = (event: { target: NodeSingular }) => store.getState().select(event.target.id());
    const onBackground = (event: { target: unknown }) => {
      if (event.target === cy) store.getState().select(null);
    };
    cy.on('tap', 'node', onNode);
    cy.on('tap', onBackground);
    return () => {
      cy.off('tap', 'node', onNode);
      cy.off('tap', onBackground);
    };
  }, [cy, store]);

  // Selection: mirror it and bring the node into view.
  useEffect(() => {
    cy.batch(() => {
      cy.$(':selected').unselect();
      if (selectedId) cy.getElementById(selectedId).select();
    });
    const node = selectedId ? cy.getElementById(selectedId) : null;
    if (!node || node.empty()) return;
    const zoom = Math.max(cy.zoom(), 0.9);
    if (cy.nodes().length > ANIMATION_LIMIT) {
      cy.zoom(zoom);
      cy.center(node);
    } else cy.animate({ center: { eles: node }, zoom }, { duration: 350, easing: 'ease-in-out-cubic' });
  }, [cy, selectedId]);

  // Filters and focus: classes only, positions untouched.
  useEffect(() => {
    const out = mode === 'hide' ? 'filtered-out' : 'dimmed';
    cy.batch(() => {
      cy.elements().removeClass('filtered-out dimmed highlighted focus-root');
      cy.nodes().forEach((node) => {
        if (GROUP_IDS.includes(node.id())) return;
        if (!visibility.passing.has(node.id()) || !visibility.inFocus.has(node.id())) node.addClass(out);
        else if (focus) node.addClass('highlighted');
      });
      cy.edges().forEach((edge) => {
        const shown =
          visibility.passingEdges.has(edge.id()) &&
          visibility.inFocus.has(edge.source().id()) &&
          visibility.inFocus.has(edge.target().id());
        if (!shown) edge.addClass(out);
        else if (focus) edge.addClass('highlighted');
      });
      if (focus) cy.getElementById(focus.id).addClass('focus-root');
    });
  }, [cy, visibility, focus, mode]);

  // Layout: animate to the precomputed positions; the provider groups show only in their layout.
  useEffect(() => {
    const target = positions[layout];
    const groups = cy.nodes('.provider-group');
    if (layout === 'provider') groups.addClass('shown');
    else groups.removeClass('shown');
    const animate = !firstLayout.current && cy.nodes().length <= ANIMATION_LIMIT;
    firstLayout.current = false;
    cy.nodes(':childless')
      .layout({
        name: 'preset',
        positions: (node: NodeSingular) => target[node.id()] ?? node.position(),
        animate,
        animationDuration: 600,
        animationEasing: 'ease-in-out-cubic',
        fit: true,
        padding: 30,
      } as LayoutOptions)
      .run();
  }, [cy, layout, positions]);

  return null;
}
