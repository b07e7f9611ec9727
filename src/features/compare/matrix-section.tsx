/** The "Compare" region: filters, the capability matrix, and its exports. */
import { useMemo, useState } from 'react';
import { compareMatrix } from '../../domain/queries/compare';
import { selectIndex, selectSelectedId } from '../../store/selectors';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { filterMatrix, NO_FILTER, type MatrixFilter } from './compare-model';
import { matrixCsv, matrixMarkdown } from './compare-export';
import { ExportButtons } from './export-buttons';
import { MatrixFilters } from './matrix-filters';
import { MatrixTable } from './matrix-table';
import { useStack } from './use-stack';

export function MatrixSection() {
  const index = useAppStore(selectIndex);
  const selectedId = useAppStore(selectSelectedId);
  const store = useAppStoreApi();
  const stack = useStack();
  const rows = useMemo(() => compareMatrix(index), [index]);
  const [filter, setFilter] = useState<MatrixFilter>(NO_FILTER);
  const shown = useMemo(() => filterMatrix(index, rows, filter), [index, rows, filter]);
  const select = (id: string) => store.getState().select(id);

  return (
    <section className="compare-section" aria-label="Compare">
      <div className="compare-section-head">
        <h3 className="compare-heading">Services by capability</h3>
        <ExportButtons
          basename="cloud-comparison"
          csvLabel="Export CSV"
          markdownLabel="Export Markdown"
          disabled={shown.length === 0}
          csv={() => matrixCsv(index, shown)}
          markdown={() => matrixMarkdown(index, shown)}
        />
      </div>
      <p className="compare-intro">
        Two services are counterparts when they offer the same capability. <strong>Full</strong>: a direct replacement;{' '}
        <strong>Partial</strong>: close, with the difference written under it.
      </p>
      <MatrixFilters filter={filter} onChange={setFilter} shown={shown.length} total={rows.length} />
      {shown.length === 0 ? (
        <p className="empty-state compare-empty">
          No capability matches these filters.{' '}
          <button type="button" onClick={() => setFilter(NO_FILTER)}>
            Clear filters
          </button>
        </p>
      ) : (
        <MatrixTable
          index={index}
          rows={shown}
          stack={stack.services}
          selectedId={selectedId}
          onSelect={select}
          onAdd={stack.add}
        />
      )}
    </section>
  );
}
