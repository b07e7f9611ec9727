/**
 * Renders nothing; keeps the Cytoscape instance in step with the store. Listeners are registered
 * once per instance; classes are applied in one batch; layout switches animate to precomputed
 * positions, so nodes never jump when only the selection, focus or filters change. The camera
 * follows the answer (a focus, trace, path or a service's counterparts is fitted into view, and
 * clearing it returns to the view the person had), and the labels are chosen last, from the
 * classes the other effects set.
 */
import type { CollectionArgument, Core, LayoutOptions, NodeSingular, SingularElementArgument } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
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
  selectProgress,
  selectPlanSettings,
} from '../store/selectors';
import type { Visibility } from '../store/visibility';
import { chainLayout } from '../layouts/chain-layout';
import { animates, fittedViewport, moveTo, viewportOf, type Viewport } from './camera';
import { labelPrefix, stepNumbers } from './canvas-marks';
import { counterpartHighlight } from './counterparts';
import { labelPriorities } from './labels/label-priority';
import { useLabels } from './labels/use-labels';
import { openingViewport } from './opening-view';
import { drawsAsLargeGraph } from '../encoding/large-graph';
import { overviewFor } from '../layouts/overview-cache';

export function CanvasController({ cy }: { cy: Core }) {
  const store = useAppStoreApi();
  const atlas = useAppStore((s) => s.atlas);
  const selectedId = useAppStore(selectSelectedId);
  const visibility = useAppStore(selectVisibility);
  const focus = useAppStore(selectFocus);
  const layout = useAppStore(selectLayout);
  const positions = useAppStore(selectPositions);
  const filters = useAppStore(selectFilters);
  const trace = useAppStore(selectTrace);
  const path = useAppStore(selectPath);
  const level = useAppStore(selectLevel);
  const progress = useAppStore(selectProgress);
  const plan = useAppStore(selectPlanSettings);
  const large = useMemo(() => drawsAsLargeGraph(atlas.index.graph), [atlas]);
  const firstLayout = useRef(true);
  /** The node the person just tapped: no need to move the viewport to what they are looking at. */
  const tapped = useRef<string | null>(null);
  /** Whether any filter or focus classes are on the canvas, so a plain view skips the class pass. */
  const decorated = useRef(false);
  /** The view the person had before the camera went to an answer, to return to when it is cleared. */
  const before = useRef<Viewport | null>(null);
  /**
   * A large graph's instance is its own and new (graph-canvas.tsx): until this controller's first
   * pass is over, no element carries a class or a selection the controller sets, so that pass skips
   * the selector queries that would only find nothing (the selection is still read: a tap during
   * loading may have selected a node). Each walks the whole graph: at 45,000 nodes
   * and 111,000 edges together they made the first pass one task of 0.25–0.3 s. Normal graphs
   * take every query, as they always have.
   */
  const fresh = useRef(large);

  // Cytoscape only measures its container on window resizes; drawers and grid changes need this.
  const [narrow, setNarrow] = useState(() => isNarrow(cy));
  useEffect(() => {
    const container = cy.container();
    if (!container || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      cy.resize();
      setNarrow(isNarrow(cy));
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [cy]);
  // On a narrow canvas (a phone) a chain spread over the whole map cannot be read in place: it is
  // always shown alone.
  const alone = !!trace && (trace.alone || narrow);

  // Taps select; a tap on the background clears the selection.
  useEffect(() => {
    const onNode = (event: { target: NodeSingular }) => {
      if (event.target.hasClass('annotation')) return;
      const id = event.target.id();
      tapped.current = id;
      // Cytoscape draws the selection in its next animation frame; the panels render in a task after
      // that frame, so the person sees the node selected at once (a bare timeout would run first).
      requestAnimationFrame(() => setTimeout(() => store.getState().select(id), 0));
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

  // A selected cloud service lights up its capabilities and its counterparts on the other clouds.
  const counterparts = useMemo(
    () =>
      selectedId
        ? counterpartHighlight(atlas.index, selectedId)
        : { nodes: new Set<string>(), edges: new Set<string>() },
    [atlas, selectedId],
  );
  useEffect(() => {
    if (fresh.current && counterparts.nodes.size + counterparts.edges.size === 0) return;
    const lit = cy.collection();
    for (const id of [...counterparts.nodes, ...counterparts.edges]) lit.merge(cy.getElementById(id));
    cy.batch(() => {
      const current = cy.elements('.counterpart');
      current.difference(lit).removeClass('counterpart');
      lit.difference(current).addClass('counterpart');
    });
  }, [cy, counterparts]);

  // Selection: mirror it.
  useEffect(() => {
    const current = cy.$(':selected');
    if (!(current.length === 1 && current[0]!.id() === selectedId) && !(current.empty() && !selectedId))
      cy.batch(() => {
        current.unselect();
        if (selectedId) cy.getElementById(selectedId).select();
      });
  }, [cy, selectedId]);

  // Filters, level and highlights: classes only, positions untouched.
  useEffect(() => {
    const highlight = focus ?? trace ?? path;
    const active = highlight !== null || level !== null || isFiltered(filters);
    if (!active && !decorated.current) return;
    decorated.current = active;
    // A chain shown alone hides the rest whatever the filter mode says.
    const out = filters.mode === 'hide' || alone ? 'filtered-out' : 'dimmed';
    const roots = focus ? [focus.id] : trace ? [trace.id] : path ? [path.from, path.to] : [];
    const changes = stateClassChanges(cy, visibility, out, highlight !== null, roots);
    cy.batch(() => {
      for (const { cls, add, remove } of changes) {
        if (remove.length) collectionOf(cy, remove).removeClass(cls);
        if (add.length) collectionOf(cy, add).addClass(cls);
      }
    });
  }, [cy, visibility, focus, trace, path, level, filters, alone]);

  // Progress on the nodes: a ring and a mark, for every item the person has marked.
  useEffect(() => {
    cy.batch(() => {
      if (!fresh.current)
        cy.nodes('.learned, .learning').forEach((node) => {
          const status = progress.items[node.id()];
          if (!node.hasClass(status ?? '')) node.removeClass('learned learning');
        });
      for (const [id, status] of Object.entries(progress.items)) {
        const node = cy.getElementById(id);
        if (node.nonempty() && !node.hasClass(status)) node.addClass(status);
      }
    });
  }, [cy, progress]);

  // The camera follows the answer: what a focus, trace or path lights, or a service's counterparts.
  const answerKey =
    focus !== null
      ? `focus:${focus.id}:${focus.depth}:${focus.direction}`
      : trace && !alone
        ? `trace:${trace.mode}:${trace.id}`
        : path
          ? `path:${path.from}:${path.to}:${path.kinds}`
          : counterparts.nodes.size > 0
            ? `counterparts:${selectedId}`
            : null;
  useEffect(() => {
    if (!answerKey) {
      if (before.current) moveTo(cy, before.current);
      before.current = null;
      return;
    }
    const ids = answerKey.startsWith('counterparts:')
      ? new Set([...counterparts.nodes, selectedId!])
      : selectVisibility(store.getState()).inFocus;
    const answer = cy.nodes(':childless').filter((n) => ids.has(n.id()) && !n.hasClass('filtered-out'));
    if (answer.empty()) return;
    before.current ??= viewportOf(cy);
    moveTo(cy, fittedViewport(cy, answer));
    // Only the answer's key: the counterparts and visibility it reads belong to that key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, answerKey, store]);

  // A selection made elsewhere (search, outline, a panel) is brought into view at a readable zoom,
  // unless it was tapped right there or the camera is showing an answer that holds it.
  useEffect(() => {
    const fromCanvas = tapped.current === selectedId;
    tapped.current = null;
    const node = selectedId ? cy.getElementById(selectedId) : null;
    if (!node || node.empty() || fromCanvas || answerKey) return;
    // Already in view at a zoom where its neighbours read too (e.g. stepping with the arrow keys).
    const at = node.renderedPosition();
    const inView = at.x > 60 && at.y > 60 && at.x < cy.width() - 60 && at.y < cy.height() - 60;
    if (inView && cy.zoom() >= 0.6) return;
    const zoom = Math.max(cy.zoom(), 0.9);
    if (animates(cy)) cy.animate({ center: { eles: node }, zoom }, { duration: 350, easing: 'ease-in-out-cubic' });
    else {
      cy.zoom(zoom);
      cy.center(node);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, selectedId]);

  // Layout: animate to the precomputed positions (or to a layered layout of a chain shown alone),
  // then show the layout's own view of itself: its annotations, and its opening view.
  const aloneChain = alone ? `${trace!.mode}:${trace!.id}` : null;
  useEffect(() => {
    const chainAlone = aloneChain !== null;
    const target = chainAlone
      ? chainLayout(
          store.getState().atlas.index.graph,
          selectVisibility(store.getState()).inFocus,
          cy.width() / Math.max(cy.height(), 1),
        )
      : positions[layout];
    // In the provider layout the groups say who offers what: the offered-by lines would only add noise.
    // (Fresh, outside the provider layout, neither has anything to take off.)
    const provider = layout === 'provider';
    cy.batch(() => {
      if (!fresh.current || provider) {
        cy.nodes('.provider-group').toggleClass('shown', provider && !chainAlone);
        cy.edges('.edge-offered-by').toggleClass('layout-muted', provider);
      }
      cy.nodes('.annotation').forEach((a) => {
        a.toggleClass('shown', !chainAlone && a.data('layout') === layout);
      });
    });
    // The elements were created at this layout's positions: only the camera moves the first time.
    // A large graph opened on its overview image, already fitted to the whole graph (the opening
    // view of every layout but the provider grid's): measuring 45,000 nodes again would only
    // lengthen the first pass.
    if (firstLayout.current && !chainAlone) {
      firstLayout.current = false;
      const fitted = fresh.current && layout !== 'provider' && overviewFor(positions, layout) !== null;
      if (!answerKey && !selectedId && !fitted) cy.viewport(openingViewport(cy, layout));
      return;
    }
    firstLayout.current = false;
    before.current = null; // the positions it held are gone
    const animate = animates(cy);
    const run = cy
      .nodes(':childless')
      .not('.annotation')
      .layout({
        name: 'preset',
        positions: (node: NodeSingular) => target[node.id()] ?? node.position(),
        animate,
        animationDuration: 600,
        animationEasing: 'ease-in-out-cubic',
        fit: false,
      } as LayoutOptions);
    run.one('layoutstop', () =>
      moveTo(
        cy,
        chainAlone
          ? fittedViewport(cy, cy.nodes(':childless').not('.filtered-out, .annotation'), { padding: 16 })
          : openingViewport(cy, layout),
      ),
    );
    run.run();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, layout, positions, aloneChain, store]);

  // Labels, last: they read the classes set above.
  const priorities = useMemo(() => labelPriorities(atlas.index.graph), [atlas]);
  const steps = useMemo(() => stepNumbers(atlas.index, trace, progress, plan), [atlas, trace, progress, plan]);
  useLabels(
    cy,
    {
      priority: (node) => {
        if (node.hasClass('annotation')) return 1e9;
        // The provider layout's row names and column heads come before any item.
        if (layout === 'provider' && (node.hasClass('kind-capability') || node.hasClass('kind-provider'))) return 1e8;
        return priorities.get(node.id()) ?? 0;
      },
      prefix: (id) => labelPrefix(id, steps, progress),
      sides: (node) =>
        layout === 'provider' && node.hasClass('kind-capability')
          ? ['left']
          : layout === 'provider' && node.hasClass('kind-provider')
            ? ['top']
            : undefined,
    },
    [visibility, selectedId, counterparts, steps, progress, layout, focus, trace, path, filters, level],
    { warm: !large },
  );
  // After every effect above (effects run in order): the first pass is over.
  useEffect(() => {
    fresh.current = false;
  }, []);

  return null;
}

/** Narrower than this, in pixels, a traced chain is always shown alone. */
const NARROW_CANVAS = 560;
const isNarrow = (cy: Core) => cy.width() > 0 && cy.width() < NARROW_CANVAS;

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
    if (node.hasClass('provider-group') || node.hasClass('annotation')) settle(node, null, false);
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
