/**
 * The canvas: one Cytoscape instance per drawing mode. Elements are built once per graph from
 * precomputed positions (no layout runs at start-up); everything that changes afterwards —
 * selection, filters, focus, layout — is pushed in by <CanvasController> as classes and positions.
 *
 * Large graphs (see large-graph.ts) are drawn in a cheaper mode. Hiding edges and reusing a texture
 * while the view moves are constructor options of Cytoscape, so the instance is rebuilt when the
 * mode flips (opening a graph of another size), never otherwise. In that mode a frame-rate check
 * may switch the same instance to Cytoscape's WebGL renderer (renderer-choice.tsx). There each graph
 * gets its own instance, which starts empty: the elements go in by slices (use-sliced-loading.ts)
 * under the overview image (overview-layer.tsx), and the controller, keyboard and the rest of the app
 * get the instance only once every element is in.
 */
import type { Core } from 'cytoscape';
import { useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { isFiltered } from '../store/filters';
import { selectAtlas, selectLayout, selectPositions } from '../store/selectors';
import type { AppState } from '../store/app-state';
import type { Atlas } from '../domain/atlas';
import { overviewFor } from '../layouts/overview-cache';
import { CanvasController } from './canvas-controller';
import { CanvasKeyboard } from './canvas-keyboard';
import { CyContext, PublishCyContext } from './cy-context';
import { toElements } from './elements';
import { layoutAnnotations } from '../layouts/annotations';
import { drawsAsLargeGraph } from '../encoding/large-graph';
import { dropStrayWebglLayer } from './webgl-switch';
import { RendererControl, useRendererChoice } from './renderer-choice';
import { LARGE_STYLESHEETS, STYLESHEETS, type Theme } from './stylesheet';
import { packPoints } from './level-of-detail';
import { OverviewLayer } from './overview-layer';
import { useSlicedLoading } from './use-sliced-loading';
import { useElementsInSteps } from './use-elements-in-steps';

const CANVAS_STYLE = { width: '100%', height: '100%' };
/** Large graphs: react-cytoscapejs is given no elements (they go in by slices), always this same array. */
const NO_ELEMENTS: never[] = [];

/** One number per opened graph: a large graph's instance is keyed by it, so each graph starts afresh. */
const graphNumbers = new WeakMap<Atlas, number>();
let graphsSeen = 0;
const graphNumber = (atlas: Atlas) => {
  if (!graphNumbers.has(atlas)) graphNumbers.set(atlas, ++graphsSeen);
  return graphNumbers.get(atlas)!;
};

/** Whether anything only Cytoscape draws is on: a selection, a highlight, a filter, a level. */
const selectDecorated = (s: AppState) =>
  s.selectedId !== null ||
  s.focus !== null ||
  s.trace !== null ||
  s.path !== null ||
  s.level !== null ||
  isFiltered(s.filters);

export function GraphCanvas({ theme, children }: { theme: Theme; children?: ReactNode }) {
  const atlas = useAppStore(selectAtlas);
  const positions = useAppStore(selectPositions);
  const store = useAppStoreApi();
  const publish = useContext(PublishCyContext);
  const [mounted, setMounted] = useState<{ cy: Core; mode: string } | null>(null);
  const large = useMemo(() => drawsAsLargeGraph(atlas.index.graph), [atlas]);
  // Start from the layout the URL asked for; later switches animate from there. A large graph's
  // elements are built after this render, in steps (use-elements-in-steps.ts).
  const normalElements = useMemo(
    () =>
      large
        ? null
        : toElements(
            atlas.index.graph,
            positions[store.getState().layout],
            layoutAnnotations(atlas.index.graph, positions),
          ),
    [large, atlas, positions, store],
  );
  const startLayout = useCallback(() => store.getState().layout, [store]);
  const largeElements = useElementsInSteps(large ? atlas.index.graph : null, positions, startLayout);
  const elements = normalElements ?? largeElements ?? NO_ELEMENTS;
  const layout = useAppStore(selectLayout);
  const decorated = useAppStore(selectDecorated);
  const overview = large ? overviewFor(positions, layout) : null;
  const points = useMemo(() => packPoints(large ? positions[layout] : {}), [large, positions, layout]);
  const mode = large ? `large-${graphNumber(atlas)}` : 'normal';
  // Right after the mode flips, the old instance is gone and the new one not yet reported.
  const instance = mounted && mounted.mode === mode && !mounted.cy.destroyed() ? mounted.cy : null;
  const loaded = useSlicedLoading(instance, large, largeElements, overview, store);
  const cy = loaded ? instance : null;

  useEffect(() => {
    if (!publish) return;
    publish(cy);
    return () => publish(null);
  }, [publish, cy]);

  // The WebGL check draws a sample of this graph, styled as the canvas is, at the canvas's size.
  const sample = useCallback(
    () => ({
      elements,
      style: LARGE_STYLESHEETS[theme],
      width: cy?.width() ?? 800,
      height: cy?.height() ?? 600,
    }),
    [elements, theme, cy],
  );
  const drawing = useRendererChoice(cy, large, theme, sample);

  return (
    <CyContext.Provider value={cy}>
      <CytoscapeComponent
        key={`canvas-${mode}`}
        elements={large ? NO_ELEMENTS : elements}
        stylesheet={(large ? LARGE_STYLESHEETS : STYLESHEETS)[theme]}
        style={CANVAS_STYLE}
        className="graph-canvas"
        cy={(instance) => {
          if (mounted?.cy === instance) return;
          dropStrayWebglLayer(instance);
          setMounted({ cy: instance, mode });
          // The end-to-end tests and the benchmark read the canvas through this handle.
          (window as unknown as { __stackAtlasCy?: Core }).__stackAtlasCy = instance;
        }}
        minZoom={0.1}
        maxZoom={3}
        boxSelectionEnabled={false}
        autounselectify={false}
        // Nodes stay where their layout put them: a drag pans the map, as on a phone. A dragged node
        // would leave its label placement behind and be lost at the next layout switch, and a press
        // that grabs a node makes Cytoscape redraw every element twice for a mere click.
        autoungrabify
        hideEdgesOnViewport={large}
        // While the view moves, one picture of the canvas is moved instead of redrawing every
        // label on every frame; the labels are redrawn (and chosen again) once it settles.
        textureOnViewport
      />
      {large && instance && (
        <OverviewLayer
          key={`overview-${mode}`}
          cy={instance}
          overview={overview}
          points={points}
          loading={!loaded}
          decorated={decorated}
        />
      )}
      {cy && <CanvasController key={`controller-${mode}`} cy={cy} />}
      {cy && <CanvasKeyboard key={`keyboard-${mode}`} cy={cy} />}
      {large && (
        <div className="canvas-corner">
          <p className="canvas-large-note" role="note">
            Large graph: simplified drawing while moving
          </p>
          <RendererControl
            check={drawing.check}
            renderer={drawing.renderer}
            chosenByPerson={drawing.chosenByPerson}
            onChoose={drawing.setChoice}
          />
        </div>
      )}
      {children}
    </CyContext.Provider>
  );
}
