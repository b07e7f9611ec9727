/**
 * The canvas controller's class pass, against the real Cytoscape (canvas mocked): after every
 * kind of view change the state classes are exactly what the straightforward rule gives (clear
 * them all, then mark each element), and only elements whose classes change are touched.
 */
import 'vitest-canvas-mock';
import { act } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { computeLayouts } from '../../src/layouts/compute-layouts';
import { createAppStore, type AppStore } from '../../src/store/app-state';
import { isFiltered } from '../../src/store/filters';
import { selectVisibility } from '../../src/store/selectors';
import { miniAtlas } from '../fixtures/mini-atlas';
import { mountCanvas } from '../fixtures/mount-canvas';

const atlas = miniAtlas();
const positions = computeLayouts(atlas.index.graph);
const STATE = ['filtered-out', 'dimmed', 'highlighted', 'focus-root'] as const;

async function mount() {
  const store = createAppStore({ atlas, positions });
  const cy = await mountCanvas(store);
  return { store, cy };
}

/** The state classes of every element, as the canvas holds them. */
function classesOf(cy: Core): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  cy.elements().forEach((ele) => {
    out[ele.id()] = STATE.filter((c) => ele.hasClass(c));
  });
  return out;
}

/** The rule, written the plain way (the controller's pass before it was made incremental). */
function expected(cy: Core, store: AppStore): Record<string, string[]> {
  const s = store.getState();
  const visibility = selectVisibility(s);
  const highlight = s.focus ?? s.trace ?? s.path;
  const out: Record<string, string[]> = {};
  cy.elements().forEach((ele) => {
    out[ele.id()] = [];
  });
  if (!highlight && s.level === null && !isFiltered(s.filters)) return out;
  const cls = s.filters.mode === 'hide' || s.trace?.alone ? 'filtered-out' : 'dimmed';
  const add = (id: string, c: string) => out[id]!.push(c);
  cy.nodes().forEach((node) => {
    // Provider groups and the layouts' names belong to no filter or highlight.
    if (node.hasClass('provider-group') || node.hasClass('annotation')) return;
    if (!visibility.passing.has(node.id()) || !visibility.inFocus.has(node.id())) add(node.id(), cls);
    else if (highlight) add(node.id(), 'highlighted');
  });
  cy.edges().forEach((edge) => {
    const shown = visibility.chainEdges
      ? visibility.chainEdges.has(edge.id())
      : visibility.passingEdges.has(edge.id()) &&
        visibility.inFocus.has(edge.source().id()) &&
        visibility.inFocus.has(edge.target().id());
    if (!shown) add(edge.id(), cls);
    else if (highlight) add(edge.id(), 'highlighted');
  });
  const roots = s.focus ? [s.focus.id] : s.trace ? [s.trace.id] : s.path ? [s.path.from, s.path.to] : [];
  for (const id of roots) if (out[id] && !out[id].includes('focus-root')) add(id, 'focus-root');
  for (const id of Object.keys(out)) out[id] = STATE.filter((c) => out[id]!.includes(c));
  return out;
}

describe('the canvas class pass', () => {
  it('gives every element exactly the classes of the plain rule, through every kind of change', async () => {
    const { store, cy } = await mount();
    const steps: [string, () => void][] = [
      ['a tier filter', () => store.getState().toggleFilter('tier', '3')],
      ['hide instead of fade', () => store.getState().setFilterMode('hide')],
      ['an edge kind off', () => store.getState().toggleEdgeFilter('uses')],
      ['a focus on top of the filters', () => store.getState().focusOn('pandas', { direction: 'prerequisites' })],
      ['the focus in both directions', () => store.getState().updateFocus({ direction: 'both' })],
      ['fade again', () => store.getState().setFilterMode('fade')],
      ['filters reset', () => store.getState().resetFilters()],
      ['focus cleared', () => store.getState().clearFocus()],
      ['a level', () => store.getState().setLevel('beginner')],
      ['no level', () => store.getState().setLevel(null)],
      ['a trace', () => store.getState().traceFrom('rag', 'prerequisites')],
      ['the trace alone', () => store.getState().setTraceAlone(true)],
      ['trace cleared', () => store.getState().clearTrace()],
      ['a path', () => store.getState().findPath('numpy', 'rag', ['requires'])],
      ['path cleared', () => store.getState().clearPath()],
    ];
    let sawAClass = false;
    for (const [name, step] of steps) {
      act(step);
      const now = classesOf(cy);
      expect(now, name).toEqual(expected(cy, store));
      sawAClass ||= Object.values(now).some((c) => c.length > 0);
    }
    expect(sawAClass).toBe(true);
    // Back to a plain view: nothing left over.
    expect(Object.values(classesOf(cy)).every((c) => c.length === 0)).toBe(true);
  });

  it('touches only the elements whose classes change', async () => {
    const { store, cy } = await mount();
    act(() => store.getState().focusOn('pandas', { direction: 'prerequisites' }));
    const before = classesOf(cy);
    const touched = new Set<string>();
    cy.on('class', (event) => {
      touched.add((event.target as { id(): string }).id());
    });
    act(() => store.getState().updateFocus({ direction: 'both' }));
    const after = classesOf(cy);
    const changed = Object.keys(after).filter((id) => after[id]!.join() !== before[id]!.join());
    expect(changed.length).toBeGreaterThan(0);
    expect([...touched].sort()).toEqual(changed.sort());
  });
});
