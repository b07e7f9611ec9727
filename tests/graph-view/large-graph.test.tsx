/** The large-graph mode: the threshold, the cheaper stylesheet, and the canvas switching modes. */
import 'vitest-canvas-mock';
import { act, screen, waitFor } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { createAtlas } from '../../src/domain/atlas';
import { drawnGraph } from '../../src/encoding/drawn-nodes';
import { toElements } from '../../src/graph-view/elements';
import { LARGE_GRAPH_NODES, isLargeGraph } from '../../src/encoding/large-graph';
import { LARGE_STYLESHEETS, STYLESHEETS } from '../../src/graph-view/stylesheet';
import { EMPTY_PROGRESS } from '../../src/domain/progress';
import { createAppStore } from '../../src/store/app-state';
import type { LayoutPositions } from '../../src/store/view-options';
import { miniAtlas } from '../fixtures/mini-atlas';
import { currentCy, renderCanvas } from '../fixtures/mount-canvas';
import { generateLargeGraph } from '../fixtures/random-graph';

const NO_POSITIONS: LayoutPositions = { force: {}, layered: {}, provider: {}, concentric: {} };
type Style = { selector: string; style: Record<string, unknown> };
const rule = (sheet: unknown, selector: string) => (sheet as Style[]).find((r) => r.selector === selector)!.style;

describe('isLargeGraph', () => {
  it('switches above 1,500 drawn nodes', () => {
    expect(LARGE_GRAPH_NODES).toBe(1500);
    expect(isLargeGraph(0)).toBe(false);
    expect(isLargeGraph(1500)).toBe(false);
    expect(isLargeGraph(1501)).toBe(true);
    expect(isLargeGraph(50_000)).toBe(true);
  });
});

describe('the large-graph stylesheet', () => {
  it('drops text outlines, never draws a label under 10 px, thins edges and the offered-by arrow', () => {
    for (const theme of ['light', 'dark'] as const) {
      expect(rule(STYLESHEETS[theme], 'node.lbl')['text-outline-width']).toBe('data(low)');
      expect(rule(LARGE_STYLESHEETS[theme], 'node.lbl')['text-outline-width']).toBe(0);
      for (const sheet of [STYLESHEETS[theme], LARGE_STYLESHEETS[theme]])
        expect(rule(sheet, 'node')['min-zoomed-font-size']).toBe(10);
      expect(
        (LARGE_STYLESHEETS[theme] as unknown as Style[]).some((r) => r.selector.includes('.edge-offered-by.')),
      ).toBe(false);
      expect(Number(rule(LARGE_STYLESHEETS[theme], '.edge-requires').width)).toBeLessThan(
        Number(rule(STYLESHEETS[theme], '.edge-requires').width),
      );
    }
  });

  it('draws haystack edges that take no clicks, arrowheads only on highlighted edges, no press overlay', () => {
    for (const theme of ['light', 'dark'] as const) {
      const large = LARGE_STYLESHEETS[theme];
      expect(rule(large, 'edge')).toMatchObject({ 'curve-style': 'haystack', 'haystack-radius': 0, events: 'no' });
      // Plain edges: no arrowheads at all.
      for (const r of large as unknown as Style[])
        if (!r.selector.includes('highlighted'))
          expect(
            Object.keys(r.style).filter((k) => k.includes('arrow-shape')),
            r.selector,
          ).toEqual([]);
      // A focus, trace or path (and counterparts) shows its direction: haystacks draw arrows halfway.
      expect(rule(large, '.edge-requires.highlighted, .edge-requires.counterpart')['mid-source-arrow-shape']).toBe(
        'triangle',
      );
      expect(rule(large, '.edge-builds-on.highlighted, .edge-builds-on.counterpart')['mid-target-arrow-shape']).toBe(
        'vee',
      );
      expect(rule(large, ':active')['overlay-opacity']).toBe(0);
      // The normal drawing is as it was: straight edges (curves where two share their ends) with end
      // arrows, clickable, the press overlay.
      const normal = STYLESHEETS[theme];
      expect(rule(normal, 'edge')['curve-style']).toBe('straight');
      expect(rule(normal, 'edge.parallel')['curve-style']).toBe('bezier');
      expect((large as unknown as Style[]).some((r) => r.selector === 'edge.parallel')).toBe(false);
      expect(rule(normal, 'edge').events).toBeUndefined();
      expect(rule(normal, '.edge-requires')['source-arrow-shape']).toBe('triangle');
      expect((normal as unknown as Style[]).some((r) => r.selector === ':active')).toBe(false);
    }
  });
});

