import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../tests/fixtures/render-app';
import type { Graph, GraphNode } from '../../domain/graph';
import { EDGE_KINDS, PROVIDERS, TIERS } from '../../domain/vocabulary';
import { EDGE_LOOKS, KIND_SHAPES, PROVIDER_MARKS, TIER_NAMES } from '../../encoding/encoding';
import { DEFAULT_FILTERS } from '../../store/filters';
import { FilterPanel } from './filter-panel';

/** Counts straight from the data, independent of the panel's own helpers. */
const UNDRAWN = ['tier', 'category', 'objective', 'sub-objective'];
const drawnNodes = (graph: Graph) => graph.nodes.filter((n) => !UNDRAWN.includes(n.kind));
/** Edges between drawn nodes (a tier's entry prerequisites and objectives' edges are not on the canvas). */
const drawnEdges = (graph: Graph) => {
  const ids = new Set(drawnNodes(graph).map((n) => n.id));
  return graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
};
const countNodes = (graph: Graph, match: (n: GraphNode) => boolean) => drawnNodes(graph).filter(match).length;
const items = (n: number) => `(${n} ${n === 1 ? 'item' : 'items'})`;
const edges = (n: number) => `(${n} ${n === 1 ? 'edge' : 'edges'})`;

// Vitest runs without globals, so Testing Library cannot unmount between tests by itself.
afterEach(cleanup);

function renderPanel(options: Parameters<typeof renderWithStore>[1] = {}) {
  const result = renderWithStore(<FilterPanel />, options);
  return { ...result, graph: result.store.getState().atlas.index.graph };
}

