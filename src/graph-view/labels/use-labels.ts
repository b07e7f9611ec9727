/**
 * Keeps the canvas labelled: a new labelling when the view settles (after a pan, a zoom, a resize
 * or a layout animation: never inside a gesture, where it would cost frames) and whenever what is
 * highlighted changes (`revision`).
 */
import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { labelPass, type LabelInputs } from './label-pass';

/** How long the view must be still before labels are chosen again. */
export const SETTLE_MS = 120;

export function useLabels(cy: Core, inputs: LabelInputs, revision: unknown) {
  const latest = useRef(inputs);
  useEffect(() => {
    latest.current = inputs;
  });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    const schedule = () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      // The pass waits for the next frame too: when a long frame (Cytoscape drawing the picture it
      // moves during a zoom) held the page past SETTLE_MS, the timer runs before the wheel or pointer
      // events that queued meanwhile, which the browser hands over at the start of the next frame.
      // Those cancel the pass, so it never lands inside a gesture.
      timer = setTimeout(() => {
        frame = requestAnimationFrame(() => labelPass(cy, latest.current));
      }, SETTLE_MS);
    };
    cy.on('viewport resize layoutstop', schedule);
    return () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
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
