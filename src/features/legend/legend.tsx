/**
 * The legend, over the canvas's bottom-left corner. Everything in it is read from the encoding
 * table the stylesheet is built from, so it cannot disagree with the canvas.
 */
import { useId, useMemo, useState } from 'react';
import { PROVIDERS, TIERS, type EdgeKind } from '../../domain/vocabulary';
import {
  EDGE_LOOKS,
  KIND_SHAPES,
  PROVIDER_MARKS,
  TIER_COLOURS,
  TIER_NAMES,
  OUTSIDE_TIERS,
  PROGRESS_MARKS,
} from '../../encoding/encoding';
import { DRAWN_EDGE_KINDS } from '../../encoding/drawn-nodes';
import { drawsAsLargeGraph } from '../../encoding/large-graph';
import { selectAtlas } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { BorderIcon, EdgeIcon, FillIcon, ShapeIcon } from './legend-icons';
import { shapeName } from './shape-geometry';
import './legend.css';

/** Below very wide screens the legend starts closed: open, it would cover a third of the canvas. */
const NARROW = '(max-width: 1599px)';
const startsOpen = () =>
  typeof window === 'undefined' || typeof window.matchMedia !== 'function' || !window.matchMedia(NARROW).matches;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function Legend() {
  const [open, setOpen] = useState(startsOpen);
  const bodyId = useId();
  const kinds = Object.entries(KIND_SHAPES);
  const edgeKinds = (Object.keys(EDGE_LOOKS) as EdgeKind[]).filter((k) => DRAWN_EDGE_KINDS.includes(k));
  const atlas = useAppStore(selectAtlas);
  // The large-graph drawing drops arrowheads from plain edges (stylesheet.ts): say so here.
  const large = useMemo(() => drawsAsLargeGraph(atlas.index.graph), [atlas]);

  return (
    <section className={open ? 'legend legend-open' : 'legend'} aria-label="Legend">
      <h2 className="legend-title">
        <button type="button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
          <span className="legend-chevron" aria-hidden="true" />
          Legend
        </button>
      </h2>
      <div id={bodyId} className="legend-body" hidden={!open}>
        <h3 className="legend-heading">Kind: shape</h3>
        <ul className="legend-list legend-columns">
          {kinds.map(([kind, shape]) => (
            <li key={kind}>
              <ShapeIcon shape={shape} />
              <span>
                {capitalise(kind)}
                <span className="visually-hidden">{`: ${shapeName(shape)}`}</span>
              </span>
            </li>
          ))}
        </ul>

        <h3 className="legend-heading">Tier: fill colour</h3>
        <ul className="legend-list">
          {TIERS.map((tier) => (
            <li key={tier}>
              <FillIcon colour={TIER_COLOURS[tier]} />
              <span>{TIER_NAMES[tier]}</span>
            </li>
          ))}
          <li>
            <FillIcon colour={TIER_COLOURS.none} />
            <span>{OUTSIDE_TIERS}</span>
          </li>
        </ul>

        <h3 className="legend-heading">Provider: border</h3>
        <ul className="legend-list">
          {PROVIDERS.map((p) => (
            <li key={p}>
              <BorderIcon colour={PROVIDER_MARKS[p].colour} border={PROVIDER_MARKS[p].border} />
              <span>{`${PROVIDER_MARKS[p].name}: ${PROVIDER_MARKS[p].border} border`}</span>
            </li>
          ))}
        </ul>

        <h3 className="legend-heading">Your progress: ring and mark</h3>
        <ul className="legend-list">
          {(['learned', 'learning'] as const).map((status) => (
            <li key={status}>
              <BorderIcon colour="currentColor" border={PROGRESS_MARKS[status].ring} />
              <span>{PROGRESS_MARKS[status].legend}</span>
            </li>
          ))}
          <li>
            <span className="legend-icon legend-step" aria-hidden="true">
              1.
            </span>
            <span>traced prerequisites: step number in your plan</span>
          </li>
        </ul>

        <h3 className="legend-heading">Relation: line</h3>
        <ul className="legend-list">
          {edgeKinds.map((kind) => {
            const look = EDGE_LOOKS[kind];
            return (
              <li key={kind}>
                <EdgeIcon look={look} />
                <span>
                  {look.legend}
                  <span className="visually-hidden">{`: ${look.line} line${look.arrowAt === 'none' ? '' : ' with an arrowhead'}`}</span>
                </span>
              </li>
            );
          })}
        </ul>
        {large && (
          <p className="legend-note">
            Large graph: plain lines have no arrowhead; highlighted ones show their direction halfway along.
          </p>
        )}
      </div>
    </section>
  );
}
