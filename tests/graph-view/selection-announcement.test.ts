import { describe, expect, it } from 'vitest';
import { selectionAnnouncement } from '../../src/graph-view/selection-announcement';
import { miniAtlas } from '../fixtures/mini-atlas';

const { index } = miniAtlas();

describe('selectionAnnouncement', () => {
  it('names the item, its kind and tier, and counts what it needs and what needs it', () => {
    // numpy requires python; pandas, PyTorch and TensorFlow require it; RAG and Kubernetes follow.
    expect(selectionAnnouncement(index, 'numpy')).toBe(
      'NumPy, library, Tier 1 — Foundation. 1 prerequisite. Unlocks 3 directly, leads to 5 items in all.',
    );
  });

  it('counts each member of an any-of group, as the Details panel does', () => {
    expect(selectionAnnouncement(index, 'rag')).toBe(
      'RAG Systems, skill, Tier 2 — Shipping. 3 prerequisites. Unlocks 1 directly, leads to 1 item in all.',
    );
  });

  it('names the provider of a cloud service and says plainly when nothing relates', () => {
    expect(selectionAnnouncement(index, 'azure-functions')).toBe(
      'Azure Functions, service, Azure. No prerequisites. Unlocks nothing.',
    );
  });

  it('says nothing about an id the graph does not have', () => {
    expect(selectionAnnouncement(index, 'nowhere')).toBe('');
  });
});
