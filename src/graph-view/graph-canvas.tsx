/**
 * The canvas: one Cytoscape instance for the app's lifetime. Elements are built once per graph
 * from precomputed positions (no layout runs at start-up); everything that changes afterwards —
 * selection, filters, focus, layout — is pushed in by <CanvasController> as classes and positions.
 */
import type { Core } from 'cytoscape';
import { useMemo, useState, type ReactNode } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { selectAtlas, selectPositions } from '../store/selectors';
import { CanvasController } from './canvas-controller';
import { CyContext } from './cy-context';
import { toElements } from './elements';
import { STYLESHEETS, type Theme } from './stylesheet';

/** A stable layout object: a new one would make react-cytoscapejs re-run the layout. */
const PRESET = { name: 'preset', fit: true, padding: 30 };
const CANVAS_STYLE = { width: '100%', height: '100%' };

export function GraphCanvas({ theme, children }: { theme: Theme; children?: ReactNode }) {
  const atlas = useAppStore(selectAtlas);
  const positions = useAppStore(selectPositions);
  const store = useAppStoreApi();
  const [cy, setCy] = useState<Core | null>(null);
  // Start from the layout the URL asked for; later switches animate from there.
  const elements = useMemo(
    () => toElements(atlas.index.graph, positions[store.getState().layout]),
    [atlas, positions, store],
  );
  return (
    <CyContext.Provider value={cy}>
      <CytoscapeComponent
        elements={elements}
        stylesheet={STYLESHEETS[theme]}
        layout={PRESET}
        style={CANVAS_STYLE}
        className="graph-canvas"
        cy={(instance) => {
          if (instance === cy) return;
          setCy(instance);
          // The end-to-end tests and the benchmark read the canvas through this handle.
          (window as unknown as { __stackAtlasCy?: Core }).__stackAtlasCy = instance;
        }}
        minZoom={0.1}
        maxZoom={3}
        boxSelectionEnabled={false}
        autounselectify={false}
      />
      {cy && <CanvasController cy={cy} />}
      {children}
    </CyContext.Provider>
  );
}
