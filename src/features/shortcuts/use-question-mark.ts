/** `?` anywhere opens the shortcut list, unless the person is typing text (there it is a question mark). */
import { useEffect } from 'react';
import { isTypingTarget } from '../../components/escape-key';

export function useQuestionMark(onPress: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTypingTarget(event.target)) return;
      event.preventDefault();
      onPress();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onPress]);
}
