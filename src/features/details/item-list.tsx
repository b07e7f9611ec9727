/** Lists of related items: every entry is a button that selects that item. */
import { useId, type ReactNode } from 'react';
import { TIER_COLOURS } from '../../encoding/encoding';
import type { ItemRef, Prerequisite } from './details-model';

export type OnSelect = (id: string) => void;

/** A small heading with a count, shared by every list in the panel. */
export function ListHeading({ id, title, count }: { id: string; title: string; count?: number }) {
  return (
    <h3 id={id} className="section-heading details-list-heading">
      {title}
      {count !== undefined && <span className="details-count">{count}</span>}
    </h3>
  );
}

/** A tier-coloured dot, so entries carry the same colour as their node on the canvas. */
function TierDot({ item }: { item: ItemRef }) {
  return <span className="dot" aria-hidden="true" style={{ background: TIER_COLOURS[item.tier ?? 'none'] }} />;
}

export function ItemButton({ item, onSelect }: { item: ItemRef; onSelect: OnSelect }) {
  return (
    <button type="button" className="item-button" onClick={() => onSelect(item.id)}>
      <TierDot item={item} />
      {item.label}
    </button>
  );
}

export function ListSection({
  title,
  count,
  children,
  footer,
}: {
  title: string;
  count?: number;
  children: (headingId: string) => ReactNode;
  footer?: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="details-section" aria-labelledby={headingId}>
      <ListHeading id={headingId} title={title} count={count} />
      {children(headingId)}
      {footer}
    </section>
  );
}

export function ItemList({
  title,
  items,
  onSelect,
  footer,
}: {
  title: string;
  items: readonly ItemRef[];
  onSelect: OnSelect;
  footer?: ReactNode;
}) {
  if (items.length === 0) return null;
  return (
    <ListSection title={title} count={items.length} footer={footer}>
      {(headingId) => (
        <ul className="details-list" aria-labelledby={headingId}>
          {items.map((item) => (
            <li key={item.id}>
              <ItemButton item={item} onSelect={onSelect} />
            </li>
          ))}
        </ul>
      )}
    </ListSection>
  );
}

/** Direct prerequisites; an any-of group reads "one of: A / B", recommended ones are marked. */
export function PrerequisiteList({
  entries,
  onSelect,
  title = 'Prerequisites',
}: {
  entries: readonly Prerequisite[];
  onSelect: OnSelect;
  title?: string;
}) {
  if (entries.length === 0) return null;
  const count = entries.reduce((n, e) => n + e.items.length, 0);
  return (
    <ListSection title={title} count={count}>
      {(headingId) => (
        <ul className="details-list" aria-labelledby={headingId}>
          {entries.map((entry) => (
            <li key={entry.items.map((i) => i.id).join('|')} className={entry.anyOf ? 'details-any-of' : undefined}>
              {entry.anyOf && <span className="details-note">one of:</span>}
              {entry.items.map((item, i) => (
                <span key={item.id} className="details-any-of-member">
                  {i > 0 && (
                    <span className="details-note" aria-hidden="true">
                      /
                    </span>
                  )}
                  <ItemButton item={item} onSelect={onSelect} />
                </span>
              ))}
              {entry.recommended && <span className="tag">recommended</span>}
            </li>
          ))}
        </ul>
      )}
    </ListSection>
  );
}