describe('FilterPanel', () => {
  it('is a region named Filters with one group per dimension, each with its counts', () => {
    const { graph } = renderPanel();
    const region = screen.getByRole('region', { name: 'Filters' });
    for (const name of [/^Tier/, /^Kind/, /^Provider/, /^Category/, /^Priority/, /^Edge kinds/, /^Filtered items/])
      expect(within(region).getByRole('group', { name })).toBeInTheDocument();

    for (const tier of TIERS) {
      const name = `${TIER_NAMES[tier]} ${items(countNodes(graph, (n) => n.tier === tier))}`;
      expect(screen.getByRole('checkbox', { name })).toBeChecked();
    }
    const outside = countNodes(graph, (n) => n.tier === undefined);
    expect(screen.getByRole('checkbox', { name: `Outside the tiers ${items(outside)}` })).toBeChecked();

    const kinds = within(screen.getByRole('group', { name: /^Kind/ })).getAllByRole('checkbox');
    expect(kinds).toHaveLength(Object.keys(KIND_SHAPES).length);
    const skills = countNodes(graph, (n) => n.kind === 'skill');
    expect(screen.getByRole('checkbox', { name: `Skill ${items(skills)}` })).toBeInTheDocument();

    for (const p of PROVIDERS) {
      const name = `${PROVIDER_MARKS[p].name} ${items(countNodes(graph, (n) => n.provider === p))}`;
      expect(screen.getByRole('checkbox', { name })).toBeInTheDocument();
    }
    const noProvider = countNodes(graph, (n) => n.provider === undefined);
    expect(screen.getByRole('checkbox', { name: `No provider ${items(noProvider)}` })).toBeInTheDocument();
    const essential = countNodes(graph, (n) => n.priority === 'essential');
    expect(screen.getByRole('checkbox', { name: `Essential ${items(essential)}` })).toBeInTheDocument();
    const notGiven = countNodes(graph, (n) => n.priority === undefined);
    expect(screen.getByRole('checkbox', { name: `Not given ${items(notGiven)}` })).toBeInTheDocument();
  }, 30_000); // many role queries over a few hundred checkboxes: slow on a busy machine

  it('counts edges per edge kind and describes each with the legend wording', () => {
    const { graph } = renderPanel();
    const group = screen.getByRole('group', { name: /^Edge kinds/ });
    // Every kind but achieved-by, which only links objectives (not drawn).
    expect(within(group).getAllByRole('checkbox')).toHaveLength(EDGE_KINDS.length - 1);
    expect(within(group).queryByRole('checkbox', { name: /^Achieved by/ })).toBeNull();
    const requires = drawnEdges(graph).filter((e) => e.kind === 'requires').length;
    const box = within(group).getByRole('checkbox', { name: `Requires ${edges(requires)}` });
    expect(box).toHaveAccessibleDescription(EDGE_LOOKS.requires.legend);
    const builds = drawnEdges(graph).filter((e) => e.kind === 'builds-on').length;
    expect(within(group).getByRole('checkbox', { name: `Builds on ${edges(builds)}` })).toBeChecked();
  });

  it('unchecking Tier 3 switches it off in the store; reset switches it back on', async () => {
    const { store, user, graph } = renderPanel();
    const reset = screen.getByRole('button', { name: 'Reset filters' });
    expect(reset).toBeDisabled();
    const total = drawnNodes(graph).length;
    expect(screen.getByRole('status')).toHaveTextContent(`${total} of ${total} items match`);

    const tier3 = screen.getByRole('checkbox', { name: /^Tier 3/ });
    await user.click(tier3);
    expect(store.getState().filters.off.tier).toEqual(['3']);
    expect(tier3).not.toBeChecked();
    const left = total - countNodes(graph, (n) => n.tier === 3);
    expect(screen.getByRole('status')).toHaveTextContent(`${left} of ${total} items match`);
    expect(screen.getByRole('group', { name: /^Tier/ })).toHaveAccessibleName(/^Tier\s*1 off$/);

    await user.click(reset);
    expect(store.getState().filters.off.tier).toEqual([]);
    expect(tier3).toBeChecked();
    expect(reset).toBeDisabled();
  });

  it('switches edge kinds off and on', async () => {
    const { store, user } = renderPanel();
    await user.click(screen.getByRole('checkbox', { name: /^Offered by/ }));
    expect(store.getState().filters.offEdgeKinds).toEqual(['offered-by']);
    expect(screen.getByRole('button', { name: 'Reset filters' })).toBeEnabled();
    await user.click(screen.getByRole('checkbox', { name: /^Offered by/ }));
    expect(store.getState().filters.offEdgeKinds).toEqual([]);
  });

  it('chooses whether filtered items hide or fade', async () => {
    const { store, user } = renderPanel();
    const group = screen.getByRole('group', { name: 'Filtered items' });
    expect(within(group).getByRole('radio', { name: 'Faded' })).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: 'Hidden' }));
    expect(store.getState().filters.mode).toBe('hide');
    expect(within(group).getByRole('radio', { name: 'Hidden' })).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: 'Faded' }));
    expect(store.getState().filters.mode).toBe('fade');
  });

  it('keeps the long category list closed until asked, labelled by the category nodes', async () => {
    const { store, user, graph } = renderPanel();
    const toggle = screen.getByRole('button', { name: 'Category' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('checkbox', { name: /^Skills \(/ })).not.toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const categories = graph.nodes.filter((n) => n.kind === 'category');
    const group = screen.getByRole('group', { name: /^Category/ });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(categories.length + 1);
    for (const c of categories) {
      const name = `${c.label} ${items(countNodes(graph, (n) => n.category === c.id))}`;
      expect(within(group).getByRole('checkbox', { name })).toBeChecked();
    }
    await user.click(within(group).getByRole('checkbox', { name: /^No category \(/ }));
    expect(store.getState().filters.off.category).toEqual(['none']);
  });

  it('opens a closed group that already filters something, e.g. from the URL', () => {
    renderPanel({ view: { filters: { ...DEFAULT_FILTERS, off: { ...DEFAULT_FILTERS.off, category: ['skills'] } } } });
    expect(screen.getByRole('button', { name: 'Category' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('checkbox', { name: /^Skills \(/ })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Reset filters' })).toBeEnabled();
  });

  it('works on a small graph too', () => {
    renderPanel({ data: 'mini' });
    expect(screen.getByRole('region', { name: 'Filters' })).toBeInTheDocument();
  });
});
