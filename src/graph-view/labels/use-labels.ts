/**
 * Keeps the canvas labelled: a new labelling when the view settles (after a pan, a zoom, a resize
 * or a layout animation: never inside a gesture, where it would cost frames) and whenever what is
 * highlighted changes (`revision`).
 */
import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { labelPass, type LabelInputs } from './label-pass';

/** How long the view must be still before labels are chosen again. */
const SETTLE_MS = 120;

export function useLabels(cy: Core, inputs: LabelInputs, revision: unknown) {
  const latest = useRef(inputs);
  useEffect(() => {
    latest.current = inputs;
  });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => labelPass(cy, latest.current), SETTLE_MS);
    };
    cy.on('viewport resize layoutstop', schedule);
    return () => {
      clearTimeout(timer);
      cy.off('viewport resize layoutstop', schedule);
    };
  }, [cy]);
  const first = useRef(true);
  useEffect(() => {
    // The very first labelling waits for the graph's first frame: the map shows at once, its names
    // one frame later.
    if (!first.current) return labelPass(cy, latest.current);
    first.current = false;
    const frame = requestAnimationFrame(() => labelPass(cy, latest.current));
    return () => cancelAnimationFrame(frame);
  }, [cy, revision]);
}
