import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useHeaderMenu } from './use-header-menu';

afterEach(cleanup);

function Header({ onEscapeElsewhere }: { onEscapeElsewhere: () => void }) {
  const { isOpen, toggle, button, panel } = useHeaderMenu();
  return (
    <>
      <button ref={button} type="button" aria-expanded={isOpen} onClick={toggle}>
        Menu
      </button>
      <div ref={panel} hidden={!isOpen}>
        <button type="button">Copy link</button>
      </div>
      <p>Canvas</p>
      {/* Stands for the Escape that clears a focus or a trace (document, bubbling). */}
      <EscapeListener onEscape={onEscapeElsewhere} />
    </>
  );
}

function EscapeListener({ onEscape }: { onEscape: () => void }) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onEscape();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onEscape]);
  return null;
}

const menu = () => screen.getByRole('button', { name: 'Menu' });

describe('the header menu', () => {
  it('stays open for taps inside, closes on a tap outside', async () => {
    const user = userEvent.setup();
    render(<Header onEscapeElsewhere={() => {}} />);
    await user.click(menu());
    expect(menu()).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(menu()).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByText('Canvas'));
    expect(menu()).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes first on Escape, giving focus back to its button; the next Escape goes on', async () => {
    const user = userEvent.setup();
    const elsewhere = vi.fn();
    render(<Header onEscapeElsewhere={elsewhere} />);
    await user.click(menu());
    screen.getByRole('button', { name: 'Copy link' }).focus();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(menu()).toHaveAttribute('aria-expanded', 'false');
    expect(menu()).toHaveFocus();
    expect(elsewhere).not.toHaveBeenCalled();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(elsewhere).toHaveBeenCalledTimes(1);
  });
});
