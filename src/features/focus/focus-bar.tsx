/**
 * Neighbourhood focus, over the canvas's top-left corner: offers to focus on the selected item,
 * and once a focus is on, sets how far (depth) and which way (direction) it reaches, or clears it.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { Focus } from '../../store/app-state';
import { selectFocus, selectIndex, selectSelectedId } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { DIRECTIONS, type FocusDirection } from '../../store/view-options';
import { useEscapeKey } from '../../components/escape-key';
import './focus-bar.css';

const DEPTHS: readonly Focus['depth'][] = [1, 2, 3];

const DIRECTION_LABELS: Record<FocusDirection, string> = {
  prerequisites: 'Prerequisites',
  dependants: 'Dependants',
  both: 'Both',
};

export function FocusBar() {
  const focus = useAppStore(selectFocus);
  const selectedId = useAppStore(selectSelectedId);
  const index = useAppStore(selectIndex);
  const focusOn = useAppStore((s) => s.focusOn);
  const updateFocus = useAppStore((s) => s.updateFocus);
  const clearFocus = useAppStore((s) => s.clearFocus);

  const barRef = useRef<HTMLDivElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const depthRef = useRef<HTMLSelectElement>(null);
  // The control just pressed disappears when the bar changes shape; keyboard focus moves to its successor.
  const pendingFocus = useRef<'start' | 'depth' | null>(null);
  const hadKeyboardFocus = () => barRef.current?.contains(document.activeElement) ?? false;

  const clear = useCallback(() => {
    if (hadKeyboardFocus()) pendingFocus.current = 'start';
    clearFocus();
  }, [clearFocus]);
  const isOn = focus !== null;
  useEscapeKey(isOn, clear);

  useEffect(() => {
    const target =
      pendingFocus.current === 'start' ? startRef.current : pendingFocus.current === 'depth' ? depthRef.current : null;
    pendingFocus.current = null;
    target?.focus();
  }, [isOn]);

  const labelOf = (id: string) => index.byId.get(id)?.label ?? id;

  return (
    <div ref={barRef} className="focus-bar">
      {focus ? (
        <div className="focus-toolbar" role="group" aria-label="Neighbourhood focus">
          <p className="focus-title" title={labelOf(focus.id)}>
            Focused on <strong>{labelOf(focus.id)}</strong>
          </p>
          <div className="focus-controls">
            <label className="focus-field">
              <span>Depth</span>
              <select
                ref={depthRef}
                value={focus.depth}
                onChange={(e) => updateFocus({ depth: DEPTHS.find((d) => String(d) === e.target.value) ?? 1 })}
              >
                {DEPTHS.map((d) => (
                  <option key={d} value={d}>
                    {d === 1 ? '1 step' : `${d} steps`}
                  </option>
                ))}
              </select>
            </label>
            <label className="focus-field">
              <span>Direction</span>
              <select
                value={focus.direction}
                onChange={(e) => updateFocus({ direction: e.target.value as FocusDirection })}
              >
                {DIRECTIONS.map((d) => (
                  <option key={d} value={d}>
                    {DIRECTION_LABELS[d]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <button type="button" className="focus-clear" onClick={clear}>
            Clear focus
          </button>
        </div>
      ) : selectedId ? (
        <button
          ref={startRef}
          type="button"
          className="focus-start"
          title={`Bring out ${labelOf(selectedId)} and what connects to it`}
          onClick={() => {
            if (hadKeyboardFocus()) pendingFocus.current = 'depth';
            focusOn(selectedId);
          }}
        >
          {`Focus on ${labelOf(selectedId)}`}
        </button>
      ) : (
        <p className="focus-hint">Select an item to focus on its neighbourhood</p>
      )}
    </div>
  );
}
