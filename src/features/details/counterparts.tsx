/** Graded cloud entries: counterparts on other clouds, services offering a capability, capabilities of a service. */
import { PROVIDER_MARKS } from '../../encoding/encoding';
import type { Match } from '../../domain/vocabulary';
import type { GradedEntry, ProviderGroup } from './details-model';
import { ExternalLink } from './external-link';
import { ItemButton, ListSection, type OnSelect } from './item-list';

function GradeBadge({ match }: { match: Match }) {
  return (
    <span className={match === 'full' ? 'badge badge-accent' : 'badge details-grade-partial'}>
      {match === 'full' ? 'Full match' : 'Partial match'}
    </span>
  );
}

function GradedItem({ entry, onSelect, showVia }: { entry: GradedEntry; onSelect: OnSelect; showVia: boolean }) {
  return (
    <li className="details-graded">
      <div className="details-graded-head">
        <ItemButton item={entry.item} onSelect={onSelect} />
        <GradeBadge match={entry.match} />
      </div>
      {showVia && entry.via.length > 0 && (
        <p className="details-fine">For {entry.via.map((v) => v.label).join(', ')}</p>
      )}
      {/* The caveat is the point of a partial grade, so it is text on the page, not a tooltip. */}
      {/* A counterpart's caveat may be about the selected service itself: say whose it is. */}
      {entry.caveats.map((caveat) => (
        <p key={`${caveat.about ?? ''}${caveat.text}`} className="details-caveat">
          <span className="details-caveat-label">{caveat.about ? `Caveat on ${caveat.about}:` : 'Caveat:'}</span>{' '}
          {caveat.text}
        </p>
      ))}
      {/* A page that backs several of the claims is cited once. */}
      {entry.sources
        .filter((source, i, all) => all.findIndex((s) => s.url === source.url) === i)
        .map((source) => (
          <p key={source.url} className="details-fine">
            Source: <ExternalLink url={source.url} />
            {source.checked && <> · checked {source.checked}</>}
          </p>
        ))}
    </li>
  );
}

export function GradedList({
  entries,
  onSelect,
  label,
  showVia = false,
}: {
  entries: readonly GradedEntry[];
  onSelect: OnSelect;
  label: string;
  showVia?: boolean;
}) {
  return (
    <ul className="details-list details-graded-list" aria-label={label}>
      {entries.map((entry) => (
        <GradedItem key={entry.item.id} entry={entry} onSelect={onSelect} showVia={showVia} />
      ))}
    </ul>
  );
}

function ProviderMark({ group }: { group: ProviderGroup }) {
  const mark = PROVIDER_MARKS[group.provider];
  return (
    <span
      className="details-provider-mark"
      aria-hidden="true"
      style={{ borderColor: mark.colour, borderStyle: mark.border }}
    />
  );
}

/** One block per cloud, always all of them, so a missing counterpart is visible rather than silent. */
export function ProviderGroups({
  title,
  groups,
  onSelect,
  none,
  showVia = false,
}: {
  title: string;
  groups: readonly ProviderGroup[] | undefined;
  onSelect: OnSelect;
  none: string;
  showVia?: boolean;
}) {
  if (!groups || groups.length === 0) return null;
  const count = groups.reduce((n, g) => n + g.entries.length, 0);
  return (
    <ListSection title={title} count={count}>
      {() =>
        groups.map((group) => (
          <div key={group.provider} className="details-provider">
            <h4 className="details-provider-name">
              <ProviderMark group={group} />
              {group.name}
            </h4>
            {group.entries.length === 0 ? (
              <p className="details-none">{none}</p>
            ) : (
              <GradedList
                entries={group.entries}
                onSelect={onSelect}
                label={`${title}: ${group.name}`}
                showVia={showVia}
              />
            )}
          </div>
        ))
      }
    </ListSection>
  );
}

export function CapabilityList({ entries, onSelect }: { entries: readonly GradedEntry[]; onSelect: OnSelect }) {
  if (entries.length === 0) return null;
  return (
    <ListSection title="Capabilities" count={entries.length}>
      {() => <GradedList entries={entries} onSelect={onSelect} label="Capabilities" />}
    </ListSection>
  );
}
