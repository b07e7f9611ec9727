/**
 * The phone header's menu (a disclosure: a button and the panel it shows). It closes on Escape, on
 * a tap outside it and on its button. A dialog opened from inside it belongs to it, so taps there
 * keep it open.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export function useHeaderMenu() {
  const [isOpen, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  const toggle = useCallback(() => setOpen((o) => !o), []);

  useEffect(() => {
    if (!isOpen) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    // Captured, so the menu closes before a focus or a trace is cleared by the same key.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || (event.target as Element).closest?.('[aria-modal="true"]')) return;
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown, true);
    };
  }, [isOpen]);

  return { isOpen, close, toggle, button, panel };
}
