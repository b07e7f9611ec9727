/**
 * Not started / learning / learned for one item, as a labelled radio group. Marking an item
 * learned offers to mark its unlearned hard prerequisites learned too — once, inline, never a
 * modal — since knowing Kubernetes usually means knowing Docker.
 */
import { useId, useState } from 'react';
import { learnedSet, statusOf, STATUSES, type Status } from '../domain/progress';
import { learningCounts } from '../domain/queries/counts';
import { useAppStore } from '../store/store-context';
import './status-control.css';

const LABELS: Record<Status, string> = { 'not-started': 'Not started', learning: 'Learning', learned: 'Learned' };

export function StatusControl({ id, label, compact = false }: { id: string; label: string; compact?: boolean }) {
  const status = useAppStore((s) => statusOf(s.progress, id));
  const index = useAppStore((s) => s.atlas.index);
  const progress = useAppStore((s) => s.progress);
  const { includeRecommended, choices } = useAppStore((s) => s.plan);
  const setStatus = useAppStore((s) => s.setStatus);
  const [offer, setOffer] = useState<string[] | null>(null);
  const name = useId();

  const choose = (next: Status) => {
    setStatus([id], next);
    if (next !== 'learned') return setOffer(null);
    // The steps its plan has before it: the "N steps to learn first" of the Details panel.
    const open = learningCounts(index, id, { known: learnedSet(progress), includeRecommended, choices }).stepsFirst;
    setOffer(open.length ? open : null);
  };

  return (
    <div className={`status-control${compact ? ' compact' : ''}`}>
      <div role="radiogroup" aria-label={`Progress on ${label}`} className="status-options">
        {STATUSES.map((s) => (
          <label key={s} className={`status-option status-${s}`}>
            <input type="radio" name={name} value={s} checked={status === s} onChange={() => choose(s)} />
            <span>{LABELS[s]}</span>
          </label>
        ))}
      </div>
      {offer && (
        <p className="status-offer" role="status">
          <span>
            Also mark its {offer.length} prerequisite{offer.length === 1 ? '' : 's'} learned?
          </span>
          <button
            type="button"
            onClick={() => {
              setStatus(offer, 'learned');
              setOffer(null);
            }}
          >
            Mark {offer.length} learned
          </button>
          <button type="button" onClick={() => setOffer(null)}>
            No, just this
          </button>
        </p>
      )}
    </div>
  );
}
