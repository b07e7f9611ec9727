import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { renderWithStore } from '../../../tests/fixtures/render-app';
import { selectVisibility } from '../../store/selectors';
import { OutlinePanel } from './outline-panel';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const tree = () => within(screen.getByRole('region', { name: 'Outline' })).getByRole('tree');
const topLevel = () =>
  within(tree())
    .getAllByRole('treeitem')
    .filter((el) => el.parentElement === tree());
const group = (name: RegExp) => screen.getByRole('treeitem', { name });
const item = (name: string) => screen.getByRole('treeitem', { name });
/** The element at `i`, or a clear failure. */
function at<T>(list: readonly T[], i: number): T {
  const value = list[i];
  if (value === undefined) throw new Error(`nothing at position ${i}`);
  return value;
}
const countIn = (el: HTMLElement) => Number(/, (\d+) items?$/.exec(el.getAttribute('aria-label') ?? '')?.[1]);

describe('OutlinePanel', () => {
  it('groups the items by tier, then category, with counts', () => {
    const { store } = renderWithStore(<OutlinePanel />);
    const { index } = store.getState().atlas;
    const sections = topLevel();
    expect(sections.map((s) => s.getAttribute('aria-label')?.replace(/, \d+ items$/, ''))).toEqual([
      'Tier 1 — Foundation',
      'Tier 2 — Shipping',
      'Tier 3 — Scale',
      'Outside the tiers',
    ]);
    for (const [i, tier] of ([1, 2, 3] as const).entries())
      expect(countIn(at(sections, i))).toBe(index.byTier.get(tier)!.length);
    const undrawn = ['tier', 'category', 'objective', 'sub-objective'];
    const items = index.graph.nodes.filter((n) => !undrawn.includes(n.kind));
    expect(sections.reduce((n, s) => n + countIn(s), 0)).toBe(items.length);
    expect(screen.getByText(`${items.length} items`)).toBeInTheDocument();

    // Sections start open, categories closed; the category name comes from its node.
    expect(sections.every((s) => s.getAttribute('aria-expanded') === 'true')).toBe(true);
    const skills2 = within(at(sections, 1)).getByRole('treeitem', { name: /^Skills, \d+ items$/ });
    expect(skills2).toHaveAttribute('aria-expanded', 'false');
    expect(
      within(at(sections, 0)).getByRole('treeitem', { name: /^Tools & Platforms, \d+ items$/ }),
    ).toBeInTheDocument();

    // Services without a tier are grouped by provider, capabilities by kind.
    expect(countIn(within(at(sections, 3)).getByRole('treeitem', { name: /^AWS services not in the curriculum,/ }))).toBe(
      items.filter((n) => n.provider === 'aws' && n.tier === undefined).length,
    );
    expect(within(at(sections, 3)).getByRole('treeitem', { name: /^Capabilities,/ })).toBeInTheDocument();
  });

  it('does not list tiers or categories as items, and sorts items by label', async () => {
    const { user } = renderWithStore(<OutlinePanel />);
    const libraries = within(at(topLevel(), 1)).getByRole('treeitem', { name: /^Libraries,/ });
    await user.click(within(libraries).getByText('Libraries'));
    const labels = within(libraries)
      .getAllByRole('treeitem')
      .map((el) => el.textContent ?? '');
    expect(labels.length).toBe(countIn(libraries));
    expect(labels).toEqual(
      [...labels].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })),
    );
    expect(screen.queryByRole('treeitem', { name: 'Tier 1' })).not.toBeInTheDocument();
  });

  it('selects an item on click', async () => {
    const { store, user } = renderWithStore(<OutlinePanel />);
    const skills2 = within(at(topLevel(), 1)).getByRole('treeitem', { name: /^Skills,/ });
    await user.click(within(skills2).getByText('Skills'));
    expect(skills2).toHaveAttribute('aria-expanded', 'true');
    await user.click(item('RAG Systems'));
    expect(store.getState().selectedId).toBe('rag-systems');
    expect(item('RAG Systems')).toHaveAttribute('aria-selected', 'true');
    expect(item('RAG Systems')).toHaveAttribute('tabindex', '0');
  });

  it('shows a selection made elsewhere: selected, its groups open, scrolled into view', () => {
    // jsdom has no scrollIntoView; the panel guards against that, and here we watch the call.
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this);
    });
    onTestFinished(() => {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    });
    const { store } = renderWithStore(<OutlinePanel />);
    expect(screen.queryByRole('treeitem', { name: 'PyTorch' })).not.toBeInTheDocument();
    act(() => store.getState().select('pytorch'));
    const pytorch = item('PyTorch');
    expect(pytorch).toHaveAttribute('aria-selected', 'true');
    expect(pytorch.closest('[role="group"]')!.parentElement).toHaveAttribute('aria-expanded', 'true');
    expect(scrolled).toContain(pytorch);
    expect(screen.getAllByRole('treeitem', { selected: true })).toEqual([pytorch]);

    act(() => store.getState().select('aws-lambda'));
    expect(item('AWS Lambda')).toHaveAttribute('aria-selected', 'true');
    expect(pytorch).toHaveAttribute('aria-selected', 'false');
  });

  it('opens the selected item’s groups when it mounts with a selection', () => {
    renderWithStore(<OutlinePanel />, { view: { selectedId: 'rag-systems' } });
    expect(item('RAG Systems')).toHaveAttribute('aria-selected', 'true');
  });

  it.each(['hide', 'fade'] as const)('leaves out filtered items in %s mode (fade only affects the canvas)', (mode) => {
    const { store } = renderWithStore(<OutlinePanel />);
    act(() => {
      store.getState().setFilterMode(mode);
      store.getState().toggleFilter('tier', '3');
    });
    expect(screen.queryByRole('treeitem', { name: /^Tier 3/ })).not.toBeInTheDocument();
    expect(topLevel()).toHaveLength(3);
    expect(screen.getByText(/^\d+ of \d+ items shown$/)).toBeInTheDocument();
    act(() => store.getState().toggleFilter('tier', '3'));
    expect(group(/^Tier 3/)).toBeInTheDocument();
  });

  it('shows only the items inside the focus, all groups open', () => {
    const { store } = renderWithStore(<OutlinePanel />);
    act(() => store.getState().focusOn('rag-systems', { depth: 1, direction: 'prerequisites' }));
    const { inFocus } = selectVisibility(store.getState());
    const expected = [...inFocus].map((id) => store.getState().atlas.index.byId.get(id)!.label).sort();
    const items = screen.getAllByRole('treeitem').filter((el) => el.hasAttribute('aria-selected'));
    expect(items.map((el) => el.textContent).sort()).toEqual(expected);
    expect(item('RAG Systems')).toHaveAttribute('aria-selected', 'true');
    for (const g of screen.getAllByRole('treeitem').filter((el) => el.hasAttribute('aria-expanded')))
      expect(g).toHaveAttribute('aria-expanded', 'true');
  });

  it('says why when nothing is visible, and offers the way out of each cause', async () => {
    const { store, user } = renderWithStore(<OutlinePanel />);
    act(() => {
      for (const tier of ['1', '2', '3', 'none']) store.getState().toggleFilter('tier', tier);
      store.getState().setLevel('beginner');
    });
    expect(screen.queryByRole('tree')).not.toBeInTheDocument();
    expect(screen.getByText(/No items pass the current filters and level\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear the focus' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all tiers' }));
    expect(store.getState().level).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(screen.getByRole('tree')).toBeInTheDocument();
  });

  it('is one tab stop, walked with the arrow keys', async () => {
    const { store, user } = renderWithStore(
      <>
        <button type="button">Before</button>
        <OutlinePanel />
      </>,
    );
    const tabbable = () => screen.getAllByRole('treeitem').filter((el) => el.tabIndex === 0);
    expect(tabbable()).toHaveLength(1);

    screen.getByRole('button', { name: 'Before' }).focus();
    await user.tab();
    const tier1 = at(topLevel(), 0);
    const tier2 = at(topLevel(), 1);
    expect(tier1).toHaveFocus();

    await user.keyboard('{ArrowLeft}'); // close
    expect(tier1).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{ArrowDown}');
    expect(tier2).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowRight}'); // back up, open again
    expect(tier1).toHaveAttribute('aria-expanded', 'true');

    await user.keyboard('{ArrowRight}'); // into the first category
    const firstCategory = at(within(tier1).getAllByRole('treeitem'), 0);
    expect(firstCategory).toHaveFocus();
    expect(firstCategory).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{ArrowRight}{ArrowRight}'); // open it, step onto its first item
    const firstItem = at(within(firstCategory).getAllByRole('treeitem'), 0);
    expect(firstItem).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(store.getState().selectedId).not.toBeNull();
    expect(firstItem).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown} ');
    const secondItem = at(within(firstCategory).getAllByRole('treeitem'), 1);
    expect(secondItem).toHaveFocus();
    expect(secondItem).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{ArrowLeft}'); // to the parent group
    expect(firstCategory).toHaveFocus();
    await user.keyboard('{ArrowLeft}'); // close it
    expect(firstCategory).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Enter}'); // Enter toggles a group
    expect(firstCategory).toHaveAttribute('aria-expanded', 'true');

    await user.keyboard('{End}');
    const last = screen.getAllByRole('treeitem').at(-1)!;
    expect(last).toHaveFocus();
    await user.keyboard('{Home}');
    expect(tier1).toHaveFocus();
    expect(tabbable()).toEqual([tier1]);

    // Leaving and coming back returns to the same row.
    await user.tab({ shift: true });
    await user.tab();
    expect(tier1).toHaveFocus();
  });
});

