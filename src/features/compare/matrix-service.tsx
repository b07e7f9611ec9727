/** One service in a matrix cell: select it, add it to the stack, and read its grade and claim. */
import type { GraphNode } from '../../domain/graph';
import type { MatrixCell } from '../../domain/queries/compare';
import { inCurriculum } from './compare-model';
import { GradeBadge } from './grade-badge';
import { SourceLine } from './source-line';

interface Props {
  cell: MatrixCell;
  node: GraphNode | undefined;
  inStack: boolean;
  selected: boolean;
  onSelect: (id: string) => void;
  onAdd: (id: string) => void;
}

export function MatrixService({ cell, node, inStack, selected, onSelect, onAdd }: Props) {
  const label = node?.label ?? cell.service;
  const former = node?.formerNames ?? [];
  return (
    <li className="compare-service" data-selected={selected || undefined}>
      <div className="compare-service-head">
        <button type="button" className="compare-service-name" onClick={() => onSelect(cell.service)}>
          {label}
        </button>
        {inStack ? (
          <span className="compare-in-stack" title="In the stack to translate">
            <span aria-hidden="true">✓</span>
            <span className="visually-hidden">{label} is in the stack</span>
          </span>
        ) : (
          <button
            type="button"
            className="compare-add"
            aria-label={`Add ${label} to the stack`}
            title="Add to the stack to translate"
            onClick={() => onAdd(cell.service)}
          >
            +
          </button>
        )}
      </div>
      <div className="compare-tags">
        <GradeBadge match={cell.match} />
        {inCurriculum(node) && <span className="compare-curriculum">★ In curriculum</span>}
      </div>
      {former.length > 0 && <p className="compare-fine">formerly {former.join(', ')}</p>}
      {/* The caveat is the point of a partial grade, so it is text on the page, not a tooltip. */}
      {cell.caveat && <p className="compare-caveat">{cell.caveat}</p>}
      <SourceLine claims={[{ url: cell.source, checked: cell.checked }]} />
    </li>
  );
}
