/**
 * When the labeller runs (use-labels.ts), against a real (headless) Cytoscape and fake clocks: once
 * the view has been still for SETTLE_MS and a frame has begun, never while a gesture is still
 * moving the view. The selection always carries its label, so its font size (screen pixels divided
 * by the zoom) tells which zoom the last labelling saw.
 */
import { renderHook } from '@testing-library/react';
import cytoscape from 'cytoscape';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { LABEL_PX } from '../../src/graph-view/labels/label-pass';
import { SETTLE_MS, useLabels, WARM_MS } from '../../src/graph-view/labels/use-labels';
import { renderGate } from '../../src/graph-view/render-gate';

const INPUTS = { priority: () => 1, prefix: () => undefined, sides: () => undefined };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => {
  vi.useRealTimers();
});

function labelled() {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: [{ data: { id: 'a', label: 'Alpha' } }] });
  cy.$id('a').select();
  renderHook(() => useLabels(cy, INPUTS, 0));
  vi.advanceTimersToNextFrame();
  /** The zoom the label was last sized for. */
  const labelledAt = () => LABEL_PX.strong / (cy.$id('a').data('lfs') as number);
  return { cy, labelledAt };
}

it('labels the canvas in the first frame, and again once a zoom has settled', () => {
  const { cy, labelledAt } = labelled();
  expect(labelledAt()).toBeCloseTo(1);
  cy.zoom(2);
  vi.advanceTimersByTime(SETTLE_MS - 1);
  expect(labelledAt()).toBeCloseTo(1);
  vi.advanceTimersByTime(1);
  vi.advanceTimersToNextFrame();
  expect(labelledAt()).toBeCloseTo(2);
});

it('does not label inside a gesture whose next move was held up by a long frame', () => {
  const { cy, labelledAt } = labelled();
  cy.zoom(2);
  // The page was busy past SETTLE_MS (Cytoscape drawing the picture a zoom moves), so the timer
  // runs first; the wheel event that queued meanwhile arrives at the start of the next frame.
  vi.advanceTimersByTime(SETTLE_MS);
  cy.zoom(2.5);
  vi.advanceTimersToNextFrame();
  expect(labelledAt()).toBeCloseTo(1);
  vi.advanceTimersByTime(SETTLE_MS);
  vi.advanceTimersToNextFrame();
  expect(labelledAt()).toBeCloseTo(2.5);
});

it('waits while the drawing is held (the overview image stands in) and labels as soon as it resumes', async () => {
  const { cy, labelledAt } = labelled();
  const gate = renderGate(cy);
  gate.hold('overview');
  cy.zoom(3);
  vi.advanceTimersByTime(SETTLE_MS);
  vi.advanceTimersToNextFrame();
  expect(labelledAt()).toBeCloseTo(1);
  gate.release('overview');
  await Promise.resolve();
  expect(labelledAt()).toBeCloseTo(3);
});

it('draws the canvas once more when the labelling has settled, so the next click finds its labels ready', () => {
  const { cy } = labelled();
  const draw = vi.spyOn(cy, 'forceRender');
  vi.advanceTimersByTime(WARM_MS - 1);
  expect(draw).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(draw).toHaveBeenCalledTimes(1);
  // Every labelling is followed by one.
  cy.zoom(2);
  vi.advanceTimersByTime(SETTLE_MS);
  vi.advanceTimersToNextFrame();
  vi.advanceTimersByTime(WARM_MS);
  expect(draw).toHaveBeenCalledTimes(2);
});
