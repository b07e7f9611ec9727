/**
 * A side panel: its tabs on top, the open tab below. On narrow screens it is a drawer, with its own
 * close button, and Escape inside it closes it (a text field keeps its own Escape).
 */
import type { KeyboardEvent, ReactNode } from 'react';
import { isTypingTarget } from '../components/escape-key';
import { Tabs, type TabsProps } from '../components/tabs';
import type { Drawer } from './use-drawer';

export const DRAWER_NAMES: Record<Drawer, string> = { left: 'Filters & outline', right: 'Details' };

interface SidePanelProps<T extends string> {
  side: Drawer;
  label: string;
  tabs: Omit<TabsProps<T>, 'idPrefix'>;
  onClose: () => void;
  className?: string;
  children: ReactNode;
}

export function SidePanel<T extends string>({ side, label, tabs, onClose, className, children }: SidePanelProps<T>) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || isTypingTarget(event.target)) return;
    event.stopPropagation(); // the drawer goes first; a focus or trace stays until the next Escape
    onClose();
  };
  return (
    <aside id={`${side}-panel`} className={`panel panel-${side}`} aria-label={label} onKeyDown={onKeyDown}>
      <div className="panel-bar">
        <Tabs idPrefix={side} {...tabs} />
        <button type="button" className="drawer-close" aria-label={`Close ${DRAWER_NAMES[side]}`} onClick={onClose}>
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      <div
        id={`${side}-tabpanel`}
        role="tabpanel"
        aria-labelledby={`${side}-tab-${tabs.current}`}
        className={className}
      >
        {children}
      </div>
    </aside>
  );
}
