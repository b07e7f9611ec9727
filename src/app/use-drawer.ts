/**
 * Which side panel is open as a drawer (narrow screens). Opening one adds a history entry, so the
 * phone's back gesture closes it; closing it any other way (its button, Escape, a tap outside)
 * steps back over that entry, so history does not fill with drawer openings.
 */
import { useCallback, useEffect, useState } from 'react';

export type Drawer = 'left' | 'right';

const drawerIn = (state: unknown): Drawer | null => {
  const drawer = (state as { drawer?: unknown } | null)?.drawer;
  return drawer === 'left' || drawer === 'right' ? drawer : null;
};

export function useDrawer() {
  const [drawer, setDrawer] = useState<Drawer | null>(null);

  useEffect(() => {
    const onPop = () => setDrawer(drawerIn(window.history.state));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const open = useCallback((which: Drawer) => {
    // One entry for "a drawer is open", whichever it is: switching drawers replaces it.
    if (drawerIn(window.history.state)) window.history.replaceState({ drawer: which }, '', window.location.href);
    else window.history.pushState({ drawer: which }, '', window.location.href);
    setDrawer(which);
  }, []);

  const close = useCallback(() => {
    // The entry is only ours while it is the current one; after a change of view it is not.
    if (drawerIn(window.history.state)) window.history.back();
    else setDrawer(null);
  }, []);

  const toggle = useCallback((which: Drawer) => (drawer === which ? close() : open(which)), [drawer, open, close]);

  return { drawer, open, close, toggle };
}
