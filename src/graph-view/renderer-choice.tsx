/**
 * Canvas or WebGL, in the large-graph mode: the frame-rate check of renderer-check.ts runs once per
 * visit, when the canvas has been left alone for a moment, and its verdict picks the renderer;
 * the "Drawing" control shows the verdict and lets the person choose the other one (WebGL only
 * where the browser has it). The same Cytoscape instance is switched in place.
 */
import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { MeasureOptions, RendererCheck, RendererName } from './renderer-check';
import { drawsWithWebgl, isAbort, switchRenderer } from './webgl-switch';
import './renderer-choice.css';

/** How long the canvas must have drawn nothing and had no input before the check starts. */
export const QUIET_MS = 2000;
const INPUT_EVENTS = ['pointerdown', 'wheel', 'keydown'] as const;

export type CheckState =
  { status: 'waiting' } | { status: 'checking' } | { status: 'done'; result: RendererCheck } | { status: 'failed' };

/** The visit's verdict and the person's own choice, kept while the large-graph canvas comes and goes. */
const session: { check: RendererCheck | null; failed: boolean; choice: RendererName | null } = {
  check: null,
  failed: false,
  choice: null,
};

/** For tests: forget the visit's check and choice. */
export function resetRendererSession() {
  session.check = null;
  session.failed = false;
  session.choice = null;
}

const initialState = (): CheckState =>
  session.check
    ? { status: 'done', result: session.check }
    : session.failed
      ? { status: 'failed' }
      : { status: 'waiting' };

/** Resolves once `cy` has drawn nothing and the page had no input for `quietMs`. */
function whenQuiet(cy: Core, quietMs: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    let last = performance.now();
    const bump = () => {
      last = performance.now();
    };
    let timer: ReturnType<typeof setTimeout>;
    const cleanup = () => {
      clearTimeout(timer);
      cy.off('render', bump);
      for (const type of INPUT_EVENTS) window.removeEventListener(type, bump, true);
      signal.removeEventListener('abort', stop);
    };
    const stop = () => {
      cleanup();
      reject(new DOMException('stopped', 'AbortError'));
    };
    const tick = () => {
      const wait = last + quietMs - performance.now();
      if (wait > 0) timer = setTimeout(tick, wait);
      else {
        cleanup();
        resolve();
      }
    };
    cy.on('render', bump);
    for (const type of INPUT_EVENTS) window.addEventListener(type, bump, true);
    signal.addEventListener('abort', stop);
    timer = setTimeout(tick, quietMs);
  });
}

/**
 * Runs the check (once per visit) while `enabled`, and applies the chosen renderer to `cy`.
 * `measure` gives what to draw the sample from; it is read when the check starts.
 */
