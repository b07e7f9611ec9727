/** Zoom in, zoom out and fit, for people without a wheel or a trackpad. */
import { useCy } from './cy-context';

export function ZoomControls() {
  const cy = useCy();
  const zoomBy = (factor: number) => {
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button type="button" onClick={() => zoomBy(1.25)} aria-label="Zoom in" title="Zoom in">
        +
      </button>
      <button type="button" onClick={() => zoomBy(0.8)} aria-label="Zoom out" title="Zoom out">
        −
      </button>
      <button type="button" onClick={() => cy?.fit(undefined, 30)} aria-label="Fit the graph to the screen" title="Fit">
        ⤢
      </button>
    </div>
  );
}
