/**
 * `/` anywhere on the page focuses the search box, unless the person is typing text somewhere
 * else: a radio button, a checkbox, a tab or a select that has focus does not swallow it.
 */
import { useEffect, type RefObject } from 'react';
import { isTypingTarget } from '../../components/escape-key';

export function useSlashShortcut(input: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTypingTarget(event.target)) return;
      event.preventDefault(); // or the "/" would be typed into the box we just focused
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [input]);
}