describe('provider groups', () => {
  it('are drawn only for providers with services, and never under an id the graph uses', () => {
    const graph = {
      nodes: [
        { id: 'group-aws', label: 'Not a group', kind: 'tool' as const, description: 'x' },
        { id: 'lambda', label: 'Lambda', kind: 'service' as const, provider: 'aws' as const, description: 'x' },
      ],
      edges: [],
    };
    const elements = toElements(graph);
    expect(elements.filter((e) => e.data.id === 'group-aws')).toHaveLength(1);
    expect(elements.find((e) => e.data.id === 'lambda')!.data.parent).toBeUndefined();
    expect(elements.some((e) => e.data.id === 'group-azure')).toBe(false);
  });
});

describe('GraphCanvas in large-graph mode', () => {
  it('rebuilds Cytoscape with the cheap options when a large graph opens, and back', async () => {
    const small = miniAtlas();
    const store = createAppStore({ atlas: small, positions: NO_POSITIONS });
    renderCanvas(store);
    const current = () => currentCy()!;
    const first = await waitFor(() => {
      const cy = current();
      if (!cy || cy.destroyed()) throw new Error('no canvas yet');
      return cy;
    });
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    const options = (cy: Core) =>
      (cy as unknown as { _private: { options: Record<string, unknown> } })._private.options;
    expect(options(first).hideEdgesOnViewport).toBe(false);

    const big = createAtlas(generateLargeGraph(1700));
    const drawn = drawnGraph(big.index.graph).nodes.length;
    expect(isLargeGraph(drawn)).toBe(true);
    act(() =>
      store.getState().openWorkspace({
        atlas: big,
        positions: NO_POSITIONS,
        workspace: { kind: 'imported', name: 'big.graphml' },
        progress: EMPTY_PROGRESS,
      }),
    );
    await waitFor(() => expect(current()).not.toBe(first));
    expect(first.destroyed()).toBe(true);
    const large = current();
    expect(options(large).hideEdgesOnViewport).toBe(true);
    expect(options(large).textureOnViewport).toBe(true);
    // The elements go in by slices, between which the page runs; the store follows their progress.
    await waitFor(() =>
      expect(store.getState().drawing).toEqual({ done: large.elements().length, total: large.elements().length }),
    );
    expect(large.nodes(':childless').filter((n) => !n.hasClass('provider-group')).length).toBe(drawn);
    expect(screen.getByRole('note')).toHaveTextContent('Large graph: simplified drawing while moving');

    act(() =>
      store.getState().openWorkspace({
        atlas: small,
        positions: NO_POSITIONS,
        workspace: { kind: 'curriculum' },
        progress: EMPTY_PROGRESS,
      }),
    );
    await waitFor(() => expect(current()).not.toBe(large));
    expect(options(current()).hideEdgesOnViewport).toBe(false);
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  }, 90_000);

  it('its first controller pass (which skips the queries a new instance cannot answer) puts progress on, and later passes take it off', async () => {
    const graph = generateLargeGraph(1700);
    const item = drawnGraph(graph).nodes.find((n) => n.kind !== 'service')!.id;
    const positions = { ...NO_POSITIONS, force: { [item]: { x: 0, y: 0 } } };
    const store = createAppStore(
      { atlas: createAtlas(graph), positions },
      { progress: { version: 2, items: { [item]: 'learned' } } },
    );
    renderCanvas(store);
    const cy = await waitFor(
      () => {
        const current = currentCy();
        const drawing = store.getState().drawing;
        if (!current || !drawing || drawing.done < drawing.total) throw new Error('loading');
        return current;
      },
      { timeout: 30_000 },
    );
    await waitFor(() => expect(cy.getElementById(item).hasClass('learned')).toBe(true));
    act(() => store.getState().setStatus([item], 'not-started'));
    await waitFor(() => expect(cy.getElementById(item).hasClass('learned')).toBe(false));
  }, 90_000);
});
