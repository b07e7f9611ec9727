/**
 * The canvas from the keyboard, on the real Cytoscape under jsdom (canvas mocked): arrows move the
 * selection across a hand-placed grid of items, Enter opens the details, a live region speaks.
 */
import 'vitest-canvas-mock';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../src/features/details/details-panel';
import { GraphCanvas } from '../../src/graph-view/graph-canvas';
import { computeLayouts } from '../../src/layouts/compute-layouts';
import { createAppStore } from '../../src/store/app-state';
import { StoreProvider } from '../../src/store/store-context';
import { miniAtlas } from '../fixtures/mini-atlas';
import { currentCy } from '../fixtures/mount-canvas';

const atlas = miniAtlas();
const positions = computeLayouts(atlas.index.graph);

/**
 * Two rows of four, everything else in a row far below:
 *   python      numpy     pandas      rag
 *   statistics  pytorch   tensorflow  kubernetes
 */
const GRID: Record<string, { x: number; y: number }> = {
  python: { x: 0, y: 0 },
  numpy: { x: 100, y: 0 },
  pandas: { x: 200, y: 0 },
  rag: { x: 300, y: 0 },
  statistics: { x: 0, y: 100 },
  pytorch: { x: 100, y: 100 },
  tensorflow: { x: 200, y: 100 },
  kubernetes: { x: 300, y: 100 },
};

async function mount(view: Parameters<typeof createAppStore>[1] = {}) {
  const store = createAppStore({ atlas, positions }, view);
  render(
    <StoreProvider store={store}>
      <div style={{ width: 800, height: 600 }}>
        <GraphCanvas theme="light" />
      </div>
      <aside id="right-panel">
        <DetailsPanel />
      </aside>
    </StoreProvider>,
  );
  const cy = await waitFor(() => {
    const instance = currentCy();
    if (!instance || instance.destroyed()) throw new Error('no canvas yet');
    return instance;
  });
  act(() => {
    cy.nodes(':childless').forEach((node, i) => {
      node.position(GRID[node.id()] ?? { x: i * 100, y: 1000 });
    });
  });
  const canvas = screen.getByRole('application', { name: 'Knowledge graph' });
  return { store, cy, canvas };
}

const press = (canvas: HTMLElement, key: string) => act(() => void fireEvent.keyDown(canvas, { key }));
const selected = (cy: Core) => cy.$(':selected').map((n) => n.id());
const liveRegion = () => screen.getByRole('status', { name: 'Canvas selection' });

describe('the canvas from the keyboard', () => {
  it('can be reached with Tab and says how to use it', async () => {
    const { canvas } = await mount();
    expect(canvas).toHaveAttribute('tabindex', '0');
    expect(canvas).toHaveAttribute('aria-roledescription', 'graph');
    expect(canvas).toHaveAccessibleDescription(/Arrow keys move the selection.*Enter opens its details/);
  });

  it('moves the selection to the neighbouring item in the direction of each arrow', async () => {
    const { store, cy, canvas } = await mount({ selectedId: 'numpy' });
    canvas.focus();
    press(canvas, 'ArrowRight');
    expect(store.getState().selectedId).toBe('pandas');
    press(canvas, 'ArrowRight');
    expect(store.getState().selectedId).toBe('rag');
    press(canvas, 'ArrowDown');
    expect(store.getState().selectedId).toBe('kubernetes');
    press(canvas, 'ArrowLeft');
    expect(store.getState().selectedId).toBe('tensorflow');
    press(canvas, 'ArrowUp');
    expect(store.getState().selectedId).toBe('pandas');
    expect(selected(cy)).toEqual(['pandas']);
  });

  it('tells screen readers the selected item and its relation counts while the canvas has focus', async () => {
    const { canvas } = await mount({ selectedId: 'python' });
    expect(liveRegion().textContent).toBe('');
    act(() => canvas.focus());
    expect(liveRegion()).toHaveTextContent(
      'Python, language, Tier 1 — Foundation. No prerequisites. Unlocks 4 directly, leads to 10 items in all.',
    );
    press(canvas, 'ArrowRight');
    expect(liveRegion()).toHaveTextContent(
      'NumPy, library, Tier 1 — Foundation. 1 prerequisite. Unlocks 3 directly, leads to 5 items in all.',
    );
    act(() => canvas.blur());
    expect(liveRegion().textContent).toBe('');
  });

  it('stays put and says so when nothing lies in that direction', async () => {
    const { store, canvas } = await mount({ selectedId: 'python' });
    act(() => canvas.focus());
    press(canvas, 'ArrowLeft');
    expect(store.getState().selectedId).toBe('python');
    expect(liveRegion()).toHaveTextContent('Nothing further left.');
    press(canvas, 'ArrowUp');
    expect(liveRegion()).toHaveTextContent('Nothing further above.');
    // Away and back: the item is named again, not the old dead end.
    press(canvas, 'ArrowRight');
    press(canvas, 'ArrowLeft');
    expect(store.getState().selectedId).toBe('python');
    expect(liveRegion()).toHaveTextContent(/^Python, language/);
  });

  it('skips items the filters hide and never lands on a provider group', async () => {
    const { store, cy, canvas } = await mount({ selectedId: 'rag' });
    act(() => {
      store.getState().setFilterMode('hide');
      store.getState().toggleFilter('tier', '3');
    });
    expect(cy.getElementById('kubernetes').hasClass('filtered-out')).toBe(true);
    press(canvas, 'ArrowDown');
    expect(store.getState().selectedId).toBe('tensorflow');
    // Walk the whole bottom row, where the cloud services sit inside their provider groups.
    const visited = new Set<string>();
    for (let i = 0; i < 20; i++) {
      press(canvas, i === 0 ? 'ArrowDown' : 'ArrowRight');
      visited.add(store.getState().selectedId!);
    }
    expect([...visited]).toContain('aws-lambda');
    expect([...visited].filter((id) => cy.getElementById(id).hasClass('provider-group'))).toEqual([]);
  });

  it('moves on from a selection the filters have since hidden', async () => {
    const { store, canvas } = await mount({ selectedId: 'kubernetes' });
    act(() => {
      store.getState().setFilterMode('hide');
      store.getState().toggleFilter('tier', '3');
    });
    press(canvas, 'ArrowLeft');
    expect(store.getState().selectedId).toBe('tensorflow');
  });

  it('starts from the item nearest the middle of the view when nothing is selected', async () => {
    const { store, cy, canvas } = await mount();
    // jsdom lays nothing out: give the canvas the size the wrapper asks for.
    Object.defineProperties(canvas, { clientWidth: { value: 800 }, clientHeight: { value: 600 } });
    act(() => {
      cy.resize();
      cy.zoom(1);
      cy.pan({ x: cy.width() / 2 - 200, y: cy.height() / 2 }); // pandas (200, 0) at the middle
    });
    press(canvas, 'ArrowLeft');
    expect(store.getState().selectedId).toBe('pandas');
  });

  it('opens the details on Enter: the Details tab, and focus on the item heading', async () => {
    const { store, canvas } = await mount({ selectedId: 'rag', view: 'plan' });
    act(() => canvas.focus());
    press(canvas, 'Enter');
    expect(store.getState().view).toBe('explore');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'RAG Systems' })).toHaveFocus());
  });

  it('leaves keys with modifiers to the browser', async () => {
    const { store, canvas } = await mount({ selectedId: 'numpy' });
    act(() => void fireEvent.keyDown(canvas, { key: 'ArrowRight', altKey: true }));
    expect(store.getState().selectedId).toBe('numpy');
  });
});
