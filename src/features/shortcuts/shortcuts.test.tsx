import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../tests/fixtures/render-app';
import { StatusControl } from '../../components/status-control';
import { SearchBox } from '../search/search-box';
import { KeyboardShortcuts } from './keyboard-shortcuts';
import { SHORTCUTS } from './shortcut-list';

afterEach(cleanup);

const search = () => screen.getByRole('combobox', { name: 'Search' });

describe('keyboard shortcuts', () => {
  it('"/" opens the search after a status was chosen in the radio group', async () => {
    const { user } = renderWithStore(
      <>
        <SearchBox />
        <StatusControl id="docker" label="Docker" />
      </>,
    );
    await user.click(screen.getByRole('radio', { name: 'Learning' }));
    expect(screen.getByRole('radio', { name: 'Learning' })).toHaveFocus();
    await user.keyboard('/');
    expect(search()).toHaveFocus();
    expect(search()).toHaveValue('');
  });

  it('"/" and "?" are typed, not taken, in a text field', async () => {
    const { user } = renderWithStore(
      <>
        <SearchBox />
        <KeyboardShortcuts />
        <textarea aria-label="Notes" />
      </>,
    );
    await user.click(screen.getByRole('textbox', { name: 'Notes' }));
    await user.keyboard('a/b?');
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue('a/b?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('"?" from a checkbox opens the list of every shortcut; Escape closes it and focus returns', async () => {
    const { user } = renderWithStore(
      <>
        <KeyboardShortcuts />
        <input type="checkbox" aria-label="Tier 1" />
      </>,
    );
    await user.click(screen.getByRole('checkbox', { name: 'Tier 1' }));
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const group of SHORTCUTS) {
      const section = within(dialog).getByRole('region', { name: group.where });
      for (const { what } of group.shortcuts) expect(section).toHaveTextContent(what);
    }
    expect(within(dialog).getByRole('region', { name: /^Anywhere/ })).toHaveTextContent('/Search');
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Tier 1' })).toHaveFocus();
  });

  it('opens from its header button too', async () => {
    const { user } = renderWithStore(<KeyboardShortcuts />);
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
