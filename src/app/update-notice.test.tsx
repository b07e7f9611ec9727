import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpdateNotice } from './update-notice';
import { offerUpdate } from './update-offer';

afterEach(() => act(() => offerUpdate(null)));

describe('UpdateNotice', () => {
  it('says nothing until a new build is waiting', () => {
    const { container } = render(<UpdateNotice />);
    expect(container).toBeEmptyDOMElement();
  });

  it('offers the new build, and reloads into it when asked', async () => {
    const reload = vi.fn();
    render(<UpdateNotice />);
    act(() => offerUpdate(reload));
    expect(screen.getByText('A new version of Stack Atlas is available.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('goes away on "Not now", leaving the page as it is', async () => {
    const reload = vi.fn();
    render(<UpdateNotice />);
    act(() => offerUpdate(reload));
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
    expect(reload).not.toHaveBeenCalled();
  });
});
