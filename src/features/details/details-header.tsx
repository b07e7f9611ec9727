/** The top of the panel: name, badges, description, other names, the actions and links. */
import type { ReactNode, Ref } from 'react';
import { TIER_COLOURS } from '../../encoding/encoding';
import type { DetailsModel } from './details-model';
import { ExternalLink } from './external-link';
import { ItemActions } from './item-actions';
import { ListSection } from './item-list';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function Badge({ label, className = '', children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <li className={`badge details-badge ${className}`}>
      {/* Badges are terse visually; the hidden label says what each one is for screen readers. */}
      <span className="visually-hidden">{label}: </span>
      {children}
    </li>
  );
}

function Badges({ model }: { model: DetailsModel }) {
  return (
    <ul className="details-badges" aria-label="About this item">
      <Badge label="Kind">{capitalise(model.kind)}</Badge>
      {model.tier !== undefined && (
        <Badge label="Tier">
          <span className="dot dot-large" aria-hidden="true" style={{ background: TIER_COLOURS[model.tier] }} />
          {model.tierName}
        </Badge>
      )}
      {model.categoryLabel && <Badge label="Category">{model.categoryLabel}</Badge>}
      {model.priority && (
        <Badge
          label="Priority"
          className={model.priority === 'essential' ? 'badge-accent' : `details-priority-${model.priority}`}
        >
          {model.priority}
        </Badge>
      )}
      {model.providerName && <Badge label="Provider">{model.providerName}</Badge>}
      {model.area && <Badge label="Area">{model.area}</Badge>}
    </ul>
  );
}

export function DetailsHeader({
  model,
  headingRef,
  focused,
  onFocus,
  onClearFocus,
}: {
  model: DetailsModel;
  headingRef: Ref<HTMLHeadingElement>;
  focused: boolean;
  onFocus: () => void;
  onClearFocus: () => void;
}) {
  return (
    <>
      {/* tabIndex -1: the panel moves focus here after a list entry replaces the item shown. */}
      <h2 className="details-title" tabIndex={-1} ref={headingRef}>
        {model.label}
      </h2>
      <Badges model={model} />
      <p className="details-description">{model.description}</p>
      {(model.aliases.length > 0 || model.formerNames.length > 0) && (
        <dl className="details-names">
          {model.aliases.length > 0 && (
            <div>
              <dt>Also known as</dt>
              <dd>{model.aliases.join(', ')}</dd>
            </div>
          )}
          {model.formerNames.length > 0 && (
            <div>
              <dt>Formerly</dt>
              <dd>{model.formerNames.join(', ')}</dd>
            </div>
          )}
        </dl>
      )}
      <ItemActions model={model} focused={focused} onFocus={onFocus} onClearFocus={onClearFocus} />
      {model.links.length > 0 && (
        <ListSection title="Links" count={model.links.length}>
          {(headingId) => (
            <ul className="details-links" aria-labelledby={headingId}>
              {model.links.map((url) => (
                <li key={url}>
                  <ExternalLink url={url} />
                </li>
              ))}
            </ul>
          )}
        </ListSection>
      )}
    </>
  );
}
