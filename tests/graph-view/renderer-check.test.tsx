/**
 * Canvas or WebGL: the decision from the frame-rate samples (pure), the sample drawn from the
 * graph, the control's words and states, and — under jsdom, which has no WebGL — the check
 * running by itself in large-graph mode and keeping the canvas.
 */
import 'vitest-canvas-mock';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ElementDefinition } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAtlas } from '../../src/domain/atlas';
import { EMPTY_PROGRESS } from '../../src/domain/progress';
import {
  chooseRenderer,
  FASTER_RATIO,
  FIRST_FRAME_LIMIT,
  median,
  sampleElements,
  worthConfirming,
  type RendererSamples,
} from '../../src/graph-view/renderer-check';
import {
  checkMessage,
  RendererControl,
  resetRendererSession,
  type CheckState,
} from '../../src/graph-view/renderer-choice';
import { createAppStore } from '../../src/store/app-state';
import type { LayoutPositions } from '../../src/store/view-options';
import { miniAtlas } from '../fixtures/mini-atlas';
import { currentCy, renderCanvas } from '../fixtures/mount-canvas';
import { generateLargeGraph } from '../fixtures/random-graph';

afterEach(() => resetRendererSession());

const timing = (firstFrame: number, frames: number[]) => ({ firstFrame, frames });

