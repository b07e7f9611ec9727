/** The translated stack: each input service, its counterparts on the target, or plainly why none. */
import type { GraphIndex } from '../../domain/graph-index';
import type { ServiceCounterpart } from '../../domain/queries/equivalents';
import type { ProviderId } from '../../domain/vocabulary';
import { labelOf, providerName } from './compare-model';
import { GradeBadge } from './grade-badge';
import { SourceLine } from './source-line';
import { gapSentence, missingSentence, type TranslationRow } from './translate-model';

interface Props {
  index: GraphIndex;
  rows: readonly TranslationRow[];
  to: ProviderId;
  onSelect: (id: string) => void;
  onRemove: (id: string) => void;
}

/** "formerly Vertex AI": renamed services stay recognisable by the name people still use. */
function FormerNames({ index, id, className = 'compare-fine' }: { index: GraphIndex; id: string; className?: string }) {
  const former = index.byId.get(id)?.formerNames ?? [];
  return former.length > 0 ? <p className={className}>formerly {former.join(', ')}</p> : null;
}

function Counterpart({
  index,
  entry,
  onSelect,
}: {
  index: GraphIndex;
  entry: ServiceCounterpart;
  onSelect: Props['onSelect'];
}) {
  return (
    <li className="compare-service">
      <div className="compare-service-head compare-service-head-start">
        <button type="button" className="compare-service-name" onClick={() => onSelect(entry.service)}>
          {labelOf(index, entry.service)}
        </button>
        <GradeBadge match={entry.match} />
      </div>
      <FormerNames index={index} id={entry.service} />
      <p className="compare-fine">for {entry.capabilities.map((id) => labelOf(index, id)).join(', ')}</p>
      {/* Each caveat names its service: the counterpart's limitation, or the translated service's own. */}
      {entry.caveats.map((caveat) => (
        <p key={`${caveat.service} ${caveat.text}`} className="compare-caveat">
          <strong>On {labelOf(index, caveat.service)}:</strong> {caveat.text}
        </p>
      ))}
      <SourceLine claims={entry.sources} />
    </li>
  );
}

export function TranslationTable({ index, rows, to, onSelect, onRemove }: Props) {
  const target = providerName(to);
  return (
    <div className="compare-table-wrap">
      <table className="compare-table compare-translation">
        <caption>Translation to {target}</caption>
        <thead>
          <tr>
            <th scope="col">Your service</th>
            <th scope="col">Counterpart on {target}</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const node = index.byId.get(row.from);
            const label = labelOf(index, row.from);
            return (
              <tr key={row.from} className={row.counterparts.length === 0 ? 'compare-gap-row' : undefined}>
                <th scope="row">
                  <button type="button" className="compare-service-name" onClick={() => onSelect(row.from)}>
                    {label}
                  </button>
                  {node?.provider && <span className="compare-fine compare-from">{providerName(node.provider)}</span>}
                  {/* In the row header, so plain weight like the provider line above it. */}
                  <FormerNames index={index} id={row.from} className="compare-fine compare-from" />
                </th>
                <td>
                  {row.counterparts.length === 0 ? (
                    <p className="compare-gap">
                      <span aria-hidden="true">⚠ </span>
                      {gapSentence(index, row, target)}
                    </p>
                  ) : (
                    <>
                      {row.same && <p className="compare-fine">Already on {target}.</p>}
                      <ul className="compare-services">
                        {row.counterparts.map((entry) => (
                          <Counterpart key={entry.service} index={index} entry={entry} onSelect={onSelect} />
                        ))}
                      </ul>
                      {row.missing.length > 0 && (
                        <p className="compare-gap">
                          <span aria-hidden="true">⚠ </span>
                          {missingSentence(index, row, target)}
                        </p>
                      )}
                    </>
                  )}
                </td>
                <td className="compare-actions-cell">
                  <button
                    type="button"
                    aria-label={`Remove ${label} from the stack`}
                    onClick={() => onRemove(row.from)}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
