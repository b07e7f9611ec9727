/**
 * Over the canvas, under the focus bar: what the traced chain or the path shows, in words, with
 * the controls to change or clear it. Only one of focus, trace and path is ever on (the store
 * makes them replace each other), so this bar and the focus toolbar never both carry controls.
 */
import { useCallback, useMemo, type ReactNode } from 'react';
import type { PathQuery, Trace } from '../../store/app-state';
import { selectIndex, selectLevel, selectPath, selectTrace, selectVisibility } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { useEscapeKey } from '../../components/escape-key';
import { chainInWords } from '../../components/count-words';
import { countByTier } from '../../domain/queries/tier-counts';
import { hiddenCountsInWords, hiddenReason } from './hidden-reason';
import { kindsInWords } from './relation-words';
import './trace-bar.css';

export function TraceBar() {
  const trace = useAppStore(selectTrace);
  const path = useAppStore(selectPath);
  const clearTrace = useAppStore((s) => s.clearTrace);
  const clearPath = useAppStore((s) => s.clearPath);
  // The canvas shows the path when both come in (e.g. from a hand-edited link); so does this bar.
  const clear = useCallback(() => (path ? clearPath() : clearTrace()), [path, clearPath, clearTrace]);
  useEscapeKey(path !== null || trace !== null, clear);

  const summary = path ? <PathSummary path={path} /> : trace ? <TraceSummary trace={trace} /> : null;
  return (
    <div className="trace-bar">
      {path ? (
        <div className="trace-toolbar" role="group" aria-label="Path">
          {summary}
          <button type="button" onClick={clearPath}>
            Clear path
          </button>
        </div>
      ) : trace ? (
        <TraceControls trace={trace}>{summary}</TraceControls>
      ) : null}
      {/* Always mounted, so screen readers hear the summary when a trace starts from another panel. */}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {summary}
      </div>
    </div>
  );
}

function TraceControls({ trace, children }: { trace: Trace; children: ReactNode }) {
  const traceFrom = useAppStore((s) => s.traceFrom);
  const setTraceAlone = useAppStore((s) => s.setTraceAlone);
  const clearTrace = useAppStore((s) => s.clearTrace);
  const other = trace.mode === 'prerequisites' ? 'unlocks' : 'prerequisites';
  return (
    <div className="trace-toolbar" role="group" aria-label="Trace">
      {children}
      <div className="trace-controls">
        {/* A toggle keeps one name; its pressed state says whether the rest of the graph is hidden. */}
        <button
          type="button"
          className="trace-alone"
          aria-pressed={trace.alone}
          title={
            trace.alone ? 'Show the whole graph again' : 'Hide everything outside the chain and lay it out in layers'
          }
          onClick={() => setTraceAlone(!trace.alone)}
        >
          Show the chain alone
        </button>
        <button type="button" onClick={() => traceFrom(trace.id, other)}>
          {other === 'unlocks' ? 'Switch to unlocks' : 'Switch to prerequisites'}
        </button>
        <button type="button" onClick={clearTrace}>
          Clear trace
        </button>
      </div>
    </div>
  );
}

function TraceSummary({ trace }: { trace: Trace }) {
  const index = useAppStore(selectIndex);
  const { inFocus, passing, learnedInHighlight } = useAppStore(selectVisibility);
  const level = useAppStore(selectLevel);
  // The same numbers as the Details panel's (both come from the domain's chain walk).
  const { count, hidden } = useMemo(() => {
    const chain = [...inFocus].filter((id) => id !== trace.id);
    const learned = [...learnedInHighlight].filter((id) => id !== trace.id).length;
    return {
      count: chainInWords({ toLearn: chain.length, byTier: countByTier(index, chain), learned }),
      hidden: hiddenCountsInWords(chain.map((id) => hiddenReason(index, passing, level, id))),
    };
  }, [index, inFocus, learnedInHighlight, passing, level, trace.id]);
  const label = index.byId.get(trace.id)?.label ?? trace.id;
  return (
    <p className="trace-summary">
      {trace.mode === 'prerequisites' ? (
        <>
          Prerequisites of <strong>{label}</strong>: {count}
        </>
      ) : (
        <>
          What <strong>{label}</strong> unlocks: {count}
        </>
      )}
      {hidden && <span className="trace-note"> · {hidden}</span>}
    </p>
  );
}

function PathSummary({ path }: { path: PathQuery }) {
  const index = useAppStore(selectIndex);
  const { inFocus, pathFound } = useAppStore(selectVisibility);
  const from = index.byId.get(path.from)?.label ?? path.from;
  const to = index.byId.get(path.to)?.label ?? path.to;
  // The path's nodes are the highlight; its steps are the links between them.
  const steps = Math.max(inFocus.size - 1, 0);
  return (
    <p className="trace-summary">
      {pathFound ? (
        <>
          Path from <strong>{from}</strong> to <strong>{to}</strong>: {steps} {steps === 1 ? 'step' : 'steps'}
        </>
      ) : (
        <>
          No path between <strong>{from}</strong> and <strong>{to}</strong> over {kindsInWords(path.kinds)}
        </>
      )}
    </p>
  );
}
