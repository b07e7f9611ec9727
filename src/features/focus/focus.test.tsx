import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../tests/fixtures/render-app';
import { FocusBar } from './focus-bar';

// Vitest runs without globals, so Testing Library cannot unmount between tests by itself.
afterEach(cleanup);

const ID = 'rag-systems';
const labelOf = (store: ReturnType<typeof renderWithStore>['store'], id: string) =>
  store.getState().atlas.index.byId.get(id)!.label;

describe('FocusBar', () => {
  it('only hints when nothing is selected', () => {
    renderWithStore(<FocusBar />);
    expect(screen.getByText('Select an item to focus on its neighbourhood')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers to focus on the selected item, then shows the focus toolbar', async () => {
    const { store, user } = renderWithStore(<FocusBar />, { view: { selectedId: ID } });
    const label = labelOf(store, ID);
    await user.click(screen.getByRole('button', { name: `Focus on ${label}` }));
    expect(store.getState().focus).toEqual({ id: ID, depth: 1, direction: 'both' });

    const bar = screen.getByRole('group', { name: 'Neighbourhood focus' });
    expect(bar).toHaveTextContent(`Focused on ${label}`);
    // The pressed button is gone; keyboard focus lands on the first control of the toolbar.
    expect(within(bar).getByRole('combobox', { name: 'Depth' })).toHaveFocus();
  });

  it('changes depth and direction in the store', async () => {
    const { store, user } = renderWithStore(<FocusBar />, {
      view: { selectedId: ID, focus: { id: ID, depth: 1, direction: 'both' } },
    });
    const depth = screen.getByRole('combobox', { name: 'Depth' });
    await user.selectOptions(depth, '3');
    expect(store.getState().focus?.depth).toBe(3);
    expect(depth).toHaveValue('3');

    const direction = screen.getByRole('combobox', { name: 'Direction' });
    expect(
      within(direction)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Prerequisites', 'Dependants', 'Both']);
    await user.selectOptions(direction, 'Prerequisites');
    expect(store.getState().focus).toEqual({ id: ID, depth: 3, direction: 'prerequisites' });
    await user.selectOptions(direction, 'Dependants');
    expect(store.getState().focus?.direction).toBe('dependants');
  });

  it('follows the focus when the selection moves', async () => {
    const { store } = renderWithStore(<FocusBar />, {
      view: { selectedId: ID, focus: { id: ID, depth: 2, direction: 'both' } },
    });
    const other = 'python';
    store.getState().select(other);
    expect(await screen.findByText(labelOf(store, other))).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Depth' })).toHaveValue('2');
  });

  it('clears the focus with the button and puts keyboard focus back on the offer', async () => {
    const { store, user } = renderWithStore(<FocusBar />, {
      view: { selectedId: ID, focus: { id: ID, depth: 2, direction: 'dependants' } },
    });
    await user.click(screen.getByRole('button', { name: 'Clear focus' }));
    expect(store.getState().focus).toBeNull();
    expect(store.getState().selectedId).toBe(ID);
    expect(screen.queryByRole('group', { name: 'Neighbourhood focus' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Focus on ${labelOf(store, ID)}` })).toHaveFocus();
  });

  it('clears the focus on Escape, but not while typing in a field', async () => {
    const { store, user } = renderWithStore(
      <>
        <input type="search" aria-label="Search" />
        <FocusBar />
      </>,
      { view: { selectedId: ID, focus: { id: ID, depth: 1, direction: 'both' } } },
    );
    await user.click(screen.getByRole('searchbox', { name: 'Search' }));
    await user.keyboard('{Escape}');
    expect(store.getState().focus).not.toBeNull();

    // The same key outside the field clears it.
    fireEvent(document.body, new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(store.getState().focus).toBeNull();
  });

  it('leaves Escape alone once a handler has claimed it', () => {
    const { store } = renderWithStore(<FocusBar />, {
      view: { selectedId: ID, focus: { id: ID, depth: 1, direction: 'both' } },
    });
    const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    event.preventDefault();
    document.body.dispatchEvent(event);
    expect(store.getState().focus).not.toBeNull();
  });

  it('clears the focus on Escape pressed on the page', async () => {
    const { store, user } = renderWithStore(<FocusBar />, {
      view: { selectedId: ID, focus: { id: ID, depth: 1, direction: 'both' } },
    });
    await user.keyboard('{Escape}');
    expect(store.getState().focus).toBeNull();
  });
});
