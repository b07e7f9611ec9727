/**
 * Light or dark: follows the system until the person chooses, then remembers the choice. The
 * stored value is parsed, never trusted: anything unexpected means "follow the system".
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import * as z from 'zod/mini';
import type { Theme } from '../encoding/theme';

const KEY = 'stack-atlas:theme';
const StoredTheme = z.enum(['light', 'dark']);
const query = '(prefers-color-scheme: dark)';

function readStored(): Theme | null {
  try {
    const parsed = StoredTheme.safeParse(window.localStorage.getItem(KEY));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const subscribeSystem = (onChange: () => void) => {
  const media = window.matchMedia?.(query);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
};
const systemPrefersDark = () => window.matchMedia?.(query).matches ?? false;

export function useTheme(): [Theme, (theme: Theme) => void] {
  const [chosen, setChosen] = useState<Theme | null>(readStored);
  const systemDark = useSyncExternalStore(subscribeSystem, systemPrefersDark, () => false);
  const theme: Theme = chosen ?? (systemDark ? 'dark' : 'light');
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
  const choose = useCallback((next: Theme) => {
    setChosen(next);
    try {
      window.localStorage.setItem(KEY, next);
    } catch {
      // Storage may be full or blocked; the choice still holds for this visit.
    }
  }, []);
  return [theme, choose];
}
