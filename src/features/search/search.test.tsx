import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../tests/fixtures/render-app';
import { SearchBox } from './search-box';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

const box = () => screen.getByRole('combobox', { name: 'Search' });

describe('SearchBox', () => {
  it('is a combobox that controls a listbox', async () => {
    const { user } = renderWithStore(<SearchBox />);
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    await user.type(box(), 'kube');
    expect(box()).toHaveAttribute('aria-expanded', 'true');
    const listbox = screen.getByRole('listbox');
    expect(box()).toHaveAttribute('aria-controls', listbox.id);
    expect(within(listbox).getAllByRole('option').length).toBeGreaterThan(0);
  });

  it('chooses the first result on Enter', async () => {
    const { store, user } = renderWithStore(<SearchBox />);
    await user.type(box(), 'RAG');
    expect(screen.getByRole('option', { name: /RAG Systems/ })).toHaveTextContent('skill · Tier 2');
    await user.keyboard('{Enter}');
    expect(store.getState().selectedId).toBe('rag-systems');
    expect(box()).toHaveValue('');
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });

  it('traces the prerequisites of a result on Shift+Enter', async () => {
    const { store, user } = renderWithStore(<SearchBox />);
    await user.type(box(), 'RAG');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(store.getState().trace).toEqual({ mode: 'prerequisites', id: 'rag-systems', alone: false });
    expect(store.getState().selectedId).toBe('rag-systems');
    expect(box()).toHaveValue('');
    expect(box()).toHaveAttribute('aria-expanded', 'false');
  });

  it('traces the highlighted result on Shift+click, and a plain Enter does not trace', async () => {
    const { store, user } = renderWithStore(<SearchBox />);
    await user.type(box(), 'docker');
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('option', { name: /^Docker/ }));
    await user.keyboard('{/Shift}');
    expect(store.getState().trace).toMatchObject({ mode: 'prerequisites', id: 'docker' });

    await user.type(box(), 'k8s');
    await user.keyboard('{Enter}');
    expect(store.getState().selectedId).toBe('kubernetes');
    expect(store.getState().trace?.id).toBe('docker');
  });

  it('explains the keys under the open list, outside the listbox', async () => {
    const { user } = renderWithStore(<SearchBox />);
    expect(box()).toHaveAccessibleDescription('Enter select · Shift+Enter trace prerequisites');
    await user.type(box(), 'kube');
    const hint = screen.getByText((_, el) => el?.classList.contains('search-hint') ?? false);
    expect(hint).toBeVisible();
    expect(hint).toHaveTextContent('Enter select · Shift+Enter trace prerequisites');
    expect(screen.getByRole('listbox')).not.toContainElement(hint);
    expect(screen.getAllByRole('option').some((o) => o.textContent?.includes('Shift'))).toBe(false);
    await user.clear(box());
    await user.type(box(), 'zzqxw');
    expect(hint).not.toBeVisible();
  });

  it('moves the highlight with the arrow keys and chooses it', async () => {
    const { store, user } = renderWithStore(<SearchBox />);
    await user.type(box(), 'kube');
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThanOrEqual(2);
    expect(box()).not.toHaveAttribute('aria-activedescendant');

    await user.keyboard('{ArrowDown}');
    expect(box()).toHaveAttribute('aria-activedescendant', options[0]!.id);
    expect(options[0]!).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{ArrowDown}');
    expect(box()).toHaveAttribute('aria-activedescendant', options[1]!.id);
    expect(options[1]!).toHaveAttribute('aria-selected', 'true');
    expect(options[0]!).toHaveAttribute('aria-selected', 'false');

    const secondLabel = options[1]!.querySelector('.combobox-option-label')!.textContent;
    await user.keyboard('{Enter}');
    const chosen = store.getState().atlas.index.byId.get(store.getState().selectedId!);
    expect(chosen?.label).toBe(secondLabel);
    expect(chosen?.id).not.toBe('kubernetes');
  });

  it('wraps from the first option to the last with ArrowUp', async () => {
    const { user } = renderWithStore(<SearchBox />);
    await user.type(box(), 'kube');
    const options = screen.getAllByRole('option');
    await user.keyboard('{ArrowDown}{ArrowUp}');
    expect(box()).toHaveAttribute('aria-activedescendant', options.at(-1)!.id);
  });

  it('tolerates typos', async () => {
    const { user } = renderWithStore(<SearchBox />);
    await user.type(box(), 'pytroch');
    expect(screen.getAllByRole('option')[0]).toHaveAccessibleName(/^PyTorch/);
  });

  it('finds items by alias', async () => {
    const { store, user } = renderWithStore(<SearchBox />);
    await user.type(box(), 'k8s');
    expect(screen.getAllByRole('option')[0]).toHaveAccessibleName(/^Kubernetes/);
    await user.keyboard('{Enter}');
    expect(store.getState().selectedId).toBe('kubernetes');
  });

  it('shows the provider of a service and a matched former name', async () => {
    const { user } = renderWithStore(<SearchBox />);
    await user.type(box(), 'vertex');
    const first = screen.getAllByRole('option')[0];
    expect(first).toHaveTextContent('service · Google Cloud');
    expect(first).toHaveTextContent('formerly Vertex AI');
  });

  it('leaves tiers and categories out, since the canvas does not draw them', async () => {
    const { store, user } = renderWithStore(<SearchBox />);
    expect(
      store
        .getState()
        .atlas.search('Libraries', 12)
        .map((h) => h.id),
    ).toContain('libraries');
    await user.type(box(), 'Libraries');
    const details = screen.getAllByRole('option').map((o) => o.querySelector('.combobox-option-detail')!.textContent);
    expect(details.filter((d) => /^(tier|category)\b/.test(d ?? ''))).toEqual([]);
  });

  it('chooses an option with the mouse', async () => {
    const { store, user } = renderWithStore(<SearchBox />);
    await user.type(box(), 'docker');
    await user.click(screen.getByRole('option', { name: /^Docker/ }));
    expect(store.getState().selectedId).toBe('docker');
    expect(box()).toHaveFocus();
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });

  it('says "No matches" when nothing matches, and announces the count', async () => {
    const { user } = renderWithStore(<SearchBox />);
    await user.type(box(), 'docker');
    expect(screen.getByRole('status')).toHaveTextContent(/\d+ results? available/);
    await user.clear(box());
    await user.type(box(), 'zzqxw');
    expect(screen.getByText('No matches')).toBeVisible();
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('No matches found');
  });

  it('closes on the first Escape and clears on the second', async () => {
    const { store, user } = renderWithStore(<SearchBox />);
    await user.type(box(), 'docker');
    await user.keyboard('{ArrowDown}{Escape}');
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    expect(box()).not.toHaveAttribute('aria-activedescendant');
    expect(box()).toHaveValue('docker');
    await user.keyboard('{Escape}');
    expect(box()).toHaveValue('');
    expect(store.getState().selectedId).toBeNull();
  });

  it('closes when focus leaves', async () => {
    const { user } = renderWithStore(
      <>
        <SearchBox />
        <button type="button">Elsewhere</button>
      </>,
    );
    await user.type(box(), 'docker');
    await user.tab();
    expect(box()).toHaveAttribute('aria-expanded', 'false');
  });

  it('focuses the box on "/", unless the person is typing elsewhere', async () => {
    const { user } = renderWithStore(
      <>
        <SearchBox />
        <label>
          Notes <textarea />
        </label>
        <button type="button">Elsewhere</button>
      </>,
    );
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    await user.keyboard('/');
    expect(box()).toHaveFocus();
    expect(box()).toHaveValue('');

    const notes = screen.getByRole('textbox', { name: 'Notes' });
    await user.click(notes);
    await user.keyboard('/');
    expect(notes).toHaveFocus();
    expect(notes).toHaveValue('/');
  });

  it('ignores "/" with a modifier', () => {
    renderWithStore(<SearchBox />);
    fireEvent.keyDown(document.body, { key: '/', ctrlKey: true });
    expect(box()).not.toHaveFocus();
  });
});
