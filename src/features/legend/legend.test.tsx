import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import { renderWithStore } from '../../../tests/fixtures/render-app';
import { generateLargeGraph } from '../../../tests/fixtures/random-graph';
import { createAtlas } from '../../domain/atlas';
import { DRAWN_EDGE_KINDS } from '../../encoding/drawn-nodes';
import { LARGE_GRAPH_NODES } from '../../encoding/large-graph';
import { createAppStore } from '../../store/app-state';
import { StoreProvider } from '../../store/store-context';
import { PROVIDERS, TIERS } from '../../domain/vocabulary';
import { EDGE_LOOKS, KIND_SHAPES, PROVIDER_MARKS, TIER_NAMES, PROGRESS_MARKS } from '../../encoding/encoding';
import { Legend } from './legend';
import { hasOutline } from './shape-geometry';

// Vitest runs without globals, so Testing Library cannot unmount between tests by itself.
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Legend', () => {
  it('explains every kind, tier, provider and edge kind of the encoding', () => {
    renderWithStore(<Legend />);
    const legend = screen.getByRole('region', { name: 'Legend' });
    const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
    for (const kind of Object.keys(KIND_SHAPES))
      expect(within(legend).getByText(capitalised(kind))).toBeInTheDocument();
    for (const tier of TIERS) expect(within(legend).getByText(TIER_NAMES[tier])).toBeInTheDocument();
    expect(within(legend).getByText('Outside the tiers')).toBeInTheDocument();
    for (const p of PROVIDERS) {
      const { name, border } = PROVIDER_MARKS[p];
      expect(within(legend).getByText(`${name}: ${border} border`)).toBeInTheDocument();
    }
    for (const kind of DRAWN_EDGE_KINDS) expect(within(legend).getByText(EDGE_LOOKS[kind].legend)).toBeInTheDocument();
    // Objectives are not drawn, so neither is the edge that ties them to their items.
    expect(within(legend).queryByText(EDGE_LOOKS['achieved-by'].legend)).toBeNull();
  });

  it('says the shape in words and keeps the drawings out of the accessibility tree', () => {
    const { container } = renderWithStore(<Legend />);
    const skill = screen.getByText('Skill');
    expect(skill).toHaveTextContent(`Skill: ${KIND_SHAPES.skill}`);
    const svgs = container.querySelectorAll('svg');
    const expected =
      Object.keys(KIND_SHAPES).length +
      TIERS.length +
      1 +
      PROVIDERS.length +
      Object.keys(PROGRESS_MARKS).length +
      DRAWN_EDGE_KINDS.length;
    expect(svgs).toHaveLength(expected);
    for (const svg of svgs) expect(svg).toHaveAttribute('aria-hidden', 'true');
  });

  it('explains the progress marks the canvas draws on nodes, in words', () => {
    renderWithStore(<Legend />);
    for (const { legend } of Object.values(PROGRESS_MARKS)) expect(screen.getByText(legend)).toBeInTheDocument();
  });

  it('has a drawing for every shape the canvas uses', () => {
    for (const shape of Object.values(KIND_SHAPES)) expect(hasOutline(shape), shape).toBe(true);
  });

  it('says that large graphs draw arrows only on highlighted lines, and only for them', () => {
    renderWithStore(<Legend />);
    expect(screen.queryByText(/Large graph: plain lines have no arrowhead/)).toBeNull();
    cleanup();
    const atlas = createAtlas(generateLargeGraph(LARGE_GRAPH_NODES + 100));
    const store = createAppStore({ atlas, positions: { force: {}, layered: {}, provider: {}, concentric: {} } });
    render(
      <StoreProvider store={store}>
        <Legend />
      </StoreProvider>,
    );
    expect(screen.getByText(/Large graph: plain lines have no arrowhead/)).toBeInTheDocument();
  });

  it('opens and closes', async () => {
    const { user } = renderWithStore(<Legend />);
    const toggle = screen.getByRole('button', { name: 'Legend' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(EDGE_LOOKS.uses.legend)).toBeVisible();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
  });

  it('starts closed unless the screen is very wide', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('max-width: 1599px'), media: query }));
    renderWithStore(<Legend />);
    expect(screen.getByRole('button', { name: 'Legend' })).toHaveAttribute('aria-expanded', 'false');
  });
});