describe('chooseRenderer', () => {
  it('keeps the canvas when WebGL is unavailable', () => {
    expect(chooseRenderer({ canvas: timing(100, [20, 20, 20]), webgl: 'unavailable' })).toEqual({
      renderer: 'canvas',
      verdict: 'unavailable',
      canvasMs: 20,
      webglMs: null,
    });
  });

  it('chooses WebGL only when its median frame is clearly cheaper', () => {
    const canvas = timing(100, [40, 38, 42, 40]);
    expect(chooseRenderer({ canvas, webgl: timing(150, [10, 12, 11, 9]) })).toMatchObject({
      renderer: 'webgl',
      verdict: 'faster',
      canvasMs: 40,
      webglMs: 10.5,
    });
    // Exactly at the ratio still counts; a little over it does not.
    expect(chooseRenderer({ canvas, webgl: timing(150, [FASTER_RATIO * 40, 30, 30]) }).renderer).toBe('webgl');
    expect(chooseRenderer({ canvas, webgl: timing(150, [31, 31, 31]) })).toMatchObject({
      renderer: 'canvas',
      verdict: 'slower',
    });
    // As fast is not faster: frames paced by the display (16.7 ms each) keep the canvas.
    expect(
      chooseRenderer({ canvas: timing(50, [16.7, 16.7, 16.7]), webgl: timing(60, [16.7, 16.6, 16.7]) }).renderer,
    ).toBe('canvas');
  });

  it('keeps the canvas with software GL as measured here (3–5× slower a frame)', () => {
    const samples: RendererSamples = {
      canvas: timing(129, [35, 16, 15, 12, 10, 11]),
      webgl: timing(442, [71, 55, 53, 51, 48, 68]),
    };
    expect(chooseRenderer(samples)).toMatchObject({ renderer: 'canvas', verdict: 'slower' });
    expect(worthConfirming(samples)).toBe(false);
  });

  it('rules WebGL out by a first frame far over the canvas’s, even with no frames timed', () => {
    expect(
      chooseRenderer({ canvas: timing(100, [20, 20, 20]), webgl: timing(FIRST_FRAME_LIMIT * 100 + 1, []) }),
    ).toEqual({
      renderer: 'canvas',
      verdict: 'slower',
      canvasMs: 20,
      webglMs: null,
    });
  });

  it('decides nothing on too few frames', () => {
    expect(chooseRenderer({ canvas: timing(100, [40, 40]), webgl: timing(100, [5, 5, 5]) })).toMatchObject({
      renderer: 'canvas',
      verdict: 'inconclusive',
    });
    expect(chooseRenderer({ canvas: timing(100, [40, 40, 40]), webgl: timing(100, [5]) }).verdict).toBe('inconclusive');
  });

  it('confirms on a larger sample only where the small one left WebGL a chance', () => {
    const canvas = timing(100, [20, 20, 20]);
    expect(worthConfirming({ canvas, webgl: 'unavailable' })).toBe(false);
    expect(worthConfirming({ canvas, webgl: timing(100, [10, 10, 10]) })).toBe(true); // faster: make sure
    expect(worthConfirming({ canvas, webgl: timing(100, [25, 25, 25]) })).toBe(true); // a little slower
    expect(worthConfirming({ canvas, webgl: timing(100, [45, 45, 45]) })).toBe(false); // far slower
  });

  it('takes medians', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('sampleElements', () => {
  const elements: ElementDefinition[] = [
    { group: 'nodes', data: { id: 'group-aws' }, classes: 'provider-group provider-aws' },
    { group: 'nodes', data: { id: 'a', parent: 'group-aws' }, position: { x: 1, y: 2 }, classes: 'kind-service' },
    { group: 'nodes', data: { id: 'b' }, position: { x: 3, y: 4 } },
    { group: 'nodes', data: { id: 'c' } },
    { group: 'edges', data: { id: 'a-b', source: 'a', target: 'b' } },
    { group: 'edges', data: { id: 'b-c', source: 'b', target: 'c' } },
  ];

  it('takes the first item nodes, without compound parents, and the edges among them', () => {
    const sample = sampleElements(elements, 2);
    expect(sample.map((e) => e.data.id)).toEqual(['a', 'b', 'a-b']);
    expect(sample[0]).toEqual({ group: 'nodes', data: { id: 'a' }, position: { x: 1, y: 2 }, classes: 'kind-service' });
    // The graph's own elements are left as they were.
    expect(elements[1]!.data.parent).toBe('group-aws');
  });

  it('takes everything when the graph is smaller than the sample', () => {
    expect(sampleElements(elements, 100).map((e) => e.data.id)).toEqual(['a', 'b', 'c', 'a-b', 'b-c']);
  });
});

describe('the Drawing control', () => {
  const done = (samples: RendererSamples): CheckState => ({
    status: 'done',
    result: { decision: chooseRenderer(samples), samples, sampleNodes: 300 },
  });
  const slower = done({ canvas: timing(100, [20, 20, 20]), webgl: timing(300, [61, 60, 62]) });
  const unavailable = done({ canvas: timing(100, [20, 20, 20]), webgl: 'unavailable' });
  const faster = done({ canvas: timing(100, [40, 40, 40]), webgl: timing(120, [8, 8, 8]) });

  it('says what the check found and what draws', () => {
    expect(checkMessage({ status: 'waiting' }, 'canvas', false)).toBe(
      'A speed check of WebGL runs once the canvas is idle.',
    );
    expect(checkMessage({ status: 'checking' }, 'canvas', false)).toBe('Checking whether WebGL draws faster here…');
    expect(checkMessage(slower, 'canvas', false)).toBe(
      'WebGL was slower here (61 ms a frame against 20 ms). Drawing with Canvas.',
    );
    expect(checkMessage(slower, 'webgl', true)).toBe(
      'WebGL was slower here (61 ms a frame against 20 ms). Drawing with WebGL, as you chose.',
    );
    expect(checkMessage(unavailable, 'canvas', false)).toBe(
      'WebGL is not available in this browser. Drawing with Canvas.',
    );
    expect(checkMessage(faster, 'webgl', false)).toBe(
      'WebGL was faster here (8 ms a frame against 40 ms). Drawing with WebGL.',
    );
  });

  it('offers WebGL only once the check has shown it works, and reports a choice', async () => {
    const onChoose = vi.fn();
    const { rerender } = render(
      <RendererControl check={{ status: 'checking' }} renderer="canvas" chosenByPerson={false} onChoose={onChoose} />,
    );
    const group = screen.getByRole('group', { name: 'Drawing' });
    expect(within(group).getByRole('button', { name: 'Canvas' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(group).getByRole('button', { name: 'WebGL' })).toBeDisabled();

    rerender(<RendererControl check={unavailable} renderer="canvas" chosenByPerson={false} onChoose={onChoose} />);
    expect(within(group).getByRole('button', { name: 'WebGL' })).toBeDisabled();
    expect(within(group).getByRole('status')).toHaveTextContent('WebGL is not available in this browser.');

    rerender(<RendererControl check={slower} renderer="canvas" chosenByPerson={false} onChoose={onChoose} />);
    await userEvent.click(within(group).getByRole('button', { name: 'WebGL' }));
    expect(onChoose).toHaveBeenCalledWith('webgl');
  });
});

describe('the check in large-graph mode', () => {
  const NO_POSITIONS: LayoutPositions = { force: {}, layered: {}, provider: {}, concentric: {} };

  it('runs by itself once the canvas is idle, and keeps the canvas where WebGL is unavailable', async () => {
    const store = createAppStore({ atlas: miniAtlas(), positions: NO_POSITIONS });
    renderCanvas(store);
    // The curriculum-sized canvas has no Drawing control.
    await waitFor(() => expect(currentCy()).toBeTruthy());
    expect(screen.queryByRole('group', { name: 'Drawing' })).not.toBeInTheDocument();

    act(() =>
      store.getState().openWorkspace({
        atlas: createAtlas(generateLargeGraph(1700)),
        positions: NO_POSITIONS,
        workspace: { kind: 'imported', name: 'big.graphml' },
        progress: EMPTY_PROGRESS,
      }),
    );
    const group = await screen.findByRole('group', { name: 'Drawing' });
    expect(within(group).getByRole('button', { name: 'WebGL' })).toBeDisabled();
    // jsdom has no WebGL: the check answers "unavailable" and the canvas stays.
    await waitFor(
      () =>
        expect(within(group).getByRole('status')).toHaveTextContent(
          'WebGL is not available in this browser. Drawing with Canvas.',
        ),
      { timeout: 60_000 },
    );
    expect(within(group).getByRole('button', { name: 'Canvas' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(group).getByRole('button', { name: 'WebGL' })).toBeDisabled();
    const cy = currentCy()!;
    expect((cy as unknown as { _private: { options: { webgl?: boolean } } })._private.options.webgl).toBeFalsy();
    // The check's off-screen drawings are gone.
    expect(document.querySelectorAll('body > div[aria-hidden="true"]')).toHaveLength(0);
  }, 90_000);
});
