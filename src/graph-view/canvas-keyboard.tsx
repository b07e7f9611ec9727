/**
 * The canvas for keyboard and screen-reader users: Tab reaches it, the arrow keys move the
 * selection to the nearest item in that direction on screen, Enter opens the item's details, and
 * a polite live region says what is selected. Escape is left to the document (escape-key.ts).
 *
 * Cytoscape's container is created by react-cytoscapejs, which passes on only an id, a class and a
 * style, so the attributes and the key listener are put on it here.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { useEffect, useId, useState } from 'react';
import { selectIndex, selectSelectedId } from '../store/selectors';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import type { AppStore } from '../store/app-state';
import { nearestTo, neighbourInDirection, type Direction, type ScreenPoint } from './neighbour-in-direction';
import { selectionAnnouncement } from './selection-announcement';
import './canvas-keyboard.css';

const DIRECTIONS: Partial<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};
const DIRECTION_WORDS: Record<Direction, string> = { left: 'left', right: 'right', up: 'above', down: 'below' };

/** How close (px) to the canvas's edge the selection may sit before the view pans to it. */
const EDGE_MARGIN = 60;

export function CanvasKeyboard({ cy }: { cy: Core }) {
  const store = useAppStoreApi();
  const index = useAppStore(selectIndex);
  const selectedId = useAppStore(selectSelectedId);
  const instructionsId = useId();
  const [focused, setFocused] = useState(false);
  /** Said instead of the selection after an arrow that found nothing, until the selection moves. */
  const [dead, setDead] = useState<{ at: string | null; text: string } | null>(null);
  if (dead && dead.at !== selectedId) setDead(null); // the selection has moved: say it instead

  useEffect(() => {
    const container = cy.container();
    if (!container) return;
    const attributes = {
      tabindex: '0',
      role: 'application',
      'aria-roledescription': 'graph',
      'aria-label': 'Knowledge graph',
      'aria-describedby': instructionsId,
    };
    for (const [name, value] of Object.entries(attributes)) container.setAttribute(name, value);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.target !== container || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const direction = DIRECTIONS[event.key];
      if (direction) {
        event.preventDefault(); // no page scroll
        const next = moveSelection(cy, store, direction);
        if (next) keepInView(cy, next);
        else setDead({ at: store.getState().selectedId, text: `Nothing further ${DIRECTION_WORDS[direction]}.` });
      } else if (event.key === 'Enter' && store.getState().selectedId) {
        event.preventDefault();
        openDetails(store);
      }
    };
    const onFocus = () => setFocused(true);
    const onBlur = () => setFocused(false);
    container.addEventListener('keydown', onKeyDown);
    container.addEventListener('focus', onFocus);
    container.addEventListener('blur', onBlur);
    return () => {
      container.removeEventListener('keydown', onKeyDown);
      container.removeEventListener('focus', onFocus);
      container.removeEventListener('blur', onBlur);
      for (const name of Object.keys(attributes)) container.removeAttribute(name);
    };
  }, [cy, store, instructionsId]);

  // Only while the canvas has focus: elsewhere the search box, the outline or the trace bar speak.
  const said = !focused ? '' : dead ? dead.text : selectedId ? selectionAnnouncement(index, selectedId) : '';
  return (
    <>
      <p id={instructionsId} hidden>
        Arrow keys move the selection to the nearest item in that direction; Enter opens its details.
      </p>
      <div
        className="visually-hidden"
        role="status"
        aria-label="Canvas selection"
        aria-live="polite"
        aria-atomic="true"
      >
        {said}
      </div>
    </>
  );
}

/**
 * Selects the nearest drawn item in `direction` from the selection (or, with nothing selected,
 * the item nearest the middle of the view); returns its id, or null when there is none.
 * Hidden items, provider groups and the layouts' annotations are never targets.
 */
function moveSelection(cy: Core, store: AppStore, direction: Direction): string | null {
  // The class as well as :visible: :visible reads Cytoscape's style cache, which only sees a filter
  // applied this very tick after the next frame.
  const targets = cy.nodes(':childless:selectable:visible').not('.provider-group, .annotation, .filtered-out').nodes();
  const pointOf = (node: NodeSingular): ScreenPoint => ({ id: node.id(), ...node.renderedPosition() });
  const points = targets.map(pointOf);
  const current = store.getState().selectedId;
  const from = current ? cy.nodes().getElementById(current) : null;
  let next: string | null;
  if (from?.nonempty()) {
    // A selection the filters hide still says where the person is: start from it.
    if (!targets.contains(from)) points.push(pointOf(from));
    next = neighbourInDirection(points, from.id(), direction);
  } else next = nearestTo(points, { x: cy.width() / 2, y: cy.height() / 2 });
  if (next) store.getState().select(next);
  return next;
}

/**
 * Once whatever camera move the selection started has finished, pans the least distance that
 * puts the item (label included) at least EDGE_MARGIN inside the canvas, if it is not already.
 */
function keepInView(cy: Core, id: string) {
  const settle = () => {
    if (cy.destroyed()) return;
    if (cy.animated()) return void requestAnimationFrame(settle);
    const node = cy.getElementById(id);
    if (node.empty() || !node.selected()) return; // the selection has moved on
    const box = node.renderedBoundingBox({ includeLabels: true });
    const margin = Math.min(EDGE_MARGIN, cy.width() / 4, cy.height() / 4);
    const shift = (low: number, high: number, size: number) =>
      low < margin ? margin - low : high > size - margin ? Math.max(size - margin - high, margin - low) : 0;
    const x = shift(box.x1, box.x2, cy.width());
    const y = shift(box.y1, box.y2, cy.height());
    if (x !== 0 || y !== 0) cy.panBy({ x, y });
  };
  requestAnimationFrame(settle);
}

/**
 * Shows the selected item's details the way a person would: the Details tab, the Details drawer
 * on narrow screens (the app shell's own toggle, which owns the drawer's state), then keyboard
 * focus on the item's heading so a screen reader reads on from there.
 */
function openDetails(store: AppStore) {
  store.getState().setView('explore');
  const toggle = document.querySelector<HTMLButtonElement>('button[aria-controls="right-panel"]');
  if (toggle && toggle.getClientRects().length > 0 && toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  // The panel may still be loading, and a drawer is not focusable until it has started sliding
  // in: keep trying for a second.
  let frames = 60;
  const focusHeading = () => {
    const heading = document.querySelector<HTMLElement>('#right-panel .details-title');
    heading?.focus();
    if (heading !== document.activeElement && --frames > 0) requestAnimationFrame(focusHeading);
  };
  requestAnimationFrame(focusHeading);
}
