/**
 * Keeps the canvas labelled: a new labelling when the view settles (after a pan, a zoom, a resize
 * or a layout animation: never inside a gesture, where it would cost frames) and whenever what is
 * highlighted changes (`revision`). While the drawing is held (a large graph's overview image
 * standing in for Cytoscape, render-gate.ts) labels would not be seen: the pass waits until the
 * drawing resumes. At 45,000 nodes one pass is a task of 0.1–0.2 s.
 */
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useRef } from 'react';
import { DRAWING_RESUMED, drawingHeld } from '../render-gate';
import { labelPass, type LabelInputs } from './label-pass';

/** How long the view must be still before labels are chosen again. */
export const SETTLE_MS = 120;
/**
 * How long after a labelling the canvas is drawn once more. New labels are drawn as text in the
 * frame after the pass; Cytoscape makes their textures in the idle frames that follow, and the
 * first full frame after that paid for putting them on the canvas: the person's next click (the
 * selection frame took 108 ms against 61 ms for the same picture whose labels never changed). One
 * redraw in the idle time after the pass pays it before anyone clicks (42 against 46 ms).
 */
export const WARM_MS = 300;

/** `warm`: redraw after each labelling (WARM_MS); not for large graphs, where a redraw is a long task. */
export function useLabels(cy: Core, inputs: LabelInputs, revision: unknown, { warm: warming = true } = {}) {
  const latest = useRef(inputs);
  useEffect(() => {
    latest.current = inputs;
  });
  /** Passes run so far, so a resumed drawing can tell whether one ran after it. */
  const passes = useRef(0);
  const warm = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pass = useCallback(() => {
    if (drawingHeld(cy)) return;
    passes.current++;
    labelPass(cy, latest.current);
    if (!warming) return;
    clearTimeout(warm.current);
    warm.current = setTimeout(() => {
      if (!cy.destroyed() && !drawingHeld(cy)) cy.forceRender();
    }, WARM_MS);
  }, [cy, warming]);
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
        frame = requestAnimationFrame(pass);
      }, SETTLE_MS);
    };
    // Drawing resumes from inside a render's effects (a selection lifts the overview): the classes
    // the canvas controller sets in the same commit come first, and its own pass may make this one
    // needless.
    const resume = () => {
      const seen = passes.current;
      queueMicrotask(() => {
        if (passes.current === seen) pass();
      });
    };
    cy.on('viewport resize layoutstop', schedule);
    cy.on(DRAWING_RESUMED, resume);
    return () => {
      clearTimeout(timer);
      clearTimeout(warm.current);
      cancelAnimationFrame(frame);
      cy.off('viewport resize layoutstop', schedule);
      cy.off(DRAWING_RESUMED, resume);
    };
  }, [cy, pass]);
  const first = useRef(true);
  useEffect(() => {
    // The very first labelling waits for the graph's first frame: the map shows at once, its names
    // one frame later.
    if (!first.current) return pass();
    first.current = false;
    const frame = requestAnimationFrame(pass);
    return () => cancelAnimationFrame(frame);
  }, [cy, pass, revision]);
}
