/**
 * Renders nothing; keeps the Cytoscape instance in step with the store. Listeners are registered
 * once per instance; classes are applied in one batch; layout switches animate to precomputed
 * positions, so nodes never jump when only the selection, focus or filters change.
 */
import type { CollectionArgument, Core, LayoutOptions, NodeSingular, SingularElementArgument } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { isFiltered } from '../store/filters';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import {
  selectLayout,
  selectPositions,
  selectSelectedId,
  selectVisibility,
  selectFocus,
  selectFilters,
  selectTrace,
  selectPath,
  selectLevel,
} from '../store/selectors';
import type { Visibility } from '../store/visibility';
import { chainLayout } from '../layouts/chain-layout';
import { counterpartHighlight } from './counterparts';

/** Above this many nodes, jump instead of animating: animated viewports redraw every frame. */
const ANIMATION_LIMIT = 1000;

export function CanvasController({ cy }: { cy: Core }) {
  const store = useAppStoreApi();
  const selectedId = useAppStore(selectSelectedId);
  const visibility = useAppStore(selectVisibility);
  const focus = useAppStore(selectFocus);
  const layout = useAppStore(selectLayout);
  const positions = useAppStore(selectPositions);
  const filters = useAppStore(selectFilters);
  const trace = useAppStore(selectTrace);
  const path = useAppStore(selectPath);
  const level = useAppStore(selectLevel);
  const firstLayout = useRef(true);
  /** The node the person just tapped: no need to move the viewport to what they are looking at. */
  const tapped = useRef<string | null>(null);
  /** Whether any filter or focus classes are on the canvas, so a plain view skips the class pass. */
  const decorated = useRef(false);

  // Cytoscape only measures its container on window resizes; drawers and grid changes need this.
  useEffect(() => {
    const container = cy.container();
    if (!container || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => cy.resize());
    observer.observe(container);
    return () => observer.disconnect();
  }, [cy]);

  // Taps select; a tap on the background clears the selection.
  useEffect(() => {
    const onNode = (event: { target: NodeSingular }) => {
      const id = event.target.id();
      tapped.current = id;
      // Cytoscape has already drawn the selection; let that frame out before React renders the panels.
      setTimeout(() => store.getState().select(id), 0);
    };
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

  // Selection: mirror it and bring the node into view, unless it was tapped right there.
  useEffect(() => {
    const current = cy.$(':selected');
    if (!(current.length === 1 && current[0]!.id() === selectedId) && !(current.empty() && !selectedId))
      cy.batch(() => {
        current.unselect();
        if (selectedId) cy.getElementById(selectedId).select();
      });
    const fromCanvas = tapped.current === selectedId;
    tapped.current = null;
    const node = selectedId ? cy.getElementById(selectedId) : null;
    if (!node || node.empty() || fromCanvas) return;
    const zoom = Math.max(cy.zoom(), 0.9);
    if (cy.nodes().length > ANIMATION_LIMIT) {
      cy.zoom(zoom);
      cy.center(node);
    } else cy.animate({ center: { eles: node }, zoom }, { duration: 350, easing: 'ease-in-out-cubic' });
  }, [cy, selectedId]);

  // A selected cloud service lights up its capabilities and its counterparts on the other clouds.
  useEffect(() => {
    const { index } = store.getState().atlas;
    const { nodes, edges } = selectedId
      ? counterpartHighlight(index, selectedId)
      : { nodes: new Set<string>(), edges: new Set<string>() };
    const lit = cy.collection();
    for (const id of [...nodes, ...edges]) lit.merge(cy.getElementById(id));
    cy.batch(() => {
      const current = cy.elements('.counterpart');
      current.difference(lit).removeClass('counterpart');
      lit.difference(current).addClass('counterpart');
    });
  }, [cy, selectedId, store]);

  // Filters, level and highlights: classes only, positions untouched.
  useEffect(() => {
    const highlight = focus ?? trace ?? path;
    const active = highlight !== null || level !== null || isFiltered(filters);
    if (!active && !decorated.current) return;
    decorated.current = active;
    // A chain shown alone hides the rest whatever the filter mode says.
    const out = filters.mode === 'hide' || trace?.alone ? 'filtered-out' : 'dimmed';
    const roots = focus ? [focus.id] : trace ? [trace.id] : path ? [path.from, path.to] : [];
    const changes = stateClassChanges(cy, visibility, out, highlight !== null, roots);
    cy.batch(() => {
      for (const { cls, add, remove } of changes) {
        if (remove.length) collectionOf(cy, remove).removeClass(cls);
        if (add.length) collectionOf(cy, add).addClass(cls);
      }
    });
  }, [cy, visibility, focus, trace, path, level, filters]);

  // A new trace or path is brought into view whole: its ends may lie far apart on the canvas.
  const chainKey =
    trace && !trace.alone
      ? `trace:${trace.mode}:${trace.id}`
      : path
        ? `path:${path.from}:${path.to}:${path.kinds}`
        : null;
  useEffect(() => {
    if (!chainKey) return;
    const ids = selectVisibility(store.getState()).inFocus;
    const chain = cy.nodes(':childless').filter((n) => ids.has(n.id()));
    if (chain.empty()) return;
    const options = { fit: { eles: chain, padding: 60 } };
    if (cy.nodes().length > ANIMATION_LIMIT) cy.fit(chain, 60);
    else cy.animate(options, { duration: 450, easing: 'ease-in-out-cubic' });
  }, [cy, chainKey, store]);

  // Layout: animate to the precomputed positions (or to a layered layout of a chain shown alone);
  // the provider groups show only in their layout.
  const aloneChain = trace?.alone ? `${trace.mode}:${trace.id}` : null;
  useEffect(() => {
    const target = aloneChain
      ? chainLayout(store.getState().atlas.index.graph, selectVisibility(store.getState()).inFocus)
      : positions[layout];
    // In the provider layout the groups say who offers what: the offered-by lines would only add noise.
    const groups = cy.nodes('.provider-group');
    const offeredBy = cy.edges('.edge-offered-by');
    if (layout === 'provider') {
      groups.addClass('shown');
      offeredBy.addClass('layout-muted');
    } else {
      groups.removeClass('shown');
      offeredBy.removeClass('layout-muted');
    }
    // The elements were created at this layout's positions: nothing to move the first time.
    if (firstLayout.current) {
      firstLayout.current = false;
      if (!aloneChain) return;
    }
    const animate = cy.nodes().length <= ANIMATION_LIMIT;
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
  }, [cy, layout, positions, aloneChain, store]);

  return null;
}

/** The classes the filters, the level and the highlights put on elements (set here only). */
const STATE_CLASSES = ['filtered-out', 'dimmed', 'highlighted', 'focus-root'] as const;
type StateClass = (typeof STATE_CLASSES)[number];
type Element = SingularElementArgument;

/** Cytoscape builds a collection from an array of its elements in one go; its typings only list definitions. */
const collectionOf = (cy: Core, eles: Element[]) => cy.collection(eles as unknown as CollectionArgument);

/**
 * Which elements must gain or lose each state class, in one walk over the elements: a node outside
 * the filters or the highlight gets `out`, one inside a highlight `highlighted`; an edge likewise,
 * judged by the chain when there is one, otherwise by its kind and both ends; the highlight's roots
 * get `focus-root`. Only elements whose classes change are listed, so the caller touches nothing
 * else and makes one addClass/removeClass call per class (one-element calls cost ~1 s at 20k).
 */
export function stateClassChanges(
  cy: Core,
  visibility: Visibility,
  out: 'filtered-out' | 'dimmed',
  highlight: boolean,
  roots: readonly string[],
): { cls: StateClass; add: Element[]; remove: Element[] }[] {
  const changes = STATE_CLASSES.map((cls) => ({ cls, add: [] as Element[], remove: [] as Element[] }));
  const rootSet = new Set(roots);
  const { passing, inFocus, passingEdges, chainEdges } = visibility;
  const inside: StateClass | null = highlight ? 'highlighted' : null;
  /** `wanted`: the one of filtered-out / dimmed / highlighted the element should have, if any. */
  const settle = (ele: Element, wanted: StateClass | null, root: boolean) => {
    for (const change of changes) {
      const has = ele.hasClass(change.cls);
      const should = change.cls === 'focus-root' ? root : wanted === change.cls;
      if (has !== should) (has ? change.remove : change.add).push(ele);
    }
  };
  cy.nodes().forEach((node) => {
    const id = node.id();
    if (node.hasClass('provider-group')) settle(node, null, false);
    else settle(node, passing.has(id) && inFocus.has(id) ? inside : out, rootSet.has(id));
  });
  cy.edges().forEach((edge) => {
    const id = edge.id();
    // data('source') rather than edge.source(): no collection built per edge.
    const shown = chainEdges
      ? chainEdges.has(id)
      : passingEdges.has(id) &&
        inFocus.has(edge.data('source') as string) &&
        inFocus.has(edge.data('target') as string);
    settle(edge, shown ? inside : out, false);
  });
  return changes;
}
