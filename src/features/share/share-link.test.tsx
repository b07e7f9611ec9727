import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore } from '../../../tests/fixtures/render-app';
import { ShareLink } from './share-link';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
beforeEach(() => window.history.replaceState(null, '', '/?sel=docker&view=plan'));

describe('ShareLink', () => {
  it('copies the address of the view on screen and says so', async () => {
    // userEvent gives the page a clipboard of its own, to read back.
    const { user } = renderWithStore(<ShareLink />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe('http://localhost:3000/?sel=docker&view=plan');
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
    expect(screen.getByRole('button', { name: '✓ Copied' })).toBeInTheDocument();
  });

  it('gives the link in a notice when the browser refuses the clipboard', async () => {
    const { store, user } = renderWithStore(<ShareLink />);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(store.getState().notices.map((n) => n.message)).toEqual([
      'The browser did not allow copying. The link to this view is http://localhost:3000/?sel=docker&view=plan',
    ]);
  });

  it('offers the share sheet only where the browser has one, and hands it the link', async () => {
    renderWithStore(<ShareLink />);
    expect(screen.queryByRole('button', { name: 'Share…' })).not.toBeInTheDocument();
    cleanup();
    const share = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, share });
    const { user } = renderWithStore(<ShareLink />);
    await user.click(screen.getByRole('button', { name: 'Share…' }));
    expect(share).toHaveBeenCalledWith({ title: document.title, url: 'http://localhost:3000/?sel=docker&view=plan' });
  });
});
