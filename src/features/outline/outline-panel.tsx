/**
 * The outline: every visible item (passing the filters and inside the focus) as a tree grouped by
 * tier and category. It mirrors the selection both ways: choosing an item selects it, and a
 * selection made elsewhere opens its groups and scrolls it into view. Keyboard: one tab stop
 * (roving tabindex) and the arrow keys, as in the WAI-ARIA tree view pattern; on an item, "t" and
 * "u" trace its prerequisites or unlocks and "l" steps its learning status on.
 */
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { statusOf, type Status } from '../../domain/progress';
import { TIER_COLOURS } from '../../encoding/encoding';
import { useAppStore } from '../../store/store-context';
import { OutlineEmpty } from './outline-empty';
import { selectIndex, selectProgress, selectSelectedId, selectVisibility } from '../../store/selectors';
import { buildOutline, isOutlineItem, itemKey, visibleRows } from './outline-groups';
import { itemKeyAction, nextStatus, STATUS_WORDS } from './item-keys';
import { treeKeyAction } from './tree-keys';
import './outline.css';

/** With this few items showing (e.g. a focus), every group starts open. */
const OPEN_ALL_BELOW = 40;

const rowKeyOf = (target: EventTarget) =>
  (target instanceof HTMLElement ? target.closest<HTMLElement>('[role="treeitem"]')?.dataset.key : undefined) ?? null;

const findRow = (root: HTMLElement | null, key: string) =>
  [...(root?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? [])].find((el) => el.dataset.key === key);

const plural = (n: number) => `${n} item${n === 1 ? '' : 's'}`;

export function OutlinePanel() {
  const index = useAppStore(selectIndex);
  const { passing, inFocus } = useAppStore(selectVisibility);
  const selectedId = useAppStore(selectSelectedId);
  const select = useAppStore((s) => s.select);
  const progress = useAppStore(selectProgress);
  const traceFrom = useAppStore((s) => s.traceFrom);
  const setStatus = useAppStore((s) => s.setStatus);
  const tree = useRef<HTMLUListElement>(null);
  const hintId = useId();
  // What the last "l" did, for screen readers: a changed name on the focused row is not always read.
  const [announcement, setAnnouncement] = useState('');

  // Memoised on the visibility sets, which the store memoises on filters and focus.
  const outline = useMemo(
    () => buildOutline(index, (id) => passing.has(id) && inFocus.has(id)),
    [index, passing, inFocus],
  );
  const allItems = useMemo(() => index.graph.nodes.filter(isOutlineItem).length, [index]);

  // Groups the person opened or closed; the rest follow the default.
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const isOpen = useCallback(
    (key: string) => toggled.get(key) ?? (!key.includes('/') || outline.total <= OPEN_ALL_BELOW),
    [toggled, outline.total],
  );
  const setOpen = (keys: readonly string[], open: boolean) =>
    setToggled((prev) => new Map([...prev, ...keys.map((k) => [k, open] as const)]));

  // A new selection (from anywhere) opens its groups and takes the tab stop. Adjusting state
  // while rendering, rather than in an effect, so the opened tree is in the very next commit.
  const [revealed, setRevealed] = useState<string | null>(null);
  if (selectedId !== revealed) {
    setRevealed(selectedId);
    const location = selectedId ? outline.locations.get(selectedId) : undefined;
    if (location && selectedId) {
      setToggled((prev) => new Map([...prev, [location[0], true], [location[1], true]]));
      setFocusKey(itemKey(selectedId));
    }
  }

  const rows = useMemo(() => visibleRows(outline, isOpen), [outline, isOpen]);
  const rowKeys = useMemo(() => new Set(rows.map((r) => r.key)), [rows]);
  const selectedKey = selectedId ? itemKey(selectedId) : null;
  const tabStop =
    focusKey && rowKeys.has(focusKey)
      ? focusKey
      : selectedKey && rowKeys.has(selectedKey)
        ? selectedKey
        : (rows[0]?.key ?? null);

  // Bring the selected item into view: centred when chosen elsewhere (the canvas, the search),
  // only nudged when chosen here, so the list does not jump under the pointer. jsdom lacks scrollIntoView.
  useEffect(() => {
    const el = selectedId ? findRow(tree.current, itemKey(selectedId)) : undefined;
    if (!el || typeof el.scrollIntoView !== 'function') return;
    const fromHere = tree.current?.contains(document.activeElement) ?? false;
    el.scrollIntoView({ block: fromHere ? 'nearest' : 'center' });
  }, [selectedId]);

  const choose = useCallback((id: string) => select(id), [select]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const current = rowKeyOf(event.target);
    if (!current || event.altKey || event.ctrlKey || event.metaKey) return;
    const itemId = rows.find((r) => r.key === current)?.id;
    const learning = itemId ? itemKeyAction(event.key) : null;
    if (itemId && learning) {
      event.preventDefault();
      if (learning === 'status') {
        const next = nextStatus(statusOf(progress, itemId));
        setStatus([itemId], next);
        setAnnouncement(`${index.byId.get(itemId)?.label ?? itemId}: ${STATUS_WORDS[next]}`);
      } else traceFrom(itemId, learning);
      return;
    }
    const action = treeKeyAction(rows, current, event.key, isOpen);
    if (!action) return;
    event.preventDefault();
    switch (action.type) {
      case 'focus':
        setFocusKey(action.key);
        findRow(tree.current, action.key)?.focus();
        break;
      case 'open':
      case 'close':
        setOpen([action.key], action.type === 'open');
        break;
      case 'toggle':
        setOpen([action.key], !isOpen(action.key));
        break;
      case 'select':
        select(action.id);
        break;
    }
  };

  const onFocus = (event: FocusEvent<HTMLUListElement>) => {
    const key = rowKeyOf(event.target);
    if (key) setFocusKey(key);
  };

  const summary = outline.total === allItems ? `${plural(allItems)}` : `${outline.total} of ${plural(allItems)} shown`;

  return (
    <section className="outline" aria-label="Outline">
      <p className="outline-summary">{summary}</p>
      {/* Terse on screen, a sentence for screen readers (the tree's description). */}
      <p className="outline-hint" aria-hidden="true" title="Keys on an item in the tree">
        <kbd>t</kbd> prerequisites · <kbd>u</kbd> unlocks · <kbd>l</kbd> status
      </p>
      <p className="visually-hidden" id={hintId}>
        On an item, press t to trace its prerequisites, u to trace what it unlocks, l to change its learning status.
      </p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {outline.total === 0 ? (
        <OutlineEmpty />
      ) : (
        <ul
          ref={tree}
          role="tree"
          aria-label="Items by tier and category"
          aria-describedby={hintId}
          className="outline-tree"
          onKeyDown={onKeyDown}
          onFocus={onFocus}
        >
          {outline.sections.map((section) => (
            <GroupNode
              key={section.key}
              groupKey={section.key}
              label={section.label}
              count={section.count}
              open={isOpen(section.key)}
              tabbable={tabStop === section.key}
              onToggle={() => setOpen([section.key], !isOpen(section.key))}
              marker={<span className="outline-tier-dot" style={{ background: TIER_COLOURS[section.tier] }} />}
            >
              {section.groups.map((group) => (
                <GroupNode
                  key={group.key}
                  groupKey={group.key}
                  label={group.label}
                  count={group.items.length}
                  open={isOpen(group.key)}
                  tabbable={tabStop === group.key}
                  onToggle={() => setOpen([group.key], !isOpen(group.key))}
                >
                  {group.items.map((item) => (
                    <ItemNode
                      key={item.key}
                      id={item.id}
                      itemKey={item.key}
                      label={item.label}
                      status={statusOf(progress, item.id)}
                      selected={item.id === selectedId}
                      tabbable={tabStop === item.key}
                      onChoose={choose}
                    />
                  ))}
                </GroupNode>
              ))}
            </GroupNode>
          ))}
        </ul>
      )}
    </section>
  );
}