describe('OutlinePanel learning keys', () => {
  /** Puts keyboard focus on an item row (the selected one is open and holds the tab stop). */
  function focusItem(name: string) {
    const target = item(name);
    act(() => target.focus());
    expect(target).toHaveFocus();
    return target;
  }

  it('lists the keys in a one-line hint that describes the tree', () => {
    renderWithStore(<OutlinePanel />);
    expect(screen.getByTitle('Keys on an item in the tree')).toHaveTextContent(
      't prerequisites · u unlocks · l status',
    );
    expect(tree()).toHaveAccessibleDescription(
      'On an item, press t to trace its prerequisites, u to trace what it unlocks, l to change its learning status.',
    );
  });

  it('adds nothing to the name while an item is not started', () => {
    renderWithStore(<OutlinePanel />, { view: { selectedId: 'numpy' } });
    expect(item('NumPy')).toHaveAttribute('data-status', 'not-started');
  });

  it('cycles the status with "l": not started → learning → learned → not started', async () => {
    const { store, user } = renderWithStore(<OutlinePanel />, { view: { selectedId: 'python' } });
    const python = focusItem('Python');
    await user.keyboard('l');
    expect(store.getState().progress.items).toEqual({ python: 'learning' });
    expect(python).toHaveAccessibleName('Python, learning');
    expect(python).toHaveAttribute('data-status', 'learning');
    expect(screen.getByRole('status')).toHaveTextContent('Python: learning');
    await user.keyboard('l');
    expect(store.getState().progress.items).toEqual({ python: 'learned' });
    expect(python).toHaveAccessibleName('Python, learned');
    await user.keyboard('L'); // Caps Lock on
    expect(store.getState().progress.items).toEqual({});
    expect(python).toHaveAccessibleName('Python');
    expect(screen.getByRole('status')).toHaveTextContent('Python: not started');
  });

  it('shows a status set elsewhere', () => {
    const { store } = renderWithStore(<OutlinePanel />, { view: { selectedId: 'docker' } });
    act(() => store.getState().setStatus(['docker'], 'learned'));
    expect(screen.getByRole('treeitem', { name: 'Docker, learned' })).toHaveAttribute('aria-selected', 'true');
  });

  it('traces prerequisites with "t" and unlocks with "u"; the tree then shows the chain', async () => {
    const { store, user } = renderWithStore(<OutlinePanel />, { view: { selectedId: 'rag-systems' } });
    focusItem('RAG Systems');
    await user.keyboard('t');
    expect(store.getState().trace).toEqual({ mode: 'prerequisites', id: 'rag-systems', alone: false });
    const { inFocus } = selectVisibility(store.getState());
    expect(screen.getAllByRole('treeitem').filter((el) => el.hasAttribute('aria-selected'))).toHaveLength(inFocus.size);
    expect(item('RAG Systems')).toHaveFocus();

    await user.keyboard('u');
    expect(store.getState().trace).toMatchObject({ mode: 'unlocks', id: 'rag-systems' });
  });

  it('ignores the letters on a group row and with modifiers', async () => {
    const { store, user } = renderWithStore(<OutlinePanel />, { view: { selectedId: 'docker' } });
    act(() => at(topLevel(), 0).focus());
    await user.keyboard('tl');
    focusItem('Docker');
    await user.keyboard('{Control>}l{/Control}{Alt>}t{/Alt}');
    expect(store.getState().trace).toBeNull();
    expect(store.getState().progress.items).toEqual({});
  });
});
