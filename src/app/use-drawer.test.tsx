import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useDrawer } from './use-drawer';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

describe('useDrawer', () => {
  it('opens with a history entry, so back closes it', async () => {
    const { result } = renderHook(() => useDrawer());
    const before = window.history.length;
    act(() => result.current.open('right'));
    expect(result.current.drawer).toBe('right');
    expect(window.history.length).toBe(before + 1);
    act(() => window.history.back());
    await waitFor(() => expect(result.current.drawer).toBeNull());
  });

  it('closing from inside steps back over its entry; switching drawers adds none', async () => {
    const { result } = renderHook(() => useDrawer());
    window.history.pushState(null, '', '/?sel=docker');
    act(() => result.current.open('left'));
    act(() => result.current.open('right'));
    expect(result.current.drawer).toBe('right');
    act(() => result.current.close());
    await waitFor(() => expect(result.current.drawer).toBeNull());
    expect(window.history.state).toBeNull();
    expect(window.location.search).toBe('?sel=docker');
  });

  it('after a change of view inside the drawer, closing does not undo it', () => {
    const { result } = renderHook(() => useDrawer());
    act(() => result.current.open('right'));
    window.history.pushState(null, '', '/?sel=kubernetes'); // what the URL sync does on a selection
    act(() => result.current.close());
    expect(result.current.drawer).toBeNull();
    expect(window.location.search).toBe('?sel=kubernetes');
  });
});