export function useRendererChoice(
  cy: Core | null,
  enabled: boolean,
  theme: string,
  measure: () => Omit<MeasureOptions, 'signal'>,
) {
  const [check, setCheck] = useState<CheckState>(initialState);
  const [choice, setChoiceState] = useState<RendererName | null>(session.choice);
  const measureRef = useRef(measure);
  useEffect(() => {
    measureRef.current = measure;
  });
  const settled = check.status === 'done' || check.status === 'failed';

  useEffect(() => {
    if (!cy || !enabled || settled) return;
    const visit = new AbortController();
    void (async () => {
      while (!visit.signal.aborted) {
        try {
          await whenQuiet(cy, QUIET_MS, visit.signal);
        } catch {
          return;
        }
        // Input during the check stops it; it starts again at the next quiet moment.
        const run = new AbortController();
        const interrupt = () => run.abort();
        for (const type of INPUT_EVENTS) window.addEventListener(type, interrupt, true);
        visit.signal.addEventListener('abort', interrupt);
        setCheck({ status: 'checking' });
        try {
          // The check's code loads only now: most visits never open a large graph.
          const { runRendererCheck } = await import('./renderer-check');
          const result = await runRendererCheck({ ...measureRef.current(), signal: run.signal });
          session.check = result;
          setCheck({ status: 'done', result });
          return;
        } catch (error) {
          if (!isAbort(error)) {
            session.failed = true;
            setCheck({ status: 'failed' });
            return;
          }
          setCheck({ status: 'waiting' });
        } finally {
          for (const type of INPUT_EVENTS) window.removeEventListener(type, interrupt, true);
          visit.signal.removeEventListener('abort', interrupt);
        }
      }
    })();
    return () => visit.abort();
  }, [cy, enabled, settled]);

  const decided = check.status === 'done' ? check.result.decision.renderer : 'canvas';
  const renderer: RendererName = !enabled ? 'canvas' : (choice ?? decided);

  useEffect(() => {
    if (!cy || cy.destroyed() || drawsWithWebgl(cy) === (renderer === 'webgl')) return;
    switchRenderer(cy, renderer === 'webgl');
  }, [cy, renderer]);

  // WebGL takes the background it blends arrowheads with when it starts: start it again on a new
  // theme, a frame later, once the page's new colours apply.
  const drawnTheme = useRef(theme);
  useEffect(() => {
    if (drawnTheme.current === theme) return;
    drawnTheme.current = theme;
    if (!cy || renderer !== 'webgl') return;
    const frame = requestAnimationFrame(() => {
      if (!cy.destroyed() && drawsWithWebgl(cy)) switchRenderer(cy, true);
    });
    return () => cancelAnimationFrame(frame);
  }, [cy, renderer, theme]);

  const setChoice = (next: RendererName) => {
    session.choice = next;
    setChoiceState(next);
  };
  return { check, renderer, chosenByPerson: choice !== null, setChoice };
}

const ms = (value: number | null) => (value === null ? '?' : `${Math.round(value)} ms`);

/** What the check found, in words. */
export function checkMessage(check: CheckState, renderer: RendererName, chosenByPerson: boolean): string {
  if (check.status === 'waiting') return 'A speed check of WebGL runs once the canvas is idle.';
  if (check.status === 'checking') return 'Checking whether WebGL draws faster here…';
  if (check.status === 'failed') return 'The speed check failed: drawing with Canvas.';
  const { verdict, canvasMs, webglMs } = check.result.decision;
  const frames = `${ms(webglMs)} a frame against ${ms(canvasMs)}`;
  const found =
    verdict === 'unavailable'
      ? 'WebGL is not available in this browser.'
      : verdict === 'faster'
        ? `WebGL was faster here (${frames}).`
        : verdict === 'slower'
          ? webglMs === null
            ? 'WebGL was slower here (its first frame alone took too long).'
            : `WebGL was slower here (${frames}).`
          : 'The speed check was inconclusive.';
  const name = renderer === 'webgl' ? 'WebGL' : 'Canvas';
  return `${found} Drawing with ${name}${chosenByPerson ? ', as you chose' : ''}.`;
}

export function RendererControl({
  check,
  renderer,
  chosenByPerson,
  onChoose,
}: {
  check: CheckState;
  renderer: RendererName;
  chosenByPerson: boolean;
  onChoose: (renderer: RendererName) => void;
}) {
  const unavailable = check.status === 'done' && check.result.decision.verdict === 'unavailable';
  // WebGL is offered once the check has shown it works here.
  const webglOffered = check.status === 'done' && !unavailable;
  return (
    <div className="renderer-choice" role="group" aria-label="Drawing">
      <div className="renderer-choice-buttons">
        <span aria-hidden="true">Drawing:</span>
        <button type="button" aria-pressed={renderer === 'canvas'} onClick={() => onChoose('canvas')}>
          Canvas
        </button>
        <button
          type="button"
          aria-pressed={renderer === 'webgl'}
          disabled={!webglOffered}
          title={unavailable ? 'WebGL is not available in this browser' : undefined}
          onClick={() => onChoose('webgl')}
        >
          WebGL
        </button>
      </div>
      <p className="renderer-choice-status" role="status" aria-live="polite">
        {checkMessage(check, renderer, chosenByPerson)}
      </p>
    </div>
  );
}
