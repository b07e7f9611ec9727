/** The matrix: a real table, one body per area, capability row headers, provider column headers. */
import type { GraphIndex } from '../../domain/graph-index';
import type { MatrixRow } from '../../domain/queries/compare';
import { PROVIDERS } from '../../domain/vocabulary';
import { AREA_LABELS, groupByArea, labelOf } from './compare-model';
import { MatrixService } from './matrix-service';
import { ProviderName } from './provider-mark';

interface Props {
  index: GraphIndex;
  rows: readonly MatrixRow[];
  stack: readonly string[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onAdd: (id: string) => void;
}

export function MatrixTable({ index, rows, stack, selectedId, onSelect, onAdd }: Props) {
  return (
    <div className="compare-matrix-wrap">
      <table className="compare-table compare-matrix">
        <caption className="visually-hidden">
          Cloud services by capability, with how closely each matches: AWS, Azure and Google Cloud
        </caption>
        <colgroup>
          <col className="compare-col-capability" />
          {PROVIDERS.map((p) => (
            <col key={p} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Capability</th>
            {PROVIDERS.map((p) => (
              <th key={p} scope="col">
                <ProviderName provider={p} />
              </th>
            ))}
          </tr>
        </thead>
        {groupByArea(rows).map((group) => (
          <tbody key={group.area}>
            <tr className="compare-area-row">
              <th scope="rowgroup" colSpan={PROVIDERS.length + 1}>
                {AREA_LABELS[group.area]}
              </th>
            </tr>
            {group.rows.map((row) => (
              <tr key={row.capability}>
                <th scope="row">
                  <button type="button" className="compare-capability" onClick={() => onSelect(row.capability)}>
                    {labelOf(index, row.capability)}
                  </button>
                </th>
                {PROVIDERS.map((p) => (
                  <td key={p}>
                    {/* Shown where the rows reflow into cards (phones); the column header says it otherwise. */}
                    <span className="compare-cell-provider" aria-hidden="true">
                      <ProviderName provider={p} />
                    </span>
                    {row.cells[p].length === 0 ? (
                      <p className="compare-none">No equivalent</p>
                    ) : (
                      <ul className="compare-services">
                        {row.cells[p].map((cell) => (
                          <MatrixService
                            key={cell.service}
                            cell={cell}
                            node={index.byId.get(cell.service)}
                            inStack={stack.includes(cell.service)}
                            selected={selectedId === cell.service}
                            onSelect={onSelect}
                            onAdd={onAdd}
                          />
                        ))}
                      </ul>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