interface GroupNodeProps {
  groupKey: string;
  label: string;
  count: number;
  open: boolean;
  tabbable: boolean;
  onToggle: () => void;
  marker?: ReactNode;
  children: ReactNode;
}

function GroupNode({ groupKey, label, count, open, tabbable, onToggle, marker, children }: GroupNodeProps) {
  return (
    // The name is set explicitly: computed from content it would read out every item inside.
    <li
      role="treeitem"
      aria-expanded={open}
      aria-label={`${label}, ${plural(count)}`}
      tabIndex={tabbable ? 0 : -1}
      data-key={groupKey}
      className="outline-group"
    >
      <div className="outline-row outline-group-row" onClick={onToggle}>
        <span className="outline-twisty" aria-hidden="true" />
        {marker}
        <span className="outline-group-label">{label}</span>
        <span className="outline-count">{count}</span>
      </div>
      {open && (
        <ul role="group" className="outline-children">
          {children}
        </ul>
      )}
    </li>
  );
}

interface ItemNodeProps {
  id: string;
  itemKey: string;
  label: string;
  status: Status;
  selected: boolean;
  tabbable: boolean;
  onChoose: (id: string) => void;
}

/**
 * Memoised: a new selection re-renders two items, not three hundred. The status mark is drawn by
 * CSS from data-status (no text to leak into the name); the name says it in words instead —
 * "Python, learned" — and stays just "Python" while not started, to keep three hundred rows quiet.
 */
const ItemNode = memo(function ItemNode({ id, itemKey, label, status, selected, tabbable, onChoose }: ItemNodeProps) {
  return (
    <li
      role="treeitem"
      aria-selected={selected}
      tabIndex={tabbable ? 0 : -1}
      data-key={itemKey}
      data-status={status}
      // Set as a whole: a hidden span would be read as "Python , learned" (it is laid out as a block).
      aria-label={status === 'not-started' ? undefined : `${label}, ${STATUS_WORDS[status]}`}
      className="outline-row outline-item"
      onClick={() => onChoose(id)}
    >
      {label}
    </li>
  );
});
