/** The real Cytoscape under jsdom (canvas mocked): the controller keeps it in step with the store. */
import 'vitest-canvas-mock';
import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/app-state';
import { miniAtlas } from '../fixtures/mini-atlas';
import { mountCanvas } from '../fixtures/mount-canvas';
import { computeLayouts } from '../../src/layouts/compute-layouts';

const atlas = miniAtlas();
const positions = computeLayouts(atlas.index.graph);

async function mount() {
  const store = createAppStore({ atlas, positions });
  const cy = await mountCanvas(store);
  return { store, cy };
}

describe('GraphCanvas', () => {
  it('draws the items with the precomputed positions', async () => {
    const { cy } = await mount();
    expect(cy.getElementById('rag').position()).toEqual(positions.force.rag);
    expect(cy.nodes(':childless').not('.annotation').length).toBe(
      atlas.index.graph.nodes.filter((n) => n.kind !== 'category').length,
    );
  });

  it('mirrors selection both ways', async () => {
    const { store, cy } = await mount();
    act(() => store.getState().select('numpy'));
    expect(cy.$(':selected').map((n) => n.id())).toEqual(['numpy']);
    act(() => {
      cy.getElementById('rag').emit('tap');
    });
    await waitFor(() => expect(store.getState().selectedId).toBe('rag'));
  });

  it('lights up the counterparts of a selected cloud service', async () => {
    const { store, cy } = await mount();
    act(() => store.getState().select('aws-lambda'));
    expect(cy.getElementById('azure-functions').hasClass('counterpart')).toBe(true);
    expect(cy.getElementById('functions').hasClass('counterpart')).toBe(true);
    act(() => store.getState().select('python'));
    expect(cy.$('.counterpart').length).toBe(0);
  });

  it('fades or hides what the filters and the focus leave out, without moving anything', async () => {
    const { store, cy } = await mount();
    const before = cy.getElementById('kubernetes').position();
    act(() => store.getState().toggleFilter('tier', '3'));
    expect(cy.getElementById('kubernetes').hasClass('dimmed')).toBe(true);
    act(() => store.getState().setFilterMode('hide'));
    expect(cy.getElementById('kubernetes').hasClass('filtered-out')).toBe(true);
    act(() => {
      store.getState().resetFilters();
      store.getState().focusOn('pandas', { direction: 'prerequisites' });
    });
    expect(cy.getElementById('numpy').hasClass('highlighted')).toBe(true);
    expect(cy.getElementById('aws-s3').hasClass('filtered-out')).toBe(true);
    expect(cy.getElementById('kubernetes').position()).toEqual(before);
  });

  it('moves nodes to the chosen layout and shows provider groups only there', async () => {
    const { store, cy } = await mount();
    act(() => store.getState().setLayout('provider'));
    await waitFor(() => expect(cy.getElementById('aws-lambda').position()).toEqual(positions.provider['aws-lambda']));
    expect(cy.getElementById('group-aws').hasClass('shown')).toBe(true);
    act(() => store.getState().setLayout('layered'));
    await waitFor(() => expect(cy.getElementById('rag').position()).toEqual(positions.layered.rag));
    expect(cy.getElementById('group-aws').hasClass('shown')).toBe(false);
  });
});
