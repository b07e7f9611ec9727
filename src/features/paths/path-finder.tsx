/**
 * The Paths tab: how are two items connected? Pick From and To, choose which relations to follow,
 * and the shortest chain shows here as a list and on the canvas (the same query, so they agree).
 */
import { useId, useMemo, useRef, useState, type CSSProperties, type FormEvent } from 'react';
import { shortestPath } from '../../domain/queries/path';
import type { EdgeKind } from '../../domain/vocabulary';
import { DRAWN_EDGE_KINDS } from '../../encoding/drawn-nodes';
import { EDGE_LOOKS } from '../../encoding/encoding';
import type { PathQuery } from '../../store/app-state';
import { selectIndex, selectPath, selectSelectedNode } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { ItemPicker } from './item-picker';
import { PathSteps } from './path-steps';
import { DEFAULT_PATH_KINDS, kindLabel, kindsInWords } from './relation-words';
import './path-finder.css';

/** Every relation kind, the ones a learner follows most first. */
const KIND_ORDER: readonly EdgeKind[] = [
  ...DEFAULT_PATH_KINDS,
  ...DRAWN_EDGE_KINDS.filter((k) => !DEFAULT_PATH_KINDS.includes(k)),
];

interface Draft {
  from: string | null;
  to: string | null;
  kinds: readonly EdgeKind[];
}

const draftOf = (path: PathQuery | null): Draft =>
  path ? { from: path.from, to: path.to, kinds: path.kinds } : { from: null, to: null, kinds: DEFAULT_PATH_KINDS };

/** What stops a search, in words, or null when it can run. */
function problemWith(draft: Draft): string | null {
  if (!draft.from) return 'Choose an item to start from.';
  if (!draft.to) return 'Choose an item to end at.';
  if (draft.from === draft.to) return 'Choose two different items.';
  if (draft.kinds.length === 0) return 'Choose at least one relation to follow.';
  return null;
}

export function PathFinder() {
  const path = useAppStore(selectPath);
  const selected = useAppStore(selectSelectedNode);
  const findPath = useAppStore((s) => s.findPath);
  const clearPath = useAppStore((s) => s.clearPath);
  const [draft, setDraft] = useState(() => draftOf(path));
  const [problem, setProblem] = useState<string | null>(null);
  const findButton = useRef<HTMLButtonElement>(null);

  // A path set elsewhere (a shared link, back/forward) fills the form in.
  const [shownPath, setShownPath] = useState(path);
  if (path !== shownPath) {
    setShownPath(path);
    if (path) setDraft(draftOf(path));
  }

  const update = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setProblem(null);
  };
  const toggleKind = (kind: EdgeKind) =>
    update({
      kinds: draft.kinds.includes(kind)
        ? draft.kinds.filter((k) => k !== kind)
        : DRAWN_EDGE_KINDS.filter((k) => k === kind || draft.kinds.includes(k)),
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const reason = problemWith(draft);
    setProblem(reason);
    if (!reason) findPath(draft.from!, draft.to!, [...draft.kinds]);
  };

  const selectable = selected && selected.kind !== 'tier' && selected.kind !== 'category' ? selected : undefined;
  const selectedShortcut = (end: 'from' | 'to') =>
    selectable && (
      <button
        type="button"
        className="paths-use-selected"
        aria-label={`Use selected item as ${end === 'from' ? 'From' : 'To'}`}
        title={`Use ${selectable.label}`}
        onClick={() => update({ [end]: selectable.id })}
      >
        Use selected item
      </button>
    );

  return (
    <section className="paths" aria-label="Paths">
      <h2 className="panel-heading">Find a path</h2>
      <p className="paths-intro">
        How are two items connected? The shortest chain of relations shows here and on the canvas.
      </p>
      <form className="paths-form" onSubmit={submit} noValidate>
        <div className="paths-end">
          <ItemPicker label="From" value={draft.from} onChange={(from) => update({ from })} />
          {selectedShortcut('from')}
        </div>
        <div className="paths-end">
          <ItemPicker label="To" value={draft.to} onChange={(to) => update({ to })} />
          {selectedShortcut('to')}
        </div>
        <fieldset className="paths-kinds">
          <legend className="section-heading">Follow these relations</legend>
          {KIND_ORDER.map((kind) => (
            <label key={kind} className="paths-kind">
              <input type="checkbox" checked={draft.kinds.includes(kind)} onChange={() => toggleKind(kind)} />
              <EdgeSample kind={kind} />
              <span>{kindLabel(kind)}</span>
            </label>
          ))}
        </fieldset>
        <div className="paths-buttons">
          <button ref={findButton} type="submit" className="primary-button">
            Find path
          </button>
          <button
            type="button"
            aria-label="Swap From and To"
            onClick={() => update({ from: draft.to, to: draft.from })}
          >
            Swap
          </button>
        </div>
        <p className="paths-problem" role="alert">
          {problem}
        </p>
      </form>
      {path && (
        <PathResult
          path={path}
          onClear={() => {
            clearPath();
            // The result and its Clear button go away; keep the keyboard in the form.
            findButton.current?.focus();
          }}
        />
      )}
    </section>
  );
}

/** A short line drawn like the edge on the canvas; the colour follows the theme through CSS. */
function EdgeSample({ kind }: { kind: EdgeKind }) {
  const look = EDGE_LOOKS[kind];
  const dash = look.line === 'dashed' ? '5 3' : look.line === 'dotted' ? '1.5 2.5' : undefined;
  const style = { '--paths-edge-light': look.colour.light, '--paths-edge-dark': look.colour.dark } as CSSProperties;
  return (
    <svg className="paths-edge-sample" width="22" height="8" viewBox="0 0 22 8" aria-hidden="true" style={style}>
      <line x1="1" y1="4" x2="21" y2="4" strokeWidth="2" strokeDasharray={dash} strokeLinecap="round" />
    </svg>
  );
}

function PathResult({ path, onClear }: { path: PathQuery; onClear: () => void }) {
  const index = useAppStore(selectIndex);
  const headingId = useId();
  // The same query as the canvas highlight, so the list and the canvas cannot disagree.
  const found = useMemo(
    () => shortestPath(index, path.from, path.to, { kinds: path.kinds }),
    [index, path.from, path.to, path.kinds],
  );
  const from = index.byId.get(path.from)?.label ?? path.from;
  const to = index.byId.get(path.to)?.label ?? path.to;
  const steps = found?.edges.length ?? 0;
  const allKinds = DRAWN_EDGE_KINDS.every((k) => path.kinds.includes(k));

  return (
    <section className="paths-result" aria-labelledby={headingId}>
      <h3 className="section-heading" id={headingId}>
        Result
      </h3>
      {found ? (
        <>
          <p className="paths-summary">
            {steps} {steps === 1 ? 'step' : 'steps'} from <strong>{from}</strong> to <strong>{to}</strong> over{' '}
            {kindsInWords(path.kinds)}.
          </p>
          <PathSteps path={found} label={`Path from ${from} to ${to}`} />
        </>
      ) : (
        <p className="paths-none">
          No path between <strong>{from}</strong> and <strong>{to}</strong>{' '}
          {allKinds
            ? 'over any relation: they are not connected.'
            : 'over the chosen relations. Try adding more relation kinds.'}
        </p>
      )}
      <button type="button" onClick={onClear}>
        Clear
      </button>
    </section>
  );
}
